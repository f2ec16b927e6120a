/** Answers to invitations, from the invitee's page or an e-mail link, and the waitlist behind them. */
import { and, asc, count, eq, ne } from "drizzle-orm";
import { gatherings, invitations } from "../../db/schema";
import { answerStatus, rsvpClosed, toPromote, type RsvpAnswer, type RsvpStatus } from "../domain/rsvp";
import { RuleViolation, violate } from "../domain/rule-violation";
import type { DbOrTx } from "./db.server";
import { enqueueEmails } from "./outbox.server";

export type RsvpResult = { status: RsvpStatus; gatheringId: number; promoted: number[] };

const acceptedCount = (tx: DbOrTx, gatheringId: number, exceptId = 0) =>
  tx
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.rsvp, "accepted"), ne(invitations.id, exceptId)))
    .get()!.n;

/**
 * Records an answer. With a capacity, an acceptance beyond it goes on the waitlist (ordered by when
 * people accepted); a decline of a place gives it to the first on the waitlist, until the start.
 * Refused with a RuleViolation: an unknown invitation (404), or a gathering no longer or not yet
 * answerable (409, its reason from rsvpClosed).
 */
export function respondToInvitation(tx: DbOrTx, invitationId: number, answer: RsvpAnswer, reason: string | null, now: Date): RsvpResult {
  const row = tx
    .select({ invitation: invitations, gathering: gatherings })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(eq(invitations.id, invitationId))
    .get();
  if (!row) throw new RuleViolation("rsvp.notFound", 404);
  const { invitation, gathering } = row;
  violate(rsvpClosed(gathering, now));
  const before = invitation.rsvp;
  const status = answerStatus(answer, before, gathering.capacity, acceptedCount(tx, gathering.id, invitation.id));
  const joinsNow = status !== "declined" && before !== "accepted" && before !== "waitlisted";
  tx.update(invitations)
    .set({
      rsvp: status,
      declineReason: status === "declined" ? reason || null : null,
      acceptedAt: status === "declined" ? null : joinsNow ? now : invitation.acceptedAt,
      respondedAt: now,
    })
    .where(eq(invitations.id, invitation.id))
    .run();
  const promoted = before === "accepted" && status === "declined" ? promoteWaitlist(tx, gathering, now) : [];
  return { status, gatheringId: gathering.id, promoted };
}

/**
 * Moves people from the waitlist into free places, first come first served, and tells each of them
 * (with the calendar invitation the waitlist held back); returns their invitation ids.
 */
export function promoteWaitlist(
  tx: DbOrTx,
  gathering: { id: number; capacity: number | null; startsAt: Date; sequence: number },
  now: Date,
): number[] {
  const waiting = tx
    .select({ id: invitations.id, acceptedAt: invitations.acceptedAt, personId: invitations.personId })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.rsvp, "waitlisted")))
    .orderBy(asc(invitations.acceptedAt), asc(invitations.id))
    .all();
  if (!waiting.length) return [];
  const promoted = toPromote(gathering, acceptedCount(tx, gathering.id), waiting, now);
  for (const p of promoted) {
    tx.update(invitations).set({ rsvp: "accepted" }).where(eq(invitations.id, p.id)).run();
  }
  enqueueEmails(
    tx,
    promoted.map((p) => ({
      kind: "waitlist_promoted" as const,
      recipientPersonId: p.personId,
      payload: { gatheringId: gathering.id, invitationId: p.id, sequence: gathering.sequence },
      // Once per promotion: someone promoted, who declines, joins the waitlist again and moves up again is told again.
      idempotencyKey: `waitlist_promoted:${gathering.id}:${p.personId}:${now.getTime()}`,
    })),
  );
  return promoted.map((p) => p.id);
}
