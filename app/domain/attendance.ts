/** Roll-call rules: the default mark, what a submission changes, and who has been absent too often. */
import type { attendanceStatuses } from "./enums";
import { utcToOslo } from "./gatherings";
import { dayMs } from "./time";
import type { RsvpStatus } from "./rsvp";

export type AttendanceStatus = (typeof attendanceStatuses)[number];

/**
 * The mark a roll-call starts from: everyone present except those who said no or had no place
 * (declined, waitlisted), who start as excused; a mark already given is kept.
 */
export function rollCallDefault(rsvp: RsvpStatus, marked: AttendanceStatus | null): AttendanceStatus {
  if (marked) return marked;
  return rsvp === "declined" || rsvp === "waitlisted" ? "excused" : "present";
}

export type AttendanceChange = { invitationId: number; from: AttendanceStatus | null; to: AttendanceStatus };

/** The invitations whose mark differs from what is stored. */
export function attendanceChanges(
  current: readonly { id: number; attendance: AttendanceStatus | null }[],
  submitted: ReadonlyMap<number, AttendanceStatus>,
): AttendanceChange[] {
  return current.flatMap((inv) => {
    const to = submitted.get(inv.id);
    return to && to !== inv.attendance ? [{ invitationId: inv.id, from: inv.attendance, to }] : [];
  });
}

/**
 * Flagged: more unexcused absences in one programme than the organisation's threshold. Excused
 * absences were agreed beforehand and do not count.
 */
export const passesAbsenceThreshold = (absences: number, threshold: number) => absences > threshold;

/** A gathering goes on into a further day only if it lasts past this hour of that day's morning. */
const dayStartsAfterMidnightMs = 6 * 3_600_000;

/**
 * The Oslo calendar days a gathering spans, first to last; a one-day gathering has one. The small
 * hours belong to the evening before: an evening that runs past midnight (ending by 06:00) is one
 * day, not two, so it keeps the one-day roll-call.
 */
export function gatheringDays(startsAt: Date | number, endsAt: Date | number): string[] {
  const first = utcToOslo(startsAt).date;
  const last = utcToOslo(Math.max(+startsAt, +endsAt - dayStartsAfterMidnightMs - 1)).date;
  const days = [first];
  // Calendar arithmetic on the dates themselves (UTC midnight), so a daylight-saving night counts once.
  for (let t = Date.parse(`${first}T00:00:00Z`) + dayMs; days.at(-1)! < last; t += dayMs) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Days attended from a mark: none unless present; present without recorded days means every day
 * (one-day gatherings, and marks given before the roll-call was taken per day).
 */
export const daysAttended = (mark: AttendanceStatus | null, recordedDays: number, dayCount: number) =>
  mark !== "present" ? 0 : recordedDays > 0 ? recordedDays : dayCount;

/** A per-day roll-call row: present on any day ticked, otherwise absent, or excused if the absence was agreed. */
export const markFromDays = (days: readonly string[], excused: boolean): AttendanceStatus =>
  days.length > 0 ? "present" : excused ? "excused" : "absent";
