/** A person's own invitations: what the leader sees and answers on "my gatherings" and via e-mail links. */
import { and, desc, eq, sql } from "drizzle-orm";
import { gatherings, invitations, programs } from "../../db/schema";
import { getDb } from "./db.server";
import { gatheringSummary } from "./invitees.server";

/** Every invitation of the person, newest gathering first, with their place on a waitlist. */
export function myInvitations(personId: number) {
  return getDb()
    .select({
      ...gatheringSummary,
      id: invitations.id,
      rsvp: invitations.rsvp,
      declineReason: invitations.declineReason,
      attendance: invitations.attendance,
      gatheringId: gatherings.id,
      cancelReason: gatherings.cancelReason,
      programTitle: programs.title,
      waitlistPosition: sql<number | null>`case when ${invitations.rsvp} = 'waitlisted' then 1 + (
        select count(*) from ${invitations} w where w.gathering_id = ${invitations.gatheringId} and w.rsvp = 'waitlisted'
          and (w.accepted_at < ${invitations.acceptedAt} or (w.accepted_at = ${invitations.acceptedAt} and w.id < ${invitations.id}))
      ) end`,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(eq(invitations.personId, personId))
    .orderBy(desc(gatherings.startsAt))
    .all();
}

export const ownInvitation = (personId: number, invitationId: number) =>
  getDb()
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.personId, personId)))
    .get();

/** What the e-mail RSVP page shows about the invitation behind a link. */
export function invitationSummary(invitationId: number) {
  return getDb()
    .select({ ...gatheringSummary, id: invitations.id, rsvp: invitations.rsvp })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(eq(invitations.id, invitationId))
    .get();
}
