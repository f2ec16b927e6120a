/** What the gathering pages read: the form's options and input, the conflict check, the gathering page, the programme's list. */
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
  type Role,
} from "../../db/schema";
import type { GatheringInput } from "../domain/gathering-form";
import { waitlistOrder } from "../domain/rsvp";
import { derivedFrom } from "../domain/derived";
import { findConflicts, type Booking, type ConflictNotice } from "../domain/gatherings";
import { getDb, preparedPerConnection, type Db, type DbOrTx } from "./db.server";
import { notFound } from "./guards.server";
import { cachedByRevision } from "./revision-cache.server";
import { gatheringInvitees, gatheringSummary } from "./invitees.server";
import type { GatheringRow, ProgramRow } from "./gathering-access.server";

/** Longest gathering the form accepts; bounds the overlap query to an index range. */
const maxGatheringMs = 14 * dayMs;

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

/** A gathering's agenda in order, each item with its facilitator's name: the coordinator's page and the invitee's show it. */
export const gatheringAgenda = (db: Db, id: number) => pageQueries(db).agenda.all({ gatheringId: id });

/** A gathering's facilitators by name. */
export const gatheringFacilitatorsOf = (db: Db, id: number) => pageQueries(db).facilitators.all({ gatheringId: id });

/** Invitees per page of the gathering page: a table of hundreds made up most of its cost to draw. */
export const inviteesPerPage = 25;

/**
 * Everything the gathering page shows, with one page of its invitees (by name; `page` is clamped to
 * the last). The rest is computed from a fixed number of queries whatever the number of invitees,
 * once per revision of the programme's and the shared data: the same for everyone who may open the
 * page (the guard has let them in), and the status is in the key because a planned gathering shows more.
 */
export function gatheringPage(gathering: GatheringRow, page: number) {
  const { invitees, ...rest } = cachedByRevision(
    `gathering-page:${gathering.id}:${gathering.status}`,
    [`program:${gathering.programId}`, "shared"],
    () => gatheringPageData(gathering),
  );
  const pages = Math.max(1, Math.ceil(invitees.length / inviteesPerPage));
  const current = Math.min(page, pages);
  // The same array for the same page while the list is kept, so what is drawn from it is kept too.
  const shown = derivedFrom(invitees, `page:${current}`, () => invitees.slice((current - 1) * inviteesPerPage, current * inviteesPerPage));
  const from = Math.min(invitees.length, (current - 1) * inviteesPerPage + 1);
  return {
    ...rest,
    invitees: shown,
    inviteeCount: invitees.length,
    inviteePages: { page: current, pages, from, to: from + shown.length - 1 },
  };
}

function gatheringPageData(gathering: GatheringRow) {
  const db = getDb();
  const id = gathering.id;
  const queries = pageQueries(db);
  const facilitatorRows = gatheringFacilitatorsOf(db, id);
  const cohortRows = queries.cohorts.all({ gatheringId: id });
  const agenda = gatheringAgenda(db, id);
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
  return {
    facilitators: facilitatorRows,
    cohorts: cohortRows,
    agenda,
    invitees,
    accepted: rows.filter((r) => r.rsvp === "accepted").length,
    extraInvitees,
    prospective,
    byLevel: countsByLevel(rows),
  };
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

/** An invitee as the gathering page's table shows one. */
export type GatheringInvitee = ReturnType<typeof gatheringPage>["invitees"][number];
