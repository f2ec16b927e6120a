/**
 * Rules for scheduling gatherings: Oslo wall-clock times, conflicts with other bookings, status
 * transitions and which edits invitees must be told about. Plain TypeScript, no database.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { gatheringStatuses } from "./enums";

export type GatheringStatus = (typeof gatheringStatuses)[number];
export const osloZone = "Europe/Oslo";

/**
 * The instant of an Oslo wall-clock time (`YYYY-MM-DD`, `HH:MM`). Null for a time that does not
 * exist (the hour skipped when summer time starts) or a malformed value. Computing through the
 * zone, not a fixed offset, keeps 09:00 at 09:00 on both sides of a daylight-saving change.
 */
export function osloToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const local = new TZDate(year, month - 1, day, hour, minute, osloZone);
  if (
    Number.isNaN(local.getTime()) ||
    local.getFullYear() !== year ||
    local.getMonth() !== month - 1 ||
    local.getDate() !== day ||
    local.getHours() !== hour ||
    local.getMinutes() !== minute
  ) {
    return null;
  }
  return new Date(local.getTime());
}

/** The Oslo date and time of an instant, as the form inputs want them. */
export function utcToOslo(instant: Date | number): { date: string; time: string } {
  const local = new TZDate(+instant, osloZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

export type Interval = { startsAt: Date; endsAt: Date };
export const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** A gathering as the conflict check sees it: when, where, and who is taken up by it. */
export type Booking = Interval & {
  gatheringId: number | null;
  title: string;
  venueName: string;
  venueAddress: string;
  inviteeIds: readonly number[];
  facilitatorIds: readonly number[];
};

export type ConflictWarning =
  | { kind: "invitees_booked"; gatheringId: number; title: string; startsAt: Date; personIds: number[] }
  | { kind: "facilitators_booked"; gatheringId: number; title: string; startsAt: Date; facilitatorIds: number[] }
  | { kind: "venue_booked"; gatheringId: number; title: string; startsAt: Date; venueName: string }
  | { kind: "outside_programme"; periodStart: string; periodEnd: string };

/** A warning as shown: with the names of the people or facilitators it is about. */
export type ConflictNotice = ConflictWarning & { names: string[] };

/** Same place: compared by name and address, ignoring case and spacing. Online gatherings never clash. */
const venueKey = (b: Pick<Booking, "venueName" | "venueAddress">) =>
  b.venueName.trim() ? `${b.venueName}|${b.venueAddress}`.toLowerCase().replace(/\s+/g, " ").trim() : "";

/**
 * What the coordinator should know before saving `candidate`: people or facilitators already booked
 * at an overlapping time, the venue taken, or a date outside the programme period (`YYYY-MM-DD`).
 * Warnings, not errors: the coordinator may save anyway.
 */
export function findConflicts(candidate: Booking, others: readonly Booking[], period: { start: string; end: string }): ConflictWarning[] {
  const warnings: ConflictWarning[] = [];
  const invitees = new Set(candidate.inviteeIds);
  const facilitators = new Set(candidate.facilitatorIds);
  const place = venueKey(candidate);
  const sorted = [...others].sort((a, b) => +a.startsAt - +b.startsAt);
  for (const other of sorted) {
    if (other.gatheringId === null || other.gatheringId === candidate.gatheringId || !overlaps(candidate, other)) continue;
    const about = { gatheringId: other.gatheringId, title: other.title, startsAt: other.startsAt };
    const personIds = [...new Set(other.inviteeIds)].filter((id) => invitees.has(id));
    if (personIds.length) warnings.push({ kind: "invitees_booked", ...about, personIds });
    const facilitatorIds = [...new Set(other.facilitatorIds)].filter((id) => facilitators.has(id));
    if (facilitatorIds.length) warnings.push({ kind: "facilitators_booked", ...about, facilitatorIds });
    if (place && venueKey(other) === place) warnings.push({ kind: "venue_booked", ...about, venueName: other.venueName });
  }
  const first = utcToOslo(candidate.startsAt).date;
  const last = utcToOslo(candidate.endsAt).date;
  if (first < period.start || last > period.end) {
    warnings.push({ kind: "outside_programme", periodStart: period.start, periodEnd: period.end });
  }
  return warnings;
}

/**
 * Identifies a set of warnings, so "save anyway" applies to the warnings the coordinator saw and
 * not to new ones a later edit of the form brings up.
 */
export const warningsKey = (warnings: readonly ConflictWarning[]) =>
  warnings
    .map((w) =>
      w.kind === "outside_programme"
        ? w.kind
        : `${w.kind}:${w.gatheringId}:${(w.kind === "invitees_booked" ? w.personIds : w.kind === "facilitators_booked" ? w.facilitatorIds : []).join(",")}`,
    )
    .join("|");

/** The status changes a coordinator can make, and when. */
export function statusChangeError(
  gathering: { status: GatheringStatus; startsAt: Date },
  to: "confirmed" | "held" | "cancelled",
  now: Date,
): "gatherings.status.notAllowed" | "gatherings.status.notStarted" | null {
  const from = gathering.status;
  if (to === "confirmed") return from === "planned" ? null : "gatherings.status.notAllowed";
  if (to === "cancelled") return from === "planned" || from === "confirmed" ? null : "gatherings.status.notAllowed";
  if (from !== "confirmed") return "gatherings.status.notAllowed";
  return now >= gathering.startsAt ? null : "gatherings.status.notStarted";
}

/** The fields whose change invitees are told about (they end up in a calendar update). */
export const noticeFields = ["startsAt", "endsAt", "venueName", "venueAddress", "onlineUrl"] as const;
export type NoticeField = (typeof noticeFields)[number];

type NoticeValues = { startsAt: Date; endsAt: Date; venueName: string; venueAddress: string; onlineUrl: string };

export function changedNoticeFields(before: NoticeValues, after: NoticeValues): NoticeField[] {
  const same = (a: Date | string, b: Date | string) => (a instanceof Date && b instanceof Date ? +a === +b : a === b);
  return noticeFields.filter((f) => !same(before[f], after[f]));
}

/** The union of two change lists, in the canonical field order. */
export const mergeChanged = (a: readonly string[], b: readonly string[]) => {
  const all = new Set([...a, ...b]);
  return [...noticeFields.filter((f) => all.has(f)), ...[...all].filter((f) => !(noticeFields as readonly string[]).includes(f))];
};
