import { and, count, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import {
  comments,
  consultationInvitees,
  consultations,
  directionSections,
  directionVersions,
  emailMessages,
  people,
} from "../../db/schema";
import {
  consultationReminderDaysBefore,
  consultationReminderDue,
  hasNotSubmitted,
  type CommentProgress,
} from "../domain/consultation-notices";
import type { EmailPayloads } from "../domain/email-kinds";
import { dayMs } from "../domain/time";
import { clock } from "./clock.server";
import type { Db, DbOrTx } from "./db.server";
import { settlingMs } from "./gathering-mail.server";
import { enqueueEmail } from "./outbox.server";

/**
 * The e-mails about a consultation's deadline, to the invitees who have not submitted: the reminder
 * two days before it (optional) and the notice when the coordinator moves it (essential).
 */

const movedKind = "consultation_deadline_moved";

/** Each invitee's drafts and submitted comments in a consultation (people who wrote nothing are absent). */
function progressOf(db: DbOrTx, consultationId: number, personId?: number): Map<number, CommentProgress> {
  const rows = db
    .select({
      personId: comments.authorId,
      drafts: sql<number>`sum(${comments.status} = 'draft')`,
      submitted: sql<number>`sum(${comments.status} = 'submitted')`,
    })
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), personId === undefined ? undefined : eq(comments.authorId, personId)))
    .groupBy(comments.authorId)
    .all();
  return new Map(rows.map((r) => [r.personId, { drafts: r.drafts, submitted: r.submitted }]));
}

const nothingWritten: CommentProgress = { drafts: 0, submitted: 0 };

/** One invitee's progress and how many sections the consulted version has, for the e-mail's wording. */
export function inviteeProgress(db: DbOrTx, consultationId: number, personId: number) {
  const progress = progressOf(db, consultationId, personId).get(personId) ?? nothingWritten;
  const sections =
    db
      .select({ n: count() })
      .from(directionSections)
      .innerJoin(consultations, eq(consultations.versionId, directionSections.versionId))
      .where(eq(consultations.id, consultationId))
      .get()?.n ?? 0;
  return { ...progress, sections };
}

/** The active invitees who have not submitted (drafts only, or nothing). */
function notSubmitted(db: DbOrTx, consultationId: number): number[] {
  const progress = progressOf(db, consultationId);
  return db
    .select({ personId: consultationInvitees.personId })
    .from(consultationInvitees)
    .innerJoin(people, eq(people.id, consultationInvitees.personId))
    .where(and(eq(consultationInvitees.consultationId, consultationId), isNull(people.deactivatedAt), isNull(people.erasedAt)))
    .all()
    .map((r) => r.personId)
    .filter((personId) => hasNotSubmitted(progress.get(personId) ?? nothingWritten));
}

const aboutConsultation = (consultationId: number) => sql`json_extract(${emailMessages.payload}, '$.consultationId') = ${consultationId}`;

/**
 * The coordinator moved an open (or closed, now reopened) consultation's deadline: a notice to each
 * invitee who has not submitted, with the old and the new deadline, after the change notices'
 * settling window. A notice still waiting for the same person takes the newer deadline (keeping the
 * deadline they knew) and waits another window, so a burst of changes sends one e-mail. Called in
 * the transaction that changes the deadline.
 */
export function queueDeadlineMoved(tx: DbOrTx, consultationId: number, previous: Date | null, deadline: Date, now: Date) {
  if (!previous || previous.getTime() === deadline.getTime()) return;
  const dueAt = new Date(now.getTime() + settlingMs);
  const waiting = new Map(
    tx
      .select({ id: emailMessages.id, personId: emailMessages.recipientPersonId, payload: emailMessages.payload })
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, movedKind), eq(emailMessages.status, "queued"), aboutConsultation(consultationId)))
      .all()
      .map((m) => [m.personId, m]),
  );
  for (const personId of notSubmitted(tx, consultationId)) {
    const queued = waiting.get(personId);
    if (queued) {
      const payload: EmailPayloads[typeof movedKind] = {
        ...(queued.payload as EmailPayloads[typeof movedKind]),
        deadline: deadline.toISOString(),
      };
      tx.update(emailMessages).set({ payload, dueAt }).where(eq(emailMessages.id, queued.id)).run();
    } else {
      enqueueEmail(tx, {
        kind: movedKind,
        recipientPersonId: personId,
        payload: { consultationId, previousDeadline: previous.toISOString(), deadline: deadline.toISOString() },
        // The change's instant: moved back and forth over days, each move is news.
        idempotencyKey: `${movedKind}:${consultationId}:${personId}:${deadline.getTime()}:${now.getTime()}`,
        dueAt,
      });
    }
  }
}

/**
 * Queues the deadline reminders that have come due (run on the dispatcher's tick, like the gathering
 * reminders): for each open consultation whose deadline is two days off, one to each invitee who has
 * not submitted. The key carries the deadline, so a moved deadline gets its own reminder. Someone
 * told of this deadline after the reminder's moment (by the opening e-mail or a deadline-moved notice)
 * gets none. Returns how many were queued now.
 */
export function scheduleConsultationReminders(db: Db, now = clock.now()): number {
  const open = db
    .select({ id: consultations.id, deadline: consultations.deadline, openedAt: consultations.openedAt })
    .from(consultations)
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .where(
      and(
        eq(directionVersions.status, "consultation"),
        gt(consultations.deadline, now),
        // The reminder's moment is less than three days before the deadline, whatever its time of day.
        lte(consultations.deadline, new Date(now.getTime() + (consultationReminderDaysBefore + 1) * dayMs)),
      ),
    )
    .all()
    .filter((c) => consultationReminderDue({ deadline: c.deadline, toldAt: c.openedAt, now }));
  if (open.length === 0) return 0;

  return db.transaction((tx) => {
    let queued = 0;
    for (const c of open) {
      const deadline = c.deadline.toISOString();
      // When each person heard of this deadline by a deadline-moved notice (its send time).
      const toldByNotice = new Map(
        tx
          .select({ personId: emailMessages.recipientPersonId, dueAt: emailMessages.dueAt })
          .from(emailMessages)
          .where(
            and(
              eq(emailMessages.kind, movedKind),
              inArray(emailMessages.status, ["queued", "sending", "sent"]),
              aboutConsultation(c.id),
              sql`json_extract(${emailMessages.payload}, '$.deadline') = ${deadline}`,
            ),
          )
          .all()
          .map((r) => [r.personId, r.dueAt]),
      );
      for (const personId of notSubmitted(tx, c.id)) {
        const toldAt = toldByNotice.get(personId) ?? c.openedAt;
        if (!consultationReminderDue({ deadline: c.deadline, toldAt, now })) continue;
        const fresh = enqueueEmail(tx, {
          kind: "consultation_deadline_reminder",
          recipientPersonId: personId,
          payload: { consultationId: c.id, deadline },
          idempotencyKey: `consultation_deadline_reminder:${c.id}:${personId}:${c.deadline.getTime()}`,
        });
        if (fresh) queued++;
      }
    }
    return queued;
  });
}
