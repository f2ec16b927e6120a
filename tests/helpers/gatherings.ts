import { clock } from "../../app/server/clock.server";
import { and, eq, isNull } from "drizzle-orm";
import { cohortMemberships, cohorts, facilitators, gatherings, invitations, people, personRoles, programs } from "../../db/schema";
import { getDb } from "../../app/server/db.server";
import type { GatheringInput } from "../../app/domain/gathering-form";
import { changeStatus, createGathering } from "../../app/server/gathering-commands.server";
import type { SessionUser } from "../../app/server/session.server";

export const personByEmail = (email: string) => getDb().select().from(people).where(eq(people.email, email)).get()!;

/** The demo programme and the people the tests act as. */
export function demo() {
  const db = getDb();
  const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
  const elvikProgram = db.select().from(programs).where(eq(programs.title, "Lederløftet i Elvik")).get()!;
  const cohortRows = db.select().from(cohorts).where(eq(cohorts.programId, program.id)).orderBy(cohorts.rolloutOrder).all();
  const facilitatorRows = db.select().from(facilitators).where(eq(facilitators.organisationId, program.organisationId)).all();
  const coordinator = personByEmail("coordinator@example.org");
  return {
    program,
    elvikProgram,
    cohorts: cohortRows as [(typeof cohortRows)[number], (typeof cohortRows)[number], (typeof cohortRows)[number]],
    internalFacilitator: facilitatorRows.find((f) => f.kind === "internal")!,
    externalFacilitator: facilitatorRows.find((f) => f.kind === "external")!,
    coordinator,
    actor: { ...coordinator, roles: ["coordinator"], sessionId: "test" } as SessionUser,
  };
}

export const gatheringByTitle = (title: string) => getDb().select().from(gatherings).where(eq(gatherings.title, title)).get()!;
export const gatheringById = (id: number) => getDb().select().from(gatherings).where(eq(gatherings.id, id)).get()!;
export const invitationsOf = (gatheringId: number) =>
  getDb().select().from(invitations).where(eq(invitations.gatheringId, gatheringId)).orderBy(invitations.id).all();
export const currentMembers = (cohortId: number) =>
  getDb()
    .select()
    .from(cohortMemberships)
    .where(and(eq(cohortMemberships.cohortId, cohortId), isNull(cohortMemberships.leftAt)))
    .all();

/**
 * A new cohort of `size` leaders at the demo's third level, so a gathering for it has that many
 * invitees: `${leaderName} 000`, `001`… (e-mail from the name), in the cohort `cohortName`.
 */
export function leaderCohort(size: number, cohortName: string, leaderName: string) {
  const { program, cohorts: existing } = demo();
  const emailPrefix = leaderName.toLowerCase().replaceAll(" ", "-");
  return getDb().transaction((tx) => {
    const [cohort] = tx
      .insert(cohorts)
      .values({ programId: program.id, name: cohortName, leaderLevelId: existing[2].leaderLevelId, rolloutOrder: 10 })
      .returning()
      .all();
    const persons = tx
      .insert(people)
      .values(
        Array.from({ length: size }, (_, i) => ({
          organisationId: program.organisationId,
          name: `${leaderName} ${String(i).padStart(3, "0")}`,
          email: `${emailPrefix}-${i}@fjellby.example.org`,
          leaderLevelId: existing[2].leaderLevelId,
        })),
      )
      .returning({ id: people.id })
      .all();
    tx.insert(personRoles)
      .values(persons.map((p) => ({ personId: p.id, role: "leader" as const })))
      .run();
    tx.insert(cohortMemberships)
      .values(persons.map((p) => ({ cohortId: cohort!.id, personId: p.id, joinedAt: clock.now() })))
      .run();
    return cohort!;
  });
}

const hour = 3_600_000;

/** A gathering straight through the server functions, optionally confirmed (which invites). */
export function makeGathering(over: Partial<GatheringInput> & { startsAt: Date; confirm?: boolean }) {
  const { program, actor } = demo();
  const { confirm, ...rest } = over;
  const input: GatheringInput = {
    title: `Test ${Math.random().toString(36).slice(2, 8)}`,
    theme: "",
    kind: "gathering",
    endsAt: new Date(over.startsAt.getTime() + 6 * hour),
    venueName: "",
    venueAddress: "",
    onlineUrl: "https://meet.example.org/x",
    capacity: null,
    cohortIds: [],
    extraInviteeIds: [],
    facilitatorIds: [],
    agenda: [],
    ...rest,
  };
  const id = createGathering(program.id, input, actor);
  if (confirm) {
    changeStatus(gatheringById(id), { to: "confirmed" }, actor, clock.now());
  }
  return gatheringById(id);
}

/** Moves a gathering in time without telling anyone (for "it has started" cases). */
export function moveGathering(id: number, startsAt: Date, endsAt = new Date(startsAt.getTime() + 6 * hour)) {
  getDb().update(gatherings).set({ startsAt, endsAt }).where(eq(gatherings.id, id)).run();
  return gatheringById(id);
}
