/** Who may read and change a programme's direction: the coordinator, the secretariat, the programme's union representatives. */
import { and, eq, sql } from "drizzle-orm";
import { programMembers, unionParticipations } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";
import { forbidden, hasRole, notFound, parseId, requireOwnProgram } from "./guards.server";
import type { SessionUser } from "./session.server";
import { loadVersion } from "./direction-queries.server";

export type DirectionAccess = {
  user: SessionUser;
  programId: number;
  organisationId: number;
  isCoordinator: boolean;
  /** Member of the programme's secretariat, which decides the direction. */
  isSecretariat: boolean;
  /** A union representative taking part in this programme. */
  isUnionRep: boolean;
  /** Edit drafts, start versions, decide, answer comments. */
  canEdit: boolean;
};

/** The secretariat decides the direction, whatever roles its members hold otherwise. */
export const isSecretariatMember = (programId: number, personId: number, db: DbOrTx = getDb()) =>
  !!db
    .select({ one: sql`1` })
    .from(programMembers)
    .where(
      and(eq(programMembers.programId, programId), eq(programMembers.personId, personId), eq(programMembers.memberGroup, "secretariat")),
    )
    .get();

export function directionAccessFor(user: SessionUser, programId: number, organisationId: number): DirectionAccess {
  const db = getDb();
  const isSecretariat = isSecretariatMember(programId, user.id);
  const isUnionRep = !!db
    .select({ one: sql`1` })
    .from(unionParticipations)
    .where(and(eq(unionParticipations.programId, programId), eq(unionParticipations.personId, user.id)))
    .get();
  const isCoordinator = hasRole(user, "coordinator");
  return {
    user,
    programId,
    organisationId,
    isCoordinator,
    isSecretariat,
    isUnionRep,
    canEdit: isCoordinator || isSecretariat,
  };
}

const grants = {
  read: (a: DirectionAccess) => a.canEdit || a.isUnionRep,
  edit: (a: DirectionAccess) => a.canEdit,
  coordinate: (a: DirectionAccess) => a.isCoordinator,
  involvement: (a: DirectionAccess) => a.isCoordinator || a.isUnionRep,
};

/**
 * The programme's direction pages: `read` for the coordinator, the secretariat and the programme's
 * union representatives; `edit` for the coordinator and the secretariat; `coordinate` (open a
 * consultation, move its deadline) for the coordinator; `involvement` (the record of union
 * involvement) for the coordinator and the union representatives. Another organisation's programme
 * is a 404.
 */
export async function requireDirectionAccess(request: Request, programIdParam: string | undefined, need: keyof typeof grants) {
  // Roles alone do not decide: a secretariat member may hold only the leader role.
  const { user, program } = await requireOwnProgram(request, programIdParam);
  const access = directionAccessFor(user, program.id, program.organisationId);
  if (!grants[need](access)) throw forbidden();
  return access;
}

/** A version for a page, or 404; drafts are 404 to readers who do not edit. */
export function requireVersion(access: DirectionAccess, numberParam: string | undefined) {
  const version = loadVersion(access.programId, parseId(numberParam));
  if (!version || (version.status === "draft" && !access.canEdit)) throw notFound();
  return version;
}
