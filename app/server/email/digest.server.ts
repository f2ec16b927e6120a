import { and, asc, count, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import {
  emailMessages,
  finalReports,
  gatherings,
  invitations,
  organisations,
  people,
  personRoles,
  programs,
  reportRequests,
} from "../../../db/schema";
import { dueDigestWeek } from "../../domain/digest";
import { clock } from "../clock.server";
import type { Db, DbOrTx } from "../db.server";
import { enqueueEmails } from "../outbox.server";

/**
 * The coordinator's weekly digest. Queued on Monday from 07:00 Oslo time (for a day; see
 * app/domain/digest.ts) to every active coordinator, one per person and ISO week; what it says is
 * computed when it is sent, and a digest with nothing to say is skipped with that reason.
 */
export function scheduleWeeklyDigests(db: Db, now = clock.now()): number {
  const week = dueDigestWeek(now);
  if (!week) return 0;
  // Only the coordinators without this week's row: one indexed look-up per person on the key.
  const keyOf = sql`'weekly_digest:' || ${people.id} || ':' || ${week}`;
  const due = db
    .select({ id: people.id })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "coordinator")))
    .leftJoin(emailMessages, eq(emailMessages.idempotencyKey, keyOf))
    .where(and(isNull(people.deactivatedAt), isNull(people.erasedAt), isNull(emailMessages.id)))
    .all();
  if (due.length === 0) return 0;
  return db.transaction((tx) =>
    enqueueEmails(
      tx,
      due.map(({ id }) => ({
        kind: "weekly_digest" as const,
        recipientPersonId: id,
        payload: { week },
        idempotencyKey: `weekly_digest:${id}:${week}`,
        dueAt: now,
      })),
    ),
  );
}

/**
 * What a coordinator's digest lists for the programmes of their organisation (a programme whose
 * report is published, `reported`, is done and left out of the first two lists): upcoming confirmed
 * gatherings with unanswered invitations, gatherings over without any attendance marked, and
 * requested reports not yet submitted. Null when the person is not (any longer) a coordinator.
 * Four queries, whatever the number of programmes.
 */
export function weeklyDigestData(db: DbOrTx, personId: number, now: Date) {
  const coordinator = db
    .select({ organisationId: people.organisationId, organisation: organisations.name })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "coordinator")))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(people.id, personId))
    .get();
  if (!coordinator) return null;
  const ongoing = and(eq(programs.organisationId, coordinator.organisationId), ne(programs.status, "reported"));
  const gathering = { id: gatherings.id, title: gatherings.title, startsAt: gatherings.startsAt, programme: programs.title };

  const pending = sql<number>`sum(case when ${invitations.rsvp} = 'pending' then 1 else 0 end)`;
  const unanswered = db
    .select({ ...gathering, pending, invited: count() })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .innerJoin(invitations, eq(invitations.gatheringId, gatherings.id))
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(
      and(ongoing, eq(gatherings.status, "confirmed"), gt(gatherings.startsAt, now), isNull(people.deactivatedAt), isNull(people.erasedAt)),
    )
    .groupBy(gatherings.id)
    .having(gt(pending, 0))
    .orderBy(asc(gatherings.startsAt))
    .all();

  // Nobody marked at all: a roll-call begun (some marked) is the coordinator's own business.
  const rollCalls = db
    .select(gathering)
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .innerJoin(invitations, eq(invitations.gatheringId, gatherings.id))
    .where(and(ongoing, inArray(gatherings.status, ["confirmed", "held"]), lte(gatherings.endsAt, now)))
    .groupBy(gatherings.id)
    .having(sql`count(${invitations.attendance}) = 0`)
    .orderBy(asc(gatherings.startsAt))
    .all();

  const reports = db
    .select({ programId: programs.id, programme: programs.title, dueOn: reportRequests.dueOn })
    .from(reportRequests)
    .innerJoin(programs, eq(programs.id, reportRequests.programId))
    .leftJoin(finalReports, and(eq(finalReports.programId, reportRequests.programId), eq(finalReports.requestId, reportRequests.id)))
    .where(and(eq(programs.organisationId, coordinator.organisationId), or(isNull(finalReports.id), eq(finalReports.status, "draft"))))
    .orderBy(asc(reportRequests.dueOn), asc(reportRequests.id))
    .all();

  return { organisation: coordinator.organisation, unanswered, rollCalls, reports };
}
