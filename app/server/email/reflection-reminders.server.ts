import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { emailMessages } from "../../../db/schema";
import type { EmailPayloads } from "../../domain/email-kinds";
import { dayMs } from "../../domain/time";
import { clock } from "../clock.server";
import { getDb, type Db } from "../db.server";
import { turnedOff } from "../notification-preferences.server";
import { enqueueEmail } from "../outbox.server";
import { inspectReflectionLink, reflectionLinkDays } from "../reflection-links.server";
import { hasReflectedOnGathering, reflectionRemindersDue, submissionStatus } from "../reflections.server";

/** A week between the first and the second reminder of a baseline or closing reflection. */
export const secondReminderAfterMs = 7 * dayMs;
/** The after-gathering prompt is reminded of when its link lies unused this long. */
export const promptReminderAfterMs = 5 * dayMs;

/**
 * Queues the reflection reminders that have come due; safe to run on every tick, as each reminder has
 * its idempotency key (person, programme or gathering, kind, step) and is queued once.
 *
 * - A baseline or closing reflection that came due: the first reminder now and the second a week
 *   later, both queued at once. The second is skipped with its reason when the reflection is written
 *   in between (the loader checks again when it goes out).
 * - An after-gathering prompt sent five days ago whose link is unused: one reminder with the same link
 *   (skipped when the link is used or the reflection written before it goes out).
 */
export function scheduleReflectionReminders(db: Db, now = clock.now()): number {
  const due = reflectionRemindersDue(now);
  const prompts = db
    .select({ personId: emailMessages.recipientPersonId, payload: emailMessages.payload })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.kind, "reflection_prompt"),
        eq(emailMessages.status, "sent"),
        lte(emailMessages.sentAt, new Date(now.getTime() - promptReminderAfterMs)),
        // Not for prompts whose link has run out anyway.
        gt(emailMessages.sentAt, new Date(now.getTime() - reflectionLinkDays * dayMs)),
      ),
    )
    .all();
  return db.transaction((tx) => {
    let queued = 0;
    for (const { personId, programId, kind } of due) {
      const key = `reflection_reminder:${personId}:${programId}:${kind}`;
      const payload = (step: 1 | 2) => ({ programId, reflection: kind, step });
      if (enqueueEmail(tx, { kind: "reflection_reminder", recipientPersonId: personId, payload: payload(1), idempotencyKey: `${key}:1` })) {
        queued++;
        enqueueEmail(tx, {
          kind: "reflection_reminder",
          recipientPersonId: personId,
          payload: payload(2),
          idempotencyKey: `${key}:2`,
          dueAt: new Date(now.getTime() + secondReminderAfterMs),
        });
      }
    }
    for (const prompt of prompts) {
      if (prompt.personId === null) continue;
      const { gatheringId, token } = prompt.payload as EmailPayloads["reflection_prompt"];
      // Used or written already: nothing to remind of (and no skipped row to clutter the outbox).
      if (inspectReflectionLink(token, now).state !== "valid" || hasReflectedOnGathering(prompt.personId, gatheringId)) continue;
      const fresh = enqueueEmail(tx, {
        kind: "reflection_prompt_reminder",
        recipientPersonId: prompt.personId,
        payload: { gatheringId, token },
        idempotencyKey: `reflection_prompt_reminder:${prompt.personId}:${gatheringId}`,
      });
      if (fresh) queued++;
    }
    return queued;
  });
}

/** The coordinator's "remind those who are missing" reaches each person at most this often. */
export const coordinatorReminderEveryMs = 3 * dayMs;

/**
 * The coordinator's button on the reflection-status page: one e-mail to each current member who has
 * not written the baseline (cohort started) or closing reflection (its window open), the closing one
 * when both are missing. Someone reminded this way in the last three days, or who has turned
 * reflection reminders off, is skipped and counted. Only who is missing is read, never content.
 */
export function remindMissing(programId: number, now = clock.now()) {
  const missing = new Map<number, "baseline" | "closing">();
  for (const cohort of submissionStatus(programId, now)) {
    for (const m of cohort.members) {
      if (cohort.closingOpen && !m.closing) missing.set(m.personId, "closing");
      else if (cohort.started && !m.baseline && !missing.has(m.personId)) missing.set(m.personId, "baseline");
    }
  }
  const db = getDb();
  return db.transaction((tx) => {
    const outcome = { reminded: 0, recent: 0, optedOut: 0 };
    if (missing.size === 0) return outcome;
    const recently = new Set(
      tx
        .select({ personId: emailMessages.recipientPersonId })
        .from(emailMessages)
        .where(
          and(
            eq(emailMessages.kind, "reflection_reminder"),
            sql`json_extract(${emailMessages.payload}, '$.step') = 'coordinator'`,
            // dueAt is the app clock's time of the press (created_at is the database's own clock).
            gt(emailMessages.dueAt, new Date(now.getTime() - coordinatorReminderEveryMs)),
            inArray(emailMessages.recipientPersonId, [...missing.keys()]),
          ),
        )
        .all()
        .map((r) => r.personId),
    );
    for (const [personId, reflection] of missing) {
      if (recently.has(personId)) outcome.recent++;
      else if (turnedOff(tx, personId, "reflection_reminder")) outcome.optedOut++;
      else {
        enqueueEmail(tx, {
          kind: "reflection_reminder",
          recipientPersonId: personId,
          payload: { programId, reflection, step: "coordinator" },
          idempotencyKey: `reflection_reminder:${personId}:${programId}:${reflection}:coordinator:${now.getTime()}`,
        });
        outcome.reminded++;
      }
    }
    return outcome;
  });
}
