/**
 * What others learn of reflections: no content, no individual ratings. Who has submitted the
 * baseline and closing reflections (yes or no), the programme's figures (suppressed below 5 authors
 * by app/domain/indicators.ts), consented quotes without their author, counts, and who to remind of
 * what. Reached only through app/server/reflections.server.ts, the one door to reflections.
 */
import { osloDay } from "../../i18n/dates";
import { dayMs } from "../../domain/time";
import { and, asc, eq, exists, inArray, isNull, lte, notExists, or, sql } from "drizzle-orm";
import { cohortMemberships, cohorts, leaderLevels, people, programs, reflectionQuotes, reflections } from "../../../db/schema";
import { groupFigures, programReflectionFigures, type IndicatorRow, type ProgramReflectionFigures } from "../../domain/indicators";
import { closingOpensDaysBefore } from "../../domain/reflections";
import { getDb } from "../db.server";
import { cachedByRevision, revisionCache } from "../revision-cache.server";
import { clock } from "../clock.server";
import { closingOpen, cohortEnd, hasSubmitted, ratingColumns, ratingsOf } from "./access.server";

/**
 * Per cohort, who has submitted their baseline and closing reflections, so the coordinator can
 * remind those who have not. Only these two yes/no facts per person; never content or ratings.
 */
export function submissionStatus(programId: number, now = clock.now()) {
  const db = getDb();
  const today = osloDay(now);
  const cohortRows = db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      started: sql<number>`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}`,
      closingOpen: sql<number>`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`}) <= ${today}`,
    })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.programId, programId))
    .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.id))
    .all();
  const members = db
    .select({
      cohortId: cohortMemberships.cohortId,
      personId: people.id,
      name: people.name,
      baseline: sql<number>`${exists(hasSubmitted(people.id, cohorts.programId, "baseline"))}`,
      closing: sql<number>`${exists(hasSubmitted(people.id, cohorts.programId, "closing"))}`,
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(people, eq(people.id, cohortMemberships.personId))
    .where(and(eq(cohorts.programId, programId), isNull(cohortMemberships.leftAt)))
    .orderBy(asc(people.name))
    .all();
  return cohortRows.map((c) => {
    const list = members
      .filter((m) => m.cohortId === c.id)
      .map((m) => ({ personId: m.personId, name: m.name, baseline: Boolean(m.baseline), closing: Boolean(m.closing) }));
    return {
      ...c,
      started: Boolean(c.started),
      closingOpen: Boolean(c.closingOpen),
      members: list,
      baselineCount: list.filter((m) => m.baseline).length,
      closingCount: list.filter((m) => m.closing).length,
    };
  });
}

/**
 * The programme's indicator figures overall, by level and by cohort (each group suppressed below
 * 5 authors by the domain module). Reflections are read in one query on the programme index. Kept
 * per revision of the programme's and the shared data (levels, cohorts, memberships and people's
 * levels are among them): the same for everyone who may see them.
 */
export function programIndicators(program: { id: number; organisationId: number }) {
  return cachedByRevision(`program-indicators:${program.id}`, [`program:${program.id}`, "shared"], () => computeIndicators(program));
}

function computeIndicators(program: { id: number; organisationId: number }) {
  const db = getDb();
  const levels = db
    .select({ id: leaderLevels.id, name: leaderLevels.name, isFirstLine: leaderLevels.isFirstLine })
    .from(leaderLevels)
    .where(eq(leaderLevels.organisationId, program.organisationId))
    .orderBy(asc(leaderLevels.position))
    .all();
  const cohortRows = db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.programId, program.id))
    .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.id))
    .all();
  const members = db
    .select({
      personId: cohortMemberships.personId,
      cohortId: cohortMemberships.cohortId,
      levelId: people.leaderLevelId,
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(people, eq(people.id, cohortMemberships.personId))
    .where(and(eq(cohorts.programId, program.id), isNull(cohortMemberships.leftAt)))
    .all();
  const figures = programReflectionFiguresOf(program.id);

  const memberIds = (match: (m: (typeof members)[number]) => boolean) => [...new Set(members.filter(match).map((m) => m.personId))];
  return {
    overall: groupFigures(
      "all" as const,
      memberIds(() => true),
      figures.overall,
    ),
    levels: levels.map((level) => ({
      level,
      figures: groupFigures(
        level.id,
        memberIds((m) => m.levelId === level.id),
        figures.levels.get(level.id),
      ),
    })),
    cohorts: cohortRows.map((cohort) => ({
      cohort,
      figures: groupFigures(
        cohort.id,
        memberIds((m) => m.cohortId === cohort.id),
        figures.cohorts.get(cohort.id),
      ),
    })),
  };
}

/**
 * The figures of a programme's reflections change only when its reflections do, while the pages
 * that show them (analytics, report builder, export) are read far more often: they are computed once
 * per revision of the programme's reflections (programs.reflections_revision, kept by triggers).
 * Room for every programme of a national database: the directorate's comparison reads all funded
 * ones (200) when shared data changes, and a smaller cache would lose each before it is read again.
 */
const reflectionFiguresCache = revisionCache<number, ProgramReflectionFigures>(500);

function programReflectionFiguresOf(programId: number): ProgramReflectionFigures {
  const db = getDb();
  const { revision } = db.select({ revision: programs.reflectionsRevision }).from(programs).where(eq(programs.id, programId)).get()!;
  return reflectionFiguresCache.get(programId, revision, () => {
    const rows: IndicatorRow[] = db
      .select({
        authorId: reflections.authorId,
        levelId: reflections.leaderLevelId,
        cohortId: reflections.cohortId,
        kind: reflections.kind,
        submittedAt: reflections.submittedAt,
        ...ratingColumns,
      })
      .from(reflections)
      .where(and(eq(reflections.programId, programId), eq(reflections.status, "submitted")))
      .all()
      .map(({ authorId, levelId, cohortId, kind, submittedAt, ...ratings }) => ({
        authorId,
        levelId,
        cohortId,
        kind,
        submittedAt: submittedAt ?? new Date(0),
        ratings: ratingsOf(ratings),
      }));
    return programReflectionFigures(rows);
  });
}

export type ProgramIndicators = ReturnType<typeof programIndicators>;

/**
 * Quotes the authors have allowed in the programme's final report, as of `now`: consented by then
 * and not withdrawn by then. Text and the level (for grouping) only; never who wrote them.
 */
export function consentedQuotes(programId: number, now = clock.now()) {
  return getDb()
    .select({
      text: reflectionQuotes.text,
      levelId: leaderLevels.id,
      levelName: leaderLevels.name,
      isFirstLine: leaderLevels.isFirstLine,
    })
    .from(reflectionQuotes)
    .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
    .innerJoin(people, eq(people.id, reflections.authorId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, reflections.leaderLevelId))
    .where(
      and(
        eq(reflections.programId, programId),
        eq(reflections.status, "submitted"),
        isNull(people.erasedAt),
        lte(reflectionQuotes.consentedAt, now),
        or(isNull(reflectionQuotes.withdrawnAt), sql`${reflectionQuotes.withdrawnAt} > ${now.getTime()}`),
      ),
    )
    .orderBy(asc(leaderLevels.position), asc(reflectionQuotes.consentedAt), asc(reflectionQuotes.id))
    .all();
}

/** How many reflections a person has written: all that anyone but the author may learn of them. */
export const reflectionCount = (personId: number) =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(reflections)
    .where(eq(reflections.authorId, personId))
    .get()!.n;

// ─── Who to remind: people and kinds, never content ─────────────────────────

/**
 * Baseline and closing reflections that came due in the week up to `now` (the cohort started, or its
 * closing window opened) and are not written: the people the reminder scheduler tells. A due date
 * further back is not reminded of by the scheduler (nobody gets a "reminder" of a programme that
 * started a year before the scheduler ran); the coordinator can still remind them from the status page.
 */
export function reflectionRemindersDue(now = clock.now()) {
  const db = getDb();
  const today = osloDay(now);
  const weekAgo = osloDay(new Date(now.getTime() - 6 * dayMs));
  const dueOn = (kind: "baseline" | "closing") =>
    kind === "baseline"
      ? sql<string>`coalesce(${cohorts.startsOn}, ${programs.periodStart})`
      : sql<string>`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`})`;
  // From the cohorts asked this week to their members: a cohort's date comes from two tables, which no
  // index serves, but cohorts are few; the members are then found through the cohort's index.
  const dueCohorts = (kind: "baseline" | "closing") =>
    db
      .select({ id: cohorts.id })
      .from(cohorts)
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(sql`${dueOn(kind)} between ${weekAgo} and ${today}`);
  const due = (kind: "baseline" | "closing") =>
    db
      .selectDistinct({ personId: cohortMemberships.personId, programId: cohorts.programId })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(people, eq(people.id, cohortMemberships.personId))
      .where(
        and(
          inArray(cohortMemberships.cohortId, dueCohorts(kind)),
          isNull(cohortMemberships.leftAt),
          isNull(people.deactivatedAt),
          isNull(people.erasedAt),
          notExists(hasSubmitted(cohortMemberships.personId, cohorts.programId, kind)),
        ),
      )
      .all()
      .map((row) => ({ ...row, kind }));
  return [...due("baseline"), ...due("closing")];
}

/**
 * Whether `personId` still has the baseline or closing reflection of `programId` to write (a member
 * of one of its cohorts, asked for it now, not submitted): checked again when a reminder goes out.
 */
export function reflectionStillDue(personId: number, programId: number, kind: "baseline" | "closing", now = clock.now()): boolean {
  const today = osloDay(now);
  const asked = kind === "baseline" ? sql`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}` : closingOpen(today);
  return (
    getDb()
      .select({ one: sql`1` })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(
        and(
          eq(cohortMemberships.personId, personId),
          eq(programs.id, programId),
          isNull(cohortMemberships.leftAt),
          asked,
          notExists(hasSubmitted(personId, programs.id, kind)),
        ),
      )
      .get() !== undefined
  );
}

/** Whether the person has submitted a reflection on the gathering (yes or no; nothing of it). */
export function hasReflectedOnGathering(personId: number, gatheringId: number): boolean {
  return (
    getDb()
      .select({ one: sql`1` })
      .from(reflections)
      .where(and(eq(reflections.authorId, personId), eq(reflections.gatheringId, gatheringId), eq(reflections.status, "submitted")))
      .get() !== undefined
  );
}
