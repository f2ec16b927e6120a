import { TZDate } from "@date-fns/tz";

/** When reminders go out: so many days before the gathering's day, at a local wall-clock time. */
export type ReminderPolicy = { daysBefore: readonly number[]; hour: number; minute: number; timeZone: string };

export const defaultReminderPolicy: ReminderPolicy = { daysBefore: [7, 1], hour: 8, minute: 0, timeZone: "Europe/Oslo" };

/**
 * The instant of the reminder `daysBefore` days before the local calendar day on which the
 * gathering starts, at the policy's local time (so 08:00 in Oslo both in winter and in summer).
 */
export function reminderInstant(startsAt: Date, daysBefore: number, policy: ReminderPolicy = defaultReminderPolicy): Date {
  const local = new TZDate(startsAt.getTime(), policy.timeZone);
  const at = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - daysBefore,
    policy.hour,
    policy.minute,
    0,
    policy.timeZone,
  );
  return new Date(at.getTime());
}

/**
 * The reminder to send now for one invitee, or null. Only the most recent reminder that has come
 * due is sent (a scheduler that was down for a week does not send a stale one after a fresh one),
 * nothing once the gathering has started, and nothing that would arrive right after the
 * invitation itself: a person invited after a reminder's moment gets the later reminders only.
 */
export function dueReminder(
  { startsAt, invitedAt, now }: { startsAt: Date; invitedAt: Date; now: Date },
  policy: ReminderPolicy = defaultReminderPolicy,
): number | null {
  if (now >= startsAt) return null;
  const due = [...policy.daysBefore]
    .sort((a, b) => a - b)
    .map((days) => ({ days, at: reminderInstant(startsAt, days, policy) }))
    .find(({ at }) => at <= now);
  if (!due || invitedAt >= due.at) return null;
  return due.days;
}

/** How far ahead the scheduler needs to look for gatherings that may have a reminder due. */
export const reminderHorizonMs = (policy: ReminderPolicy = defaultReminderPolicy) => (Math.max(...policy.daysBefore) + 1) * 86_400_000;
