/** Who may open a gathering's pages: the coordinator of its organisation, or one of its facilitators for the roll-call. */
import { and, eq, sql } from "drizzle-orm";
import { facilitators, gatheringFacilitators, gatherings, programs } from "../../db/schema";
import { getDb, preparedPerConnection, type DbOrTx } from "./db.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";
import type { SessionUser } from "./session.server";

export type GatheringRow = typeof gatherings.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;

export type GatheringAccess = {
  user: SessionUser;
  gathering: GatheringRow;
  program: ProgramRow;
  /** The coordinator of the organisation: everything. */
  canManage: boolean;
  /** The coordinator, or a facilitator of this gathering: roll-call. */
  canTakeRollCall: boolean;
};

export const isFacilitatorOf = (db: DbOrTx, gatheringId: number, personId: number) =>
  !!db
    .select({ one: sql`1` })
    .from(gatheringFacilitators)
    .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
    .where(and(eq(gatheringFacilitators.gatheringId, gatheringId), eq(facilitators.personId, personId)))
    .get();

// Every gathering route starts here.
const gatheringOfOrganisation = preparedPerConnection((db) =>
  db
    .select({ gathering: gatherings, program: programs })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(and(eq(gatherings.id, sql.placeholder("id")), eq(programs.organisationId, sql.placeholder("organisationId"))))
    .prepare(),
);

/**
 * The gathering behind a route parameter, for the coordinator of its organisation or ("rollCall")
 * one of its facilitators. Another organisation's gathering is a 404, so its existence is not revealed.
 */
export async function requireGathering(request: Request, param: string | undefined, need: "manage" | "rollCall") {
  const user = await requireUser(request);
  const id = parseId(param);
  const row = gatheringOfOrganisation(getDb()).get({ id, organisationId: user.organisationId });
  if (!row) throw notFound();
  const canManage = hasRole(user, "coordinator");
  const canTakeRollCall = canManage || (hasRole(user, "facilitator") && isFacilitatorOf(getDb(), id, user.id));
  if (!(need === "manage" ? canManage : canTakeRollCall)) throw forbidden();
  return { user, ...row, canManage, canTakeRollCall } satisfies GatheringAccess;
}
