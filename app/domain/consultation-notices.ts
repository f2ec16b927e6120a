import { defaultReminderPolicy, reminderInstant, type ReminderPolicy } from "./reminders";

/**
 * The e-mails about a consultation's deadline: when the reminder goes, and who still has something
 * to do. Plain rules, no database.
 */

/** The deadline reminder goes this many days before the deadline's day (Oslo), at the reminders' 08:00. */
export const consultationReminderDaysBefore = 2;

export const consultationReminderAt = (deadline: Date, policy: ReminderPolicy = defaultReminderPolicy) =>
  reminderInstant(deadline, consultationReminderDaysBefore, policy);

/**
 * Whether the deadline reminder is due now: its moment has come, the deadline has not passed, and the
 * person was told of this deadline before that moment. Someone told after it (a consultation opened
 * the day before its deadline, a deadline moved closer) has just had an e-mail naming the deadline.
 */
export function consultationReminderDue(
  { deadline, toldAt, now }: { deadline: Date; toldAt: Date; now: Date },
  policy: ReminderPolicy = defaultReminderPolicy,
): boolean {
  const at = consultationReminderAt(deadline, policy);
  return at <= now && now < deadline && toldAt < at;
}

/** An invitee's comments in one consultation: sections with a draft, comments submitted. */
export type CommentProgress = { drafts: number; submitted: number };

/**
 * Whether the invitee still has something to send: drafts not submitted, or nothing written at all.
 * Someone who has submitted and has no draft left is done, and hears no more about the deadline.
 */
export const hasNotSubmitted = (progress: CommentProgress) => progress.drafts > 0 || progress.submitted === 0;
