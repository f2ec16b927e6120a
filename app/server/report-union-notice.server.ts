/**
 * The union representatives' notice when a final report is started: the report's union section
 * has a statement only they write, so each union representative who sits in the programme's
 * secretariat is told, once per report.
 */
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { people, personRoles, programMembers, unionParticipations } from "../../db/schema";
import type { DbOrTx } from "./db.server";
import { enqueueEmail } from "./outbox.server";

/**
 * Active union representatives (the role, and taking part in the programme, so the builder lets them
 * write the statement) who sit in its secretariat: as a member, or by their participation mode —
 * the same two ways the report's union section counts. Narrowed to one person when `personId` is given.
 */
function unionSecretariat(db: DbOrTx, programId: number, personId?: number): number[] {
  const member = sql`exists (select 1 from ${programMembers} where ${programMembers.programId} = ${unionParticipations.programId}
    and ${programMembers.personId} = ${unionParticipations.personId} and ${programMembers.memberGroup} = 'secretariat')`;
  return db
    .select({ id: people.id })
    .from(unionParticipations)
    .innerJoin(people, eq(people.id, unionParticipations.personId))
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "union_rep")))
    .where(
      and(
        eq(unionParticipations.programId, programId),
        personId === undefined ? undefined : eq(people.id, personId),
        or(eq(unionParticipations.mode, "secretariat"), member),
        isNull(people.deactivatedAt),
        isNull(people.erasedAt),
      ),
    )
    .all()
    .map((p) => p.id);
}

/** Queues the notice for a report just started, inside the transaction that started it. */
export function queueReportStartedUnion(tx: DbOrTx, programId: number, reportId: number): number {
  let queued = 0;
  for (const personId of unionSecretariat(tx, programId)) {
    const fresh = enqueueEmail(tx, {
      kind: "report_started_union",
      recipientPersonId: personId,
      payload: { reportId },
      idempotencyKey: `report_started_union:${reportId}:${personId}`,
    });
    if (fresh) queued++;
  }
  return queued;
}

/** Whether the person still sits in the programme's secretariat as a union representative. */
export const inUnionSecretariat = (db: DbOrTx, programId: number, personId: number) => unionSecretariat(db, programId, personId).length > 0;
