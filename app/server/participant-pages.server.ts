/**
 * The participants' side: the programme page and the gathering page as leaders, union
 * representatives, facilitators, the secretariat and the working group see them. Who may open
 * which page is decided here, on the server; anyone else gets a 404 (the page's existence is not
 * revealed).
 */
import { and, asc, desc, eq, ne, or, sql, type Placeholder } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  directionDocuments,
  directionVersions,
  facilitators,
  gatheringFacilitators,
  gatherings,
  invitations,
  people,
  programMembers,
  programs,
  unionParticipations,
} from "../../db/schema";
import { rsvpClosed, waitlistOrder } from "../domain/rsvp";
import { clock } from "./clock.server";
import { getDb, preparedPerConnection } from "./db.server";
import { goalsWithFocusAreas, loadVersion, renderSections } from "./direction-queries.server";
import { feedbackDue } from "./feedback.server";
import { isFacilitatorOf } from "./gathering-access.server";
import { gatheringAgenda, gatheringFacilitatorsOf } from "./gathering-queries.server";
import { hasRole, notFound, parseId, requireUser } from "./guards.server";
import { canManageMaterials, listMaterials } from "./materials.server";
import type { SessionUser } from "./session.server";

const exists = (query: ReturnType<typeof sql>) => sql<number>`exists (${query})`;

/**
 * The programme ids of the organisation the person takes part in: a cohort (now or before), an
 * invitation, leading one of its gatherings, representing a union in it, the secretariat or the
 * working group, or being its contact person.
 */
function participatesIn(personId: number | Placeholder) {
  return or(
    exists(sql`select 1 from ${cohortMemberships} m join ${cohorts} c on c.id = m.cohort_id
      where c.program_id = ${programs.id} and m.person_id = ${personId}`),
    exists(sql`select 1 from ${invitations} i join ${gatherings} g on g.id = i.gathering_id
      where g.program_id = ${programs.id} and i.person_id = ${personId}`),
    exists(sql`select 1 from ${gatheringFacilitators} gf join ${facilitators} f on f.id = gf.facilitator_id
      join ${gatherings} g on g.id = gf.gathering_id where g.program_id = ${programs.id} and f.person_id = ${personId}`),
    exists(sql`select 1 from ${unionParticipations} u where u.program_id = ${programs.id} and u.person_id = ${personId}`),
    exists(sql`select 1 from ${programMembers} pm where pm.program_id = ${programs.id} and pm.person_id = ${personId}`),
    eq(programs.contactPersonId, personId),
  )!;
}

/** The programmes the user takes part in, for links from their home and "my gatherings". */
export function myProgrammes(user: SessionUser) {
  return myProgrammesQuery(getDb()).all({ organisationId: user.organisationId, personId: user.id });
}

// On every participant's home: built and prepared once per connection.
const myProgrammesQuery = preparedPerConnection((db) =>
  db
    .select({ id: programs.id, title: programs.title })
    .from(programs)
    .where(and(eq(programs.organisationId, sql.placeholder("organisationId")), participatesIn(sql.placeholder("personId"))))
    .orderBy(asc(programs.title))
    .prepare(),
);

/**
 * The programme behind the route parameter, for someone taking part in it or a coordinator of its
 * organisation (who sees what participants see); a 404 for anyone else.
 */
export async function requireParticipantProgram(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const id = parseId(param);
  const program = getDb()
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.id, id),
        eq(programs.organisationId, user.organisationId),
        hasRole(user, "coordinator") ? undefined : participatesIn(user.id),
      ),
    )
    .get();
  if (!program) throw notFound();
  return { user, program };
}

/** The latest decided version of the programme's direction document, read-only. */
function decidedDirection(programId: number) {
  const db = getDb();
  const latest = db
    .select({ number: directionVersions.number })
    .from(directionVersions)
    .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
    .where(and(eq(directionDocuments.programId, programId), eq(directionVersions.status, "decided")))
    .orderBy(desc(directionVersions.number))
    .get();
  const version = latest ? loadVersion(programId, latest.number, db) : null;
  if (!version) return null;
  return {
    title: version.documentTitle,
    number: version.number,
    decidedAt: version.decidedAt,
    sections: renderSections(version.sections, 4),
  };
}

/**
 * Everything the participant's programme page shows. The schedule is the whole year's plan:
 * planned gatherings too (marked as not yet confirmed, with no invitations), never cancelled ones.
 * `mine` says which gatherings the viewer may open (invited, or leading them).
 */
export function participantProgramme(program: typeof programs.$inferSelect, user: SessionUser) {
  const db = getDb();
  const schedule = db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      theme: gatherings.theme,
      kind: gatherings.kind,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      venueName: gatherings.venueName,
      status: gatherings.status,
      // Drizzle leaves columns unqualified in a one-table select, so the subqueries name "gatherings"."id".
      rsvp: sql<string | null>`(select i.rsvp from ${invitations} i where i.gathering_id = "gatherings"."id" and i.person_id = ${user.id})`,
      leads: sql<number>`exists (select 1 from ${gatheringFacilitators} gf join ${facilitators} f on f.id = gf.facilitator_id
        where gf.gathering_id = "gatherings"."id" and f.person_id = ${user.id})`,
    })
    .from(gatherings)
    .where(and(eq(gatherings.programId, program.id), ne(gatherings.status, "cancelled")))
    .orderBy(asc(gatherings.startsAt))
    .all()
    .map(({ leads, ...g }) => ({
      ...g,
      canOpen: g.status !== "planned" && (g.rsvp !== null || Boolean(leads) || hasRole(user, "coordinator")),
    }));
  const contactPerson = program.contactPersonId
    ? db.select({ name: people.name, email: people.email }).from(people).where(eq(people.id, program.contactPersonId)).get()
    : undefined;
  const secretariat = db
    .select({ name: people.name, email: people.email })
    .from(programMembers)
    .innerJoin(people, eq(people.id, programMembers.personId))
    .where(and(eq(programMembers.programId, program.id), eq(programMembers.memberGroup, "secretariat")))
    .orderBy(asc(people.name))
    .all();
  const union = db
    .select({ id: unionParticipations.id, mode: unionParticipations.mode })
    .from(unionParticipations)
    .where(and(eq(unionParticipations.programId, program.id), eq(unionParticipations.personId, user.id)))
    .get();
  return {
    program: { id: program.id, title: program.title, purpose: program.purpose, mainFocus: program.mainFocus, status: program.status },
    goals: goalsWithFocusAreas(program.id),
    cohorts: db
      .select({
        id: cohorts.id,
        name: cohorts.name,
        rolloutOrder: cohorts.rolloutOrder,
        startsOn: cohorts.startsOn,
        endsOn: cohorts.endsOn,
      })
      .from(cohorts)
      .where(eq(cohorts.programId, program.id))
      .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.name))
      .all(),
    schedule,
    direction: decidedDirection(program.id),
    contacts: { contactPerson: contactPerson ?? null, secretariat },
    unionMode: union?.mode ?? null,
  };
}

// ─── The gathering page ─────────────────────────────────────────────────────

/**
 * The gathering behind the route parameter, for its invitees, its facilitators and the
 * coordinators of its organisation; a 404 for anyone else.
 */
export async function requireParticipantGathering(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const id = parseId(param);
  const db = getDb();
  const row = db
    .select({ gathering: gatherings, program: { id: programs.id, title: programs.title, organisationId: programs.organisationId } })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(and(eq(gatherings.id, id), eq(programs.organisationId, user.organisationId)))
    .get();
  if (!row) throw notFound();
  const invitation = db
    .select()
    .from(invitations)
    .where(and(eq(invitations.gatheringId, id), eq(invitations.personId, user.id)))
    .get();
  const isCoordinator = hasRole(user, "coordinator");
  const isFacilitator = isFacilitatorOf(db, id, user.id);
  if (!invitation && !isFacilitator && !isCoordinator) throw notFound();
  return { user, ...row, invitation: invitation ?? null, isCoordinator, isFacilitator };
}

export type ParticipantGathering = Awaited<ReturnType<typeof requireParticipantGathering>>;

/** What the invitee's gathering page shows besides the materials. */
export function participantGathering(access: ParticipantGathering, now = clock.now()) {
  const db = getDb();
  const { gathering, invitation, user } = access;
  const agenda = gatheringAgenda(db, gathering.id);
  const facilitatorNames = gatheringFacilitatorsOf(db, gathering.id).map((f) => f.name);
  let waitlistPosition: number | null = null;
  if (invitation?.rsvp === "waitlisted") {
    const waiting = db
      .select({ id: invitations.id, acceptedAt: invitations.acceptedAt })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.rsvp, "waitlisted")))
      .all();
    waitlistPosition = waitlistOrder(waiting).findIndex((w) => w.id === invitation.id) + 1 || null;
  }
  const ended = gathering.endsAt <= now;
  const attended = invitation?.attendance === "present" || (invitation?.attendance === null && invitation.rsvp === "accepted");
  return {
    gathering: {
      id: gathering.id,
      title: gathering.title,
      theme: gathering.theme,
      kind: gathering.kind,
      status: gathering.status,
      startsAt: gathering.startsAt,
      endsAt: gathering.endsAt,
      venueName: gathering.venueName,
      venueAddress: gathering.venueAddress,
      onlineUrl: gathering.onlineUrl,
      cancelReason: gathering.cancelReason,
    },
    program: { id: access.program.id, title: access.program.title },
    agenda,
    facilitators: facilitatorNames,
    invitation: invitation
      ? {
          id: invitation.id,
          rsvp: invitation.rsvp,
          attendance: ended ? invitation.attendance : null,
          waitlistPosition,
          closed: rsvpClosed(gathering, now),
        }
      : null,
    ended,
    materials: listMaterials(gathering, user),
    canManageMaterials: canManageMaterials(user, gathering),
    // Reflections are the leaders' (my.reflections.new is theirs alone).
    canReflect: ended && gathering.status !== "cancelled" && hasRole(user, "leader") && attended,
    feedbackDue: invitation ? feedbackDue(user.id).some((g) => g.id === gathering.id) : false,
  };
}
