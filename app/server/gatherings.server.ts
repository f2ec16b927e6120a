/** Gatherings: access, form options, conflict check, scheduling, status changes and the pages' queries. */
import { dayMs } from "../domain/time";
import { and, asc, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import {
  agendaItems,
  cohortMemberships,
  cohorts,
  facilitators,
  gatheringCohorts,
  gatheringExtraInvitees,
  gatheringFacilitators,
  gatherings,
  invitations,
  people,
  personRoles,
  programs,
  unionGatheringChoices,
  unionParticipations,
  type Role,
} from "../../db/schema";
import type { GatheringInput } from "../domain/gathering-form";
import { waitlistOrder } from "../domain/rsvp";
import { changedNoticeFields, findConflicts, statusChangeError, type Booking, type ConflictNotice } from "../domain/gatherings";
import { getDb, preparedPerConnection, type DbOrTx } from "./db.server";
import {
  queueCancellations,
  queueChangeNotices,
  queueFacilitatorCancellations,
  queueFacilitatorInvitations,
  queueInvitations,
} from "./gathering-mail.server";
import { enqueueEmail } from "./outbox.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";
import { gatheringInvitees, gatheringSummary } from "./invitees.server";
import { queueFeedbackRequests, queueReflectionPrompts } from "./gathering-mail.server";
import { promoteWaitlist } from "./rsvp.server";
import { recordAudit } from "./audit.server";
import { RuleViolation, violate } from "../domain/rule-violation";
import type { SessionUser } from "./session.server";

/** Longest gathering the form accepts; bounds the overlap query to an index range. */
const maxGatheringMs = 14 * dayMs;

export type GatheringRow = typeof gatherings.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;

// ─── Access ─────────────────────────────────────────────────────────────────

export type GatheringAccess = {
  user: SessionUser;
  gathering: GatheringRow;
  program: ProgramRow;
  /** The coordinator of the organisation: everything. */
  canManage: boolean;
  /** The coordinator, or a facilitator of this gathering: roll-call. */
  canTakeRollCall: boolean;
};

export const isFacilitatorOf = (db: DbOrTx, gatheringId: number, personId: number) =>
  !!db
    .select({ one: sql`1` })
    .from(gatheringFacilitators)
    .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
    .where(and(eq(gatheringFacilitators.gatheringId, gatheringId), eq(facilitators.personId, personId)))
    .get();

// Every gathering route starts here.
const gatheringOfOrganisation = preparedPerConnection((db) =>
  db
    .select({ gathering: gatherings, program: programs })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(and(eq(gatherings.id, sql.placeholder("id")), eq(programs.organisationId, sql.placeholder("organisationId"))))
    .prepare(),
);

/**
 * The gathering behind a route parameter, for the coordinator of its organisation or ("rollCall")
 * one of its facilitators. Another organisation's gathering is a 404, so its existence is not revealed.
 */
export async function requireGathering(request: Request, param: string | undefined, need: "manage" | "rollCall") {
  const user = await requireUser(request);
  const id = parseId(param);
  const row = gatheringOfOrganisation(getDb()).get({ id, organisationId: user.organisationId });
  if (!row) throw notFound();
  const canManage = hasRole(user, "coordinator");
  const canTakeRollCall = canManage || (hasRole(user, "facilitator") && isFacilitatorOf(getDb(), id, user.id));
  if (!(need === "manage" ? canManage : canTakeRollCall)) throw forbidden();
  return { user, ...row, canManage, canTakeRollCall } satisfies GatheringAccess;
}

// ─── The form ───────────────────────────────────────────────────────────────

/** The choices of the gathering form: the programme's cohorts, the organisation's people and facilitators. */
export function gatheringFormOptions(organisationId: number, programId: number) {
  const db = getDb();
  const cohortRows = db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.programId, programId))
    .orderBy(asc(cohorts.rolloutOrder))
    .all();
  const personRows = db
    .select({
      id: people.id,
      name: people.name,
      roles: sql<string>`coalesce((select group_concat(${personRoles.role}) from ${personRoles} where ${personRoles.personId} = ${people.id}), '')`,
    })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), isNull(people.deactivatedAt), isNull(people.erasedAt)))
    .orderBy(asc(people.name))
    .all()
    .map((p) => ({ id: p.id, name: p.name, roles: (p.roles ? p.roles.split(",") : []) as Role[] }));
  const facilitatorRows = db
    .select({ id: facilitators.id, name: facilitators.name, affiliation: facilitators.affiliation })
    .from(facilitators)
    .where(eq(facilitators.organisationId, organisationId))
    .orderBy(asc(facilitators.name))
    .all();
  return { cohorts: cohortRows, people: personRows, facilitators: facilitatorRows };
}

export type GatheringFormOptions = ReturnType<typeof gatheringFormOptions>;

/** Field errors for choices that are not the programme's or the organisation's (a forged form). */
export function referenceErrors(input: GatheringInput, options: GatheringFormOptions): Record<string, string[]> {
  const known = (ids: number[], rows: { id: number }[]) => ids.every((id) => rows.some((r) => r.id === id));
  const errors: Record<string, string[]> = {};
  if (!known(input.cohortIds, options.cohorts)) errors.cohortIds = ["form.invalid"];
  if (!known(input.extraInviteeIds, options.people)) errors.extraInviteeIds = ["form.invalid"];
  if (!known(input.facilitatorIds, options.facilitators)) errors.facilitatorIds = ["form.invalid"];
  const agendaFacilitators = input.agenda.flatMap((a) => (a.facilitatorId ? [a.facilitatorId] : []));
  if (!known(agendaFacilitators, options.facilitators)) errors.agenda = ["form.invalid"];
  return errors;
}

/** The gathering as the form edits it. */
export function gatheringInputOf(gathering: GatheringRow): GatheringInput {
  const db = getDb();
  const id = gathering.id;
  return {
    title: gathering.title,
    theme: gathering.theme,
    kind: gathering.kind,
    startsAt: gathering.startsAt,
    endsAt: gathering.endsAt,
    venueName: gathering.venueName,
    venueAddress: gathering.venueAddress,
    onlineUrl: gathering.onlineUrl,
    capacity: gathering.capacity,
    cohortIds: db
      .select({ id: gatheringCohorts.cohortId })
      .from(gatheringCohorts)
      .where(eq(gatheringCohorts.gatheringId, id))
      .all()
      .map((r) => r.id),
    extraInviteeIds: db
      .select({ id: gatheringExtraInvitees.personId })
      .from(gatheringExtraInvitees)
      .where(eq(gatheringExtraInvitees.gatheringId, id))
      .all()
      .map((r) => r.id),
    facilitatorIds: db
      .select({ id: gatheringFacilitators.facilitatorId })
      .from(gatheringFacilitators)
      .where(eq(gatheringFacilitators.gatheringId, id))
      .all()
      .map((r) => r.id),
    agenda: db
      .select({ startsAt: agendaItems.startsAt, title: agendaItems.title, facilitatorId: agendaItems.facilitatorId })
      .from(agendaItems)
      .where(eq(agendaItems.gatheringId, id))
      .orderBy(asc(agendaItems.position))
      .all(),
  };
}

// ─── Conflicts ──────────────────────────────────────────────────────────────

/** Ids for `in (…)`; callers add 0 (no row has it) where the list may be empty. */
const idList = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Who each gathering takes up: its invitations (unless declined) and, until invitations exist, the
 * current members of its cohorts and its extra invitees; and its facilitators. One query for any
 * number of gatherings.
 */
function bookingsOf(db: DbOrTx, gatheringIds: number[]) {
  const result = new Map<number, { inviteeIds: number[]; facilitatorIds: number[] }>(
    gatheringIds.map((id) => [id, { inviteeIds: [], facilitatorIds: [] }]),
  );
  if (!gatheringIds.length) return result;
  const list = idList(gatheringIds);
  const rows = db.all<{ gatheringId: number; id: number; kind: "p" | "f" }>(sql`
    select gathering_id as gatheringId, person_id as id, 'p' as kind from ${invitations}
      where gathering_id in (${list}) and rsvp != 'declined'
    union
    select gc.gathering_id, cm.person_id, 'p' from ${gatheringCohorts} gc
      join ${cohortMemberships} cm on cm.cohort_id = gc.cohort_id and cm.left_at is null
      where gc.gathering_id in (${list})
    union
    select gathering_id, person_id, 'p' from ${gatheringExtraInvitees} where gathering_id in (${list})
    union
    select gathering_id, facilitator_id, 'f' from ${gatheringFacilitators} where gathering_id in (${list})`);
  for (const r of rows) {
    const booking = result.get(r.gatheringId)!;
    (r.kind === "p" ? booking.inviteeIds : booking.facilitatorIds).push(r.id);
  }
  return result;
}

/**
 * The warnings for saving `input` (as gathering `gatheringId`, or a new one) in `program`: the
 * people the input reaches, the organisation's gatherings overlapping it (an index range on the
 * start) and who those take up, then the domain rule; names are read only when there are warnings.
 */
export function conflictsFor(input: GatheringInput, program: ProgramRow, gatheringId: number | null): ConflictNotice[] {
  const db = getDb();
  const reached = db.all<{ personId: number }>(sql`
    select person_id as personId from ${cohortMemberships}
      where cohort_id in (${idList([0, ...input.cohortIds])}) and left_at is null
    union
    select person_id from ${invitations} where gathering_id = ${gatheringId ?? 0} and rsvp != 'declined'`);
  const candidate: Booking = { ...input, gatheringId, inviteeIds: [...reached.map((r) => r.personId), ...input.extraInviteeIds] };

  const overlapping = db
    .select(gatheringSummary)
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(
      and(
        gt(gatherings.startsAt, new Date(input.startsAt.getTime() - maxGatheringMs)),
        lt(gatherings.startsAt, input.endsAt),
        gt(gatherings.endsAt, input.startsAt),
        ne(gatherings.status, "cancelled"),
        eq(programs.organisationId, program.organisationId),
      ),
    )
    .all()
    .filter((g) => g.id !== gatheringId);
  const bookings = bookingsOf(
    db,
    overlapping.map((g) => g.id),
  );
  const others: Booking[] = overlapping.map((g) => ({ ...g, gatheringId: g.id, ...bookings.get(g.id)! }));
  const warnings = findConflicts(candidate, others, { start: program.periodStart, end: program.periodEnd });
  if (!warnings.length) return [];

  const personIds = warnings.flatMap((w) => (w.kind === "invitees_booked" ? w.personIds : []));
  const facilitatorIds = warnings.flatMap((w) => (w.kind === "facilitators_booked" ? w.facilitatorIds : []));
  const names = db.all<{ kind: "p" | "f"; id: number; name: string }>(sql`
    select 'p' as kind, id, name from ${people} where id in (${idList([0, ...personIds])})
    union all
    select 'f', id, name from ${facilitators} where id in (${idList([0, ...facilitatorIds])})`);
  const nameOf = (kind: "p" | "f", id: number) => names.find((n) => n.kind === kind && n.id === id)?.name ?? "";
  return warnings.map((w) => ({
    ...w,
    names:
      w.kind === "invitees_booked"
        ? w.personIds.map((id) => nameOf("p", id)).sort((a, b) => a.localeCompare(b, "nb"))
        : w.kind === "facilitators_booked"
          ? w.facilitatorIds.map((id) => nameOf("f", id))
          : [],
  }));
}

// ─── Scheduling ─────────────────────────────────────────────────────────────

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

// ─── Pages ──────────────────────────────────────────────────────────────────

const gatheringId = sql.placeholder("gatheringId");

/** What `gatheringPage` reads besides the invitees, prepared once per connection. */
const pageQueries = preparedPerConnection((db) => ({
  facilitators: db
    .select({ id: facilitators.id, name: facilitators.name })
    .from(gatheringFacilitators)
    .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
    .where(eq(gatheringFacilitators.gatheringId, gatheringId))
    .orderBy(asc(facilitators.name))
    .prepare(),
  cohorts: db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(gatheringCohorts)
    .innerJoin(cohorts, eq(cohorts.id, gatheringCohorts.cohortId))
    .where(eq(gatheringCohorts.gatheringId, gatheringId))
    .orderBy(asc(cohorts.rolloutOrder))
    .prepare(),
  agenda: db
    .select({ id: agendaItems.id, startsAt: agendaItems.startsAt, title: agendaItems.title, facilitator: facilitators.name })
    .from(agendaItems)
    .leftJoin(facilitators, eq(facilitators.id, agendaItems.facilitatorId))
    .where(eq(agendaItems.gatheringId, gatheringId))
    .orderBy(asc(agendaItems.position))
    .prepare(),
  extraInvitees: db
    .select({ id: people.id, name: people.name })
    .from(gatheringExtraInvitees)
    .innerJoin(people, eq(people.id, gatheringExtraInvitees.personId))
    .where(eq(gatheringExtraInvitees.gatheringId, gatheringId))
    .orderBy(asc(people.name))
    .prepare(),
}));

/**
 * Everything the gathering page shows, from a fixed number of queries whatever the number of
 * invitees: facilitators, cohorts, agenda, invitations (with person, unit, level and cohort) and,
 * before confirmation, how many people the invitations will reach.
 */
export function gatheringPage(gathering: GatheringRow) {
  const db = getDb();
  const id = gathering.id;
  const queries = pageQueries(db);
  const facilitatorRows = queries.facilitators.all({ gatheringId: id });
  const cohortRows = queries.cohorts.all({ gatheringId: id });
  const agenda = queries.agenda.all({ gatheringId: id });
  const rows = gatheringInvitees(db, id);
  const waitlistPositions = new Map(waitlistOrder(rows.filter((r) => r.rsvp === "waitlisted")).map((r, index) => [r.id, index + 1]));
  // Only what the table shows: every field is serialised into the page once per invitee.
  const invitees = rows.map((r) => ({
    id: r.id,
    name: r.name,
    unit: r.unit,
    level: r.level,
    cohort: r.cohort,
    rsvp: r.rsvp,
    declineReason: r.declineReason,
    waitlistPosition: waitlistPositions.get(r.id) ?? null,
    attendance: r.attendance,
    addedAtGathering: r.addedAtGathering,
  }));
  const extraInvitees = gathering.status === "planned" ? queries.extraInvitees.all({ gatheringId: id }) : [];
  const prospective = gathering.status === "planned" ? (bookingsOf(db, [id]).get(id)?.inviteeIds.length ?? 0) : 0;
  return { facilitators: facilitatorRows, cohorts: cohortRows, agenda, invitees, extraInvitees, prospective, byLevel: countsByLevel(rows) };
}

type Counted = { level: string | null; levelPosition: number | null; rsvp: string; attendance: string | null };

/** Invited, accepted, waitlisted, declined and present per leader level (others last). */
function countsByLevel(invitees: Counted[]) {
  const rows = new Map<
    string,
    { level: string | null; position: number; invited: number; accepted: number; waitlisted: number; declined: number; present: number }
  >();
  for (const inv of invitees) {
    const key = inv.level ?? "";
    const row = rows.get(key) ?? {
      level: inv.level,
      position: inv.levelPosition ?? Number.MAX_SAFE_INTEGER,
      invited: 0,
      accepted: 0,
      waitlisted: 0,
      declined: 0,
      present: 0,
    };
    row.invited++;
    if (inv.rsvp === "accepted") row.accepted++;
    if (inv.rsvp === "waitlisted") row.waitlisted++;
    if (inv.rsvp === "declined") row.declined++;
    if (inv.attendance === "present") row.present++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.position - b.position);
}

/**
 * The programme's gatherings in time order, with invitation counts; a facilitator sees only the
 * gatherings they lead.
 */
export function programGatherings(programId: number, onlyFacilitatedBy: number | null) {
  // Drizzle leaves columns unqualified in a one-table select, so the correlated subqueries name "gatherings"."id".
  const led = onlyFacilitatedBy
    ? sql`exists (select 1 from ${gatheringFacilitators} gf join ${facilitators} f on f.id = gf.facilitator_id
        where gf.gathering_id = "gatherings"."id" and f.person_id = ${onlyFacilitatedBy})`
    : undefined;
  return getDb()
    .select({
      id: gatherings.id,
      title: gatherings.title,
      kind: gatherings.kind,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      venueName: gatherings.venueName,
      onlineUrl: gatherings.onlineUrl,
      status: gatherings.status,
      capacity: gatherings.capacity,
      invited: sql<number>`(select count(*) from ${invitations} i where i.gathering_id = "gatherings"."id")`,
      accepted: sql<number>`(select count(*) from ${invitations} i where i.gathering_id = "gatherings"."id" and i.rsvp = 'accepted')`,
    })
    .from(gatherings)
    .where(and(eq(gatherings.programId, programId), led))
    .orderBy(asc(gatherings.startsAt))
    .all();
}

/** A gathering of the programme to copy, as form input; another programme's (or none) is a 404. */
export function gatheringToCopy(programId: number, gatheringId: number): GatheringInput {
  const source = getDb()
    .select()
    .from(gatherings)
    .where(and(eq(gatherings.id, gatheringId), eq(gatherings.programId, programId)))
    .get();
  if (!source) throw notFound();
  return gatheringInputOf(source);
}
