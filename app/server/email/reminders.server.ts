import { and, eq, gt, inArray, isNull, lte, min, ne, sql } from "drizzle-orm";
import { emailMessages, gatherings, invitations, people } from "../../../db/schema";
import { defaultReminderPolicy, dueReminder, reminderHorizonMs, type ReminderPolicy } from "../../domain/reminders";
import type { Db } from "../db.server";
import { enqueueEmail } from "../outbox.server";
import { clock } from "../clock.server";

/**
 * Queues the reminders that have come due: for confirmed gatherings that have not started, to
 * invitees who have not declined. Safe to run as often as one likes: each reminder has its own
 * idempotency key, so it is queued once. Returns how many were queued now.
 */
export function scheduleReminders(db: Db, now = clock.now(), policy: ReminderPolicy = defaultReminderPolicy): number {
  const candidates = db
    .select({
      invitationId: invitations.id,
      personId: invitations.personId,
      gatheringId: gatherings.id,
      startsAt: gatherings.startsAt,
      invitedAt: invitations.createdAt,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(
      and(
        eq(gatherings.status, "confirmed"),
        gt(gatherings.startsAt, now),
        lte(gatherings.startsAt, new Date(now.getTime() + reminderHorizonMs(policy))),
        ne(invitations.rsvp, "declined"),
        isNull(people.deactivatedAt),
        isNull(people.erasedAt),
      ),
    )
    .all();
  if (candidates.length === 0) return 0;

  // A person is told of a gathering by the invitation e-mail, which may come long after the
  // invitation row (made while the gathering was planned): that is when they were invited.
  const invitationIdOf = sql<number>`json_extract(${emailMessages.payload}, '$.invitationId')`;
  const told = new Map(
    db
      .select({ invitationId: invitationIdOf, at: min(emailMessages.createdAt) })
      .from(emailMessages)
      .where(
        and(
          eq(emailMessages.kind, "invitation"),
          inArray(emailMessages.recipientPersonId, [...new Set(candidates.map((c) => c.personId))]),
        ),
      )
      .groupBy(invitationIdOf)
      .all()
      .map((r) => [r.invitationId, r.at] as const),
  );

  return db.transaction((tx) => {
    let queued = 0;
    for (const c of candidates) {
      const toldAt = told.get(c.invitationId);
      const invitedAt = toldAt && toldAt > c.invitedAt ? toldAt : c.invitedAt;
      const daysBefore = dueReminder({ startsAt: c.startsAt, invitedAt, now }, policy);
      if (daysBefore === null) continue;
      const fresh = enqueueEmail(tx, {
        kind: "reminder",
        recipientPersonId: c.personId,
        payload: { gatheringId: c.gatheringId, invitationId: c.invitationId, daysBefore },
        idempotencyKey: `reminder:${c.gatheringId}:${c.personId}:${daysBefore}`,
      });
      if (fresh) queued++;
    }
    return queued;
  });
}
