/**
 * Changes to gatherings: scheduling and editing (links, agenda), inviting newcomers, status changes
 * and the coordinator's message to everyone invited; each in one transaction with its e-mails and audit.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import {
  agendaItems,
  cohortMemberships,
  gatheringCohorts,
  gatheringExtraInvitees,
  gatheringFacilitators,
  gatherings,
  invitations,
  people,
  unionGatheringChoices,
  unionParticipations,
} from "../../db/schema";
import type { GatheringInput } from "../domain/gathering-form";
import { changedNoticeFields, statusChangeError } from "../domain/gatherings";
import { getDb, type DbOrTx } from "./db.server";
import {
  queueCancellations,
  queueChangeNotices,
  queueFacilitatorCancellations,
  queueFacilitatorInvitations,
  queueFeedbackRequests,
  queueInvitations,
  queueReflectionPrompts,
} from "./gathering-mail.server";
import { enqueueEmail } from "./outbox.server";
import { promoteWaitlist } from "./rsvp.server";
import { recordAudit } from "./audit.server";
import { RuleViolation, violate } from "../domain/rule-violation";
import type { SessionUser } from "./session.server";
import type { GatheringRow } from "./gathering-access.server";

const audit = (tx: DbOrTx, actor: SessionUser, gatheringId: number, action: string, details?: Record<string, unknown>) =>
  recordAudit(tx, { organisationId: actor.organisationId, actorId: actor.id, entity: "gathering", entityId: gatheringId, action, details });

function replaceLinks(tx: DbOrTx, gatheringId: number, input: GatheringInput) {
  tx.delete(gatheringCohorts).where(eq(gatheringCohorts.gatheringId, gatheringId)).run();
  tx.delete(gatheringExtraInvitees).where(eq(gatheringExtraInvitees.gatheringId, gatheringId)).run();
  tx.delete(gatheringFacilitators).where(eq(gatheringFacilitators.gatheringId, gatheringId)).run();
  if (input.cohortIds.length)
    tx.insert(gatheringCohorts)
      .values(input.cohortIds.map((cohortId) => ({ gatheringId, cohortId })))
      .run();
  if (input.extraInviteeIds.length) {
    tx.insert(gatheringExtraInvitees)
      .values(input.extraInviteeIds.map((personId) => ({ gatheringId, personId })))
      .run();
  }
  if (input.facilitatorIds.length) {
    tx.insert(gatheringFacilitators)
      .values(input.facilitatorIds.map((facilitatorId) => ({ gatheringId, facilitatorId })))
      .run();
  }
  replaceAgenda(tx, gatheringId, input.agenda);
}

/** The gathering's agenda rows, replaced in the given (time) order. */
export function replaceAgenda(tx: DbOrTx, gatheringId: number, agenda: GatheringInput["agenda"]) {
  tx.delete(agendaItems).where(eq(agendaItems.gatheringId, gatheringId)).run();
  if (!agenda.length) return;
  tx.insert(agendaItems)
    .values(agenda.map((a, i) => ({ gatheringId, position: i + 1, startsAt: a.startsAt, title: a.title, facilitatorId: a.facilitatorId })))
    .run();
}

const columnsOf = (input: GatheringInput) => ({
  title: input.title,
  theme: input.theme,
  kind: input.kind,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  venueName: input.venueName,
  venueAddress: input.venueAddress,
  onlineUrl: input.onlineUrl,
  capacity: input.capacity,
});

export function createGathering(programId: number, input: GatheringInput, actor: SessionUser): number {
  return getDb().transaction((tx) => {
    const [row] = tx
      .insert(gatherings)
      .values({ programId, ...columnsOf(input) })
      .returning({ id: gatherings.id })
      .all();
    replaceLinks(tx, row!.id, input);
    audit(tx, actor, row!.id, "created");
    return row!.id;
  });
}

/**
 * Invites everyone the gathering reaches who has no invitation yet: current members of its cohorts
 * (cohort and level copied in), its extra invitees, and the programme's union representatives whose
 * own participation mode asks for it (as observers, without a cohort); each gets an invitation
 * e-mail unless the gathering has already started (a past gathering confirmed afterwards, to record
 * attendance).
 */
export function inviteNewcomers(tx: DbOrTx, gathering: GatheringRow, now: Date) {
  const candidates = tx.all<{ personId: number; cohortId: number | null; leaderLevelId: number | null }>(sql`
    select cm.person_id as personId, cm.cohort_id as cohortId, p.leader_level_id as leaderLevelId
      from ${gatheringCohorts} gc
      join ${cohortMemberships} cm on cm.cohort_id = gc.cohort_id and cm.left_at is null
      join ${people} p on p.id = cm.person_id and p.deactivated_at is null
      where gc.gathering_id = ${gathering.id}
    union all
    select e.person_id, null, p.leader_level_id
      from ${gatheringExtraInvitees} e
      join ${people} p on p.id = e.person_id and p.deactivated_at is null
      where e.gathering_id = ${gathering.id}
    union all
    select u.person_id, null, p.leader_level_id
      from ${unionParticipations} u
      join ${people} p on p.id = u.person_id and p.deactivated_at is null
      where u.program_id = ${gathering.programId}
        and (u.mode in ('full', 'secretariat')
          or (u.mode = 'selected_gatherings' and exists (select 1 from ${unionGatheringChoices} c
            where c.participation_id = u.id and c.gathering_id = ${gathering.id})))`);
  // A person in an invited cohort is invited as its member, even when also named as an extra invitee.
  candidates.sort((a, b) => Number(a.cohortId === null) - Number(b.cohortId === null));
  const existing = new Set(
    tx
      .select({ personId: invitations.personId })
      .from(invitations)
      .where(eq(invitations.gatheringId, gathering.id))
      .all()
      .map((r) => r.personId),
  );
  const fresh = new Map<number, (typeof candidates)[number]>();
  for (const c of candidates) if (!existing.has(c.personId) && !fresh.has(c.personId)) fresh.set(c.personId, c);
  if (!fresh.size) return;
  // One prepared statement run per row: a roster import can add thousands to a cohort at once, more
  // than one multi-row insert may carry, and far faster than building a query per row.
  const insert = tx
    .insert(invitations)
    .values({
      gatheringId: gathering.id,
      personId: sql.placeholder("personId"),
      cohortId: sql.placeholder("cohortId"),
      leaderLevelId: sql.placeholder("leaderLevelId"),
    })
    .returning({ id: invitations.id, personId: invitations.personId })
    .prepare();
  const created = [...fresh.values()].map((c) => insert.get(c)!);
  if (gathering.startsAt > now) queueInvitations(tx, gathering, created);
}

/**
 * For the cohort side: after someone joins `cohortId`, invites them (and anyone else missing) to the
 * cohort's confirmed gatherings that have not started. Runs in the caller's transaction.
 */
export function inviteToUpcomingGatherings(tx: DbOrTx, cohortId: number, now: Date) {
  const upcoming = tx
    .select({ gathering: gatherings })
    .from(gatheringCohorts)
    .innerJoin(gatherings, eq(gatherings.id, gatheringCohorts.gatheringId))
    .where(and(eq(gatheringCohorts.cohortId, cohortId), eq(gatherings.status, "confirmed"), gt(gatherings.startsAt, now)))
    .all();
  for (const { gathering } of upcoming) inviteNewcomers(tx, gathering, now);
}

/**
 * Saves an edit. For a confirmed gathering: newcomers are invited, a change of time or place raises
 * the calendar sequence and queues change notices, and a larger capacity lets the waitlist in.
 */
export function updateGathering(gathering: GatheringRow, input: GatheringInput, actor: SessionUser, now: Date) {
  getDb().transaction((tx) => {
    const changed = changedNoticeFields(gathering, input);
    const notify = gathering.status === "confirmed" && changed.length > 0;
    const sequence = notify ? gathering.sequence + 1 : gathering.sequence;
    const [updated] = tx
      .update(gatherings)
      .set({ ...columnsOf(input), sequence, updatedAt: now })
      .where(eq(gatherings.id, gathering.id))
      .returning()
      .all();
    const facilitatorsBefore = facilitatorIdsOf(tx, gathering.id);
    replaceLinks(tx, gathering.id, input);
    if (gathering.status === "confirmed") {
      if (notify) queueChangeNotices(tx, updated!, changed, now);
      tellFacilitators(tx, updated!, facilitatorsBefore, input.facilitatorIds, changed, now);
      inviteNewcomers(tx, updated!, now);
      promoteWaitlist(tx, updated!, now);
    }
    audit(tx, actor, gathering.id, "updated", changed.length ? { changed } : undefined);
  });
}

const facilitatorIdsOf = (tx: DbOrTx, gatheringId: number) =>
  tx
    .select({ id: gatheringFacilitators.facilitatorId })
    .from(gatheringFacilitators)
    .where(eq(gatheringFacilitators.gatheringId, gatheringId))
    .all()
    .map((r) => r.id);

/**
 * A confirmed gathering's facilitators after an edit: those added get the calendar request, those
 * removed a cancellation, and those who stay an update when time or place changed.
 */
function tellFacilitators(tx: DbOrTx, gathering: GatheringRow, before: number[], after: number[], changed: string[], now: Date) {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  const kept = after.filter((id) => before.includes(id));
  queueFacilitatorInvitations(tx, gathering, [], now, added);
  queueFacilitatorCancellations(tx, gathering, now, removed);
  if (changed.length) queueFacilitatorInvitations(tx, gathering, changed, now, kept);
}

export type StatusChange = { to: "confirmed" } | { to: "held" } | { to: "cancelled"; reason: string };

/**
 * Confirm (invitations and their e-mails go out), cancel (cancellation notices; waiting e-mails
 * about it are superseded), or mark held (reflection prompts to those present). Refused (400) when
 * the change is not allowed now, or someone else changed the status meanwhile.
 */
export function changeStatus(gathering: GatheringRow, change: StatusChange, actor: SessionUser, now: Date) {
  violate(statusChangeError(gathering, change.to, now), 400);
  getDb().transaction((tx) => {
    const reason = change.to === "cancelled" ? change.reason : null;
    const sequence = change.to === "cancelled" ? gathering.sequence + 1 : gathering.sequence;
    const [updated] = tx
      .update(gatherings)
      .set({ status: change.to, cancelReason: reason, sequence, updatedAt: now })
      .where(and(eq(gatherings.id, gathering.id), eq(gatherings.status, gathering.status)))
      .returning()
      .all();
    // Someone else changed the status meanwhile; nothing was written.
    if (!updated) throw new RuleViolation("gatherings.status.notAllowed", 400);
    if (change.to === "confirmed") {
      inviteNewcomers(tx, updated, now);
      queueFacilitatorInvitations(tx, updated, [], now);
    }
    if (change.to === "cancelled") {
      queueCancellations(tx, updated, now);
      // Facilitators were told only once the gathering was confirmed.
      if (gathering.status === "confirmed") queueFacilitatorCancellations(tx, updated, now);
    }
    if (change.to === "held") {
      queueReflectionPrompts(tx, updated.id, now);
      queueFeedbackRequests(tx, updated.id);
    }
    audit(tx, actor, gathering.id, `status_${change.to}`, reason ? { reason } : undefined);
  });
}

/**
 * A message from the coordinator to everyone invited. `messageKey` comes from the form, so a form
 * sent twice (a double click, a retry) queues each message once.
 */
export function sendBulkMessage(
  gathering: GatheringRow,
  sender: SessionUser,
  message: { subject: string; body: string; messageKey: string },
) {
  return getDb().transaction((tx) => {
    const rows = tx.select({ personId: invitations.personId }).from(invitations).where(eq(invitations.gatheringId, gathering.id)).all();
    let queued = 0;
    for (const { personId } of rows) {
      const fresh = enqueueEmail(tx, {
        kind: "bulk_message",
        recipientPersonId: personId,
        payload: { gatheringId: gathering.id, senderId: sender.id, subject: message.subject, body: message.body },
        idempotencyKey: `bulk_message:${gathering.id}:${message.messageKey}:${personId}`,
      });
      if (fresh) queued++;
    }
    if (queued) audit(tx, sender, gathering.id, "bulk_message", { subject: message.subject, recipients: queued });
    return queued;
  });
}
