import { and, eq, inArray } from "drizzle-orm";
import { invitations } from "../../db/schema";
import type { RsvpAnswer } from "../domain/rsvp";
import { RuleViolation } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { getDb } from "./db.server";
import type { GatheringRow } from "./gathering-access.server";
import { respondToInvitation } from "./rsvp.server";
import type { SessionUser } from "./session.server";

/**
 * The coordinator records invitees' answers for them (a leader phoned in): the very rules of the
 * person's own answer (waitlist beyond capacity, a freed place to the waitlist, never after the
 * start), each audited as given on behalf. All or nothing: a refused answer undoes the others.
 * There is no confirmation e-mail for an answer in Samling; those promoted from the waitlist are
 * told as always.
 */
export function answerOnBehalf(
  gathering: GatheringRow,
  invitationIds: number[],
  answer: RsvpAnswer,
  actor: SessionUser,
  now: Date,
): number {
  return getDb().transaction((tx) => {
    const found = tx
      .select({ id: invitations.id, personId: invitations.personId, rsvp: invitations.rsvp })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), inArray(invitations.id, invitationIds)))
      .all();
    if (found.length !== new Set(invitationIds).size) throw new RuleViolation("rsvp.notFound", 404);
    for (const invitation of found) {
      const result = respondToInvitation(tx, invitation.id, answer, null, now);
      recordAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.id,
        entity: "invitation",
        entityId: invitation.id,
        action: "rsvp_on_behalf",
        details: { personId: invitation.personId, from: invitation.rsvp, to: result.status },
      });
    }
    return found.length;
  });
}
