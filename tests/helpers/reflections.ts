import { and, asc, eq } from "drizzle-orm";
import { cohorts, gatherings, invitations, leaderLevels, people, programs } from "../../db/schema";
import * as newReflection from "../../app/routes/my.reflections.new";
import { getDb } from "../../app/server/db.server";
import { callAction, signInAs } from "./routes";

export const fjellby = () => getDb().select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
export const elvik = () => getDb().select().from(programs).where(eq(programs.title, "Lederløftet i Elvik")).get()!;
export const personByEmail = (email: string) => getDb().select().from(people).where(eq(people.email, email)).get()!;

/** People of a Fjellby level by its name, ordered by name. */
export const leadersAtLevel = (levelName: string) =>
  getDb()
    .select({ id: people.id, email: people.email })
    .from(people)
    .innerJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
    .where(eq(leaderLevels.name, levelName))
    .orderBy(asc(people.name))
    .all();

export const cohortByName = (name: string) => getDb().select().from(cohorts).where(eq(cohorts.name, name)).get()!;

/** A held gathering the person was invited to (Ingrid Haugen is in cohort 1, whose gatherings were held). */
export const heldGatheringOf = (personId: number) =>
  getDb()
    .select({ id: gatherings.id, title: gatherings.title })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(and(eq(invitations.personId, personId), eq(gatherings.status, "held")))
    .orderBy(asc(gatherings.startsAt))
    .get()!;

export const ratings = (values: { identity: number; indicators: number } | Record<string, string>) =>
  "identity" in values
    ? {
        roleIdentity: String(values.identity),
        roleClarity: String(values.indicators),
        otherLevelsUnderstanding: String(values.indicators),
        collaboration: String(values.indicators),
        leadershipConfidence: String(values.indicators),
      }
    : values;

/** Writes a reflection through the new-reflection form, as the person would. */
export async function writeReflection(email: string, fields: Record<string, string>, cookie?: string) {
  const programId = String(fjellby().id);
  return callAction(
    newReflection.action,
    "/my/reflections/new",
    { programId, kind: "free", intent: "submit", ...fields },
    { cookie: cookie ?? (await signInAs(email)) },
  );
}

/** The id in a `/my/reflections/<id>?…` redirect. */
export const idFrom = (location: string | null) => Number(/\/my\/reflections\/(\d+)/.exec(location ?? "")?.[1]);
