/** Roll-call rules: the default mark, what a submission changes, and who has been absent too often. */
import type { attendanceStatuses } from "./enums";
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
