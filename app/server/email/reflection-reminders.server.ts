import { and, eq, gt, lte } from "drizzle-orm";
import { emailMessages } from "../../../db/schema";
import type { EmailPayloads } from "../../domain/email-kinds";
import { dayMs } from "../../domain/time";
import { clock } from "../clock.server";
import type { Db } from "../db.server";
import { enqueueEmail } from "../outbox.server";
import { inspectReflectionLink, reflectionLinkDays } from "../reflection-links.server";
import { hasReflectedOnGathering, reflectionRemindersDue } from "../reflections.server";

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
