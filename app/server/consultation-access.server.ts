/**
 * Who takes part in a consultation: its invitees, who comment until the deadline. Those who follow it
 * from the programme (the secretariat, the programme's union representatives) go through
 * direction-access.server.ts.
 */
import { redirect } from "@remix-run/node";
import { and, eq, sql } from "drizzle-orm";
import { consultationInvitees, consultations, directionDocuments, directionVersions, programs } from "../../db/schema";
import { commentBlock } from "../domain/direction";
import { RuleViolation } from "../domain/rule-violation";
import { getDb, type DbOrTx, type Tx } from "./db.server";
import { directionAccessFor } from "./direction-access.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";

export type ConsultationContext = NonNullable<ReturnType<typeof consultationContext>>;

export function consultationContext(consultationId: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: consultations.id,
      deadline: consultations.deadline,
      openedAt: consultations.openedAt,
      versionId: directionVersions.id,
      versionNumber: directionVersions.number,
      versionStatus: directionVersions.status,
      documentId: directionDocuments.id,
      documentTitle: directionDocuments.title,
      programId: programs.id,
      programTitle: programs.title,
      organisationId: programs.organisationId,
    })
    .from(consultations)
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
    .innerJoin(programs, eq(programs.id, directionDocuments.programId))
    .where(eq(consultations.id, consultationId))
    .get();
}

export function isInvitee(consultationId: number, personId: number, db: DbOrTx = getDb()) {
  return !!db
    .select({ one: sql`1` })
    .from(consultationInvitees)
    .where(and(eq(consultationInvitees.consultationId, consultationId), eq(consultationInvitees.personId, personId)))
    .get();
}

/** Commenting is open to invitees until the deadline, and never once the version is decided. */
export function requireCommenting(tx: Tx, consultationId: number, personId: number, now: Date) {
  const context = consultationContext(consultationId, tx);
  if (!context) throw new RuleViolation("direction.error.noConsultation", 404);
  const blocked = commentBlock({
    invited: isInvitee(consultationId, personId, tx),
    status: context.versionStatus,
    deadline: context.deadline,
    now,
  });
  if (blocked) throw new RuleViolation(blocked, blocked === "direction.error.notInvited" ? 403 : 409);
  return context;
}

/**
 * The signed-in invitee and the consultation. Another organisation's consultation is a 404; people
 * who follow it from the programme (secretariat, the programme's union representatives) are sent
 * there; anyone else gets 403.
 */
export async function requireInvitee(request: Request, consultationIdParam: string | undefined) {
  const user = await requireUser(request);
  const context = consultationContext(parseId(consultationIdParam));
  if (!context || context.organisationId !== user.organisationId) throw notFound();
  if (!isInvitee(context.id, user.id)) {
    const access = directionAccessFor(user, context.programId, context.organisationId);
    if (hasRole(user, "coordinator", "union_rep") && (access.canEdit || access.isUnionRep)) {
      throw redirect(`/programs/${context.programId}/direction/${context.versionNumber}/consultation`);
    }
    throw forbidden();
  }
  return { user, context };
}
