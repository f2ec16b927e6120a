/**
 * The RSVP rule: answers are open until the gathering starts; with a capacity, acceptances beyond it
 * wait in the order they came, and a freed place goes to the first in line (never after the start).
 */
import type { gatheringStatuses, rsvpStatuses } from "./enums";

export type RsvpStatus = (typeof rsvpStatuses)[number];
export type RsvpAnswer = "accepted" | "declined";

export type RsvpClosedReason = "rsvp.tooLate" | "rsvp.cancelled" | "rsvp.notOpen";

/** Why an answer cannot be given now, or null when it can. */
export function rsvpClosed(gathering: { status: (typeof gatheringStatuses)[number]; startsAt: Date }, now: Date): RsvpClosedReason | null {
  if (gathering.status === "cancelled") return "rsvp.cancelled";
  if (gathering.status === "held" || now >= gathering.startsAt) return "rsvp.tooLate";
  if (gathering.status !== "confirmed") return "rsvp.notOpen";
  return null;
}

/**
 * The status an answer leads to. `acceptedOthers` counts the accepted invitations besides this one.
 * Answering "accepted" again keeps one's place (accepted or on the waitlist).
 */
export function answerStatus(answer: RsvpAnswer, current: RsvpStatus, capacity: number | null, acceptedOthers: number): RsvpStatus {
  if (answer === "declined") return "declined";
  if (current === "accepted" || current === "waitlisted") return current;
  return capacity === null || acceptedOthers < capacity ? "accepted" : "waitlisted";
}

type Waiting = { id: number; acceptedAt: Date | null };

/** The waitlist in order: who accepted first comes first (ties by invitation id). */
export const waitlistOrder = <T extends Waiting>(waiting: readonly T[]): T[] =>
  [...waiting].sort((a, b) => +(a.acceptedAt ?? 0) - +(b.acceptedAt ?? 0) || a.id - b.id);

/** Who moves from the waitlist to accepted now that places may be free; nobody once the gathering has started. */
export function toPromote<T extends Waiting>(
  gathering: { capacity: number | null; startsAt: Date },
  acceptedCount: number,
  waiting: readonly T[],
  now: Date,
): T[] {
  if (now >= gathering.startsAt) return [];
  const free = gathering.capacity === null ? waiting.length : Math.max(0, gathering.capacity - acceptedCount);
  return waitlistOrder(waiting).slice(0, free);
}
