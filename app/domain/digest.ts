import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";
import { dayMs } from "./time";

/** The coordinator's weekly digest goes out on Monday at 07:00 Oslo time. */
export const digestTimeZone = "Europe/Oslo";
export const digestHour = 7;

/**
 * How long after Monday 07:00 the week's digest is still queued: a scheduler that was down the
 * whole Monday skips that week rather than sending Monday's news late in the week.
 */
export const digestWindowMs = dayMs;

/** The ISO week ("2027-W02") an instant falls in, by the Oslo calendar. */
export function isoWeekOf(instant: Date | number): string {
  const local = new TZDate(+instant, digestTimeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}

/** The week's number alone (2 for "2027-W02"), as a reader names the week. */
export const weekNumber = (week: string) => Number(week.slice(week.indexOf("W") + 1));

/** Monday 07:00 Oslo of the ISO week an instant falls in (by the Oslo calendar). */
export function digestMomentOf(instant: Date | number): Date {
  const local = new TZDate(+instant, digestTimeZone);
  const sinceMonday = (local.getDay() + 6) % 7;
  const at = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - sinceMonday, digestHour, 0, 0, digestTimeZone);
  return new Date(at.getTime());
}

/** The ISO week whose digest is due now, or null outside the day after Monday 07:00. */
export function dueDigestWeek(now: Date): string | null {
  const at = digestMomentOf(now);
  return now >= at && now.getTime() < at.getTime() + digestWindowMs ? isoWeekOf(now) : null;
}
