/**
 * A union representative's own participation mode takes effect on the programme's confirmed
 * gatherings that have not started: `full` and `secretariat` are invited to all of them,
 * `selected_gatherings` to those they chose, `observer` and `informed` to none. Invitations the mode
 * no longer asks for are withdrawn, unless the person is invited on other grounds (a cohort, or
 * named by the coordinator). Also the coordinator's removal of people from a gathering's invitation.
 */
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import {
  cohortMemberships,
  emailMessages,
  gatheringCohorts,
  gatheringExtraInvitees,
  gatherings,
  invitations,
  unionGatheringChoices,
  unionParticipations,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb, type DbOrTx } from "./db.server";
import type { SessionUser } from "./session.server";
import { inviteNewcomers } from "./gathering-commands.server";
import { enqueueEmail } from "./outbox.server";
import { promoteWaitlist } from "./rsvp.server";
import { RuleViolation } from "../domain/rule-violation";

type Gathering = typeof gatherings.$inferSelect;

/** Modes invited to every confirmed gathering of the programme. */
const invitedToAll = new Set(["full", "secretariat"]);

export const upcomingConfirmed = (tx: DbOrTx, programId: number, now: Date) =>
  tx
    .select()
    .from(gatherings)
    .where(and(eq(gatherings.programId, programId), eq(gatherings.status, "confirmed"), gt(gatherings.startsAt, now)))
    .orderBy(gatherings.startsAt)
    .all();

/** Invited to the gathering other than through union participation: a current cohort member or a named invitee. */
const invitedOtherwise = (tx: DbOrTx, gatheringId: number, personId: number) =>
  !!tx.get(sql`
    select 1 from ${gatheringExtraInvitees} where gathering_id = ${gatheringId} and person_id = ${personId}
    union all
    select 1 from ${gatheringCohorts} gc join ${cohortMemberships} cm on cm.cohort_id = gc.cohort_id and cm.left_at is null
      where gc.gathering_id = ${gatheringId} and cm.person_id = ${personId}
    limit 1`);

/**
 * Takes one person's invitation back before the gathering: the invitation goes, e-mails about it
 * still waiting are superseded, the person gets a withdrawal with a calendar cancellation (unless
 * they had declined), and a freed seat goes to the waitlist.
 */
export function withdrawInvitation(tx: DbOrTx, gathering: Gathering, personId: number, now: Date) {
  const invitation = tx
    .delete(invitations)
    .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, personId)))
    .returning({ rsvp: invitations.rsvp })
    .get();
  if (!invitation) return false;
  tx.update(emailMessages)
    .set({ status: "failed", lastError: "superseded" })
    .where(
      and(
        eq(emailMessages.status, "queued"),
        eq(emailMessages.recipientPersonId, personId),
        inArray(emailMessages.kind, ["invitation", "change_notice", "reminder"]),
        sql`json_extract(${emailMessages.payload}, '$.gatheringId') = ${gathering.id}`,
      ),
    )
    .run();
  // Invitation e-mails are keyed by gathering, person and calendar sequence; freeing the key of the
  // old one lets a later invitation to the same gathering send its own.
  tx.update(emailMessages)
    .set({
      idempotencyKey: sql`${emailMessages.idempotencyKey} || ${`:withdrawn:${now.getTime()}`}`,
    })
    .where(
      and(
        eq(emailMessages.kind, "invitation"),
        eq(emailMessages.recipientPersonId, personId),
        sql`json_extract(${emailMessages.payload}, '$.gatheringId') = ${gathering.id}`,
      ),
    )
    .run();
  if (invitation.rsvp !== "declined") {
    enqueueEmail(tx, {
      kind: "invitation_withdrawn",
      recipientPersonId: personId,
      payload: { gatheringId: gathering.id, sequence: gathering.sequence },
      // The millisecond keeps a later invite-and-withdraw of the same person its own message.
      idempotencyKey: `invitation_withdrawn:${gathering.id}:${personId}:${now.getTime()}`,
      dueAt: now,
    });
  }
  if (invitation.rsvp === "accepted") promoteWaitlist(tx, gathering, now);
  return true;
}

/**
 * The coordinator takes invitations back (a leader who moved cohort, someone invited by mistake):
 * each person is told as in `withdrawInvitation`, and a named invitee is no longer named, so a later
 * edit does not invite them again. Returns how many were removed; refused (400) once it has started or is cancelled.
 */
export function removeFromInvitation(gathering: Gathering, invitationIds: number[], actor: SessionUser, now: Date) {
  if (gathering.status === "cancelled" || gathering.startsAt <= now) throw new RuleViolation("participants.remove.started", 400);
  return getDb().transaction((tx) => {
    const rows = tx
      .select({ personId: invitations.personId })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), inArray(invitations.id, invitationIds)))
      .all();
    for (const { personId } of rows) {
      withdrawInvitation(tx, gathering, personId, now);
      tx.delete(gatheringExtraInvitees)
        .where(and(eq(gatheringExtraInvitees.gatheringId, gathering.id), eq(gatheringExtraInvitees.personId, personId)))
        .run();
    }
    if (rows.length) {
      recordAudit(tx, {
        actorId: actor.id,
        organisationId: actor.organisationId,
        entity: "gathering",
        entityId: gathering.id,
        action: "invitations_withdrawn",
        details: { personIds: rows.map((r) => r.personId) },
      });
    }
    return rows.length;
  });
}

/** Brings the representative's invitations in line with their mode (and chosen gatherings). */
export function applyUnionParticipation(tx: DbOrTx, participationId: number, now: Date) {
  const participation = tx.select().from(unionParticipations).where(eq(unionParticipations.id, participationId)).get();
  if (!participation) return;
  const chosen = new Set(
    tx
      .select({ id: unionGatheringChoices.gatheringId })
      .from(unionGatheringChoices)
      .where(eq(unionGatheringChoices.participationId, participationId))
      .all()
      .map((r) => r.id),
  );
  const wants = (gatheringId: number) =>
    invitedToAll.has(participation.mode) || (participation.mode === "selected_gatherings" && chosen.has(gatheringId));
  for (const gathering of upcomingConfirmed(tx, participation.programId, now)) {
    if (wants(gathering.id)) {
      inviteNewcomers(tx, gathering, now);
      continue;
    }
    const invitation = tx
      .select({ cohortId: invitations.cohortId })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, participation.personId)))
      .get();
    // An invitation with a cohort, or one the person has on other grounds, is not the mode's to take back.
    if (invitation && invitation.cohortId === null && !invitedOtherwise(tx, gathering.id, participation.personId)) {
      withdrawInvitation(tx, gathering, participation.personId, now);
    }
  }
}
