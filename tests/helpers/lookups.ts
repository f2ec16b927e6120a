import { eq } from "drizzle-orm";
import { cohorts, leaderLevels, organisations, people, personRoles, programs, units } from "../../db/schema";
import { getDb } from "../../app/server/db.server";

/** Rows of the seeded demo data by their natural names, so tests read like the demo. */
export const lookup = {
  organisation: (name: string) => getDb().select().from(organisations).where(eq(organisations.name, name)).get()!,
  program: (title: string) => getDb().select().from(programs).where(eq(programs.title, title)).get()!,
  person: (email: string) => getDb().select().from(people).where(eq(people.email, email)).get()!,
  cohort: (name: string) => getDb().select().from(cohorts).where(eq(cohorts.name, name)).get()!,
  unit: (name: string) => getDb().select().from(units).where(eq(units.name, name)).get()!,
  level: (name: string) => getDb().select().from(leaderLevels).where(eq(leaderLevels.name, name)).get()!,
};

export const fjellby = "Ledelse i Fjellby 2025–2027";
export const elvik = "Lederløftet i Elvik";

/** The field errors of a 400 answer from a Conform form. */
export const fieldErrors = (data: { result?: { error?: Record<string, string[] | null> } }) => data.result?.error ?? {};

/**
 * A second coordinator of the organisation, who reads English: added before a page is viewed, so no
 * write comes between two views of it and only the reader's language tells the pages apart.
 */
export function englishCoordinator(organisationId: number) {
  const person = getDb()
    .insert(people)
    .values({ organisationId, name: "Second Coordinator", email: "second.coordinator@example.org", preferredLanguage: "en" })
    .returning()
    .get();
  getDb().insert(personRoles).values({ personId: person.id, role: "coordinator" }).run();
  return person;
}
