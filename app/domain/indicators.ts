/**
 * Role-understanding indicators, aggregated for groups of leaders (a level, a cohort, the whole
 * programme). Plain rules, no database: the reflections page, its export and the final report all
 * call this module, and suppression of small groups happens here so no caller can forget it.
 */
import type { reflectionKinds } from "./enums";
import { minGroupSize, publishedRows } from "./disclosure";

export { minGroupSize };

export const ratingKeys = ["roleIdentity", "roleClarity", "otherLevelsUnderstanding", "collaboration", "leadershipConfidence"] as const;
export type RatingKey = (typeof ratingKeys)[number];

/** Role identity runs 1 ("primarily a specialist") to 7 ("primarily a leader"); the indicators 1–5. */
export const ratingMax: Record<RatingKey, number> = {
  roleIdentity: 7,
  roleClarity: 5,
  otherLevelsUnderstanding: 5,
  collaboration: 5,
  leadershipConfidence: 5,
};

export type Ratings = Record<RatingKey, number | null>;

/** One submitted reflection, stripped of everything but what the aggregates need. */
export type IndicatorRow = {
  authorId: number;
  levelId: number | null;
  cohortId: number | null;
  kind: (typeof reflectionKinds)[number];
  submittedAt: Date;
  ratings: Ratings;
};

/** `distribution[v - 1]` is how many authors gave the value v. */
export type Stat = { n: number; mean: number; distribution: number[] };

/**
 * `baseline`: over the authors' baseline reflections. `latest` and `change`: over the authors who
 * have both a baseline and a later reflection (each one's latest), so the change compares the same
 * people. Each is null when it rests on fewer than `minGroupSize` authors.
 */
export type MeasureFigures = { baseline: Stat | null; latest: Stat | null; change: number | null };

export type GroupFigures<K> =
  | { key: K; members: number; shown: false }
  | {
      key: K;
      members: number;
      shown: true;
      /** Distinct authors with a submitted reflection in the group (those who have left it since among them). */
      authors: number;
      /** The group's members now who have submitted at least one reflection: what the response rate counts. */
      respondingMembers: number;
      /** Share of the group's members who have submitted at least one reflection; null without members. */
      responseRate: number | null;
      baselineAuthors: number;
      pairedAuthors: number;
      measures: Record<RatingKey, MeasureFigures>;
    };

const time = (d: Date) => d.getTime();

function stat(values: number[], max: number): Stat | null {
  if (values.length < minGroupSize) return null;
  const distribution = Array.from({ length: max }, () => 0);
  for (const v of values) distribution[v - 1]! += 1;
  return { n: values.length, mean: values.reduce((a, b) => a + b, 0) / values.length, distribution };
}

/** Each author's first baseline and their latest reflection submitted after it (if any). */
function baselineAndLatest(rows: readonly IndicatorRow[]) {
  const byAuthor = new Map<number, IndicatorRow[]>();
  for (const row of rows) {
    const list = byAuthor.get(row.authorId);
    if (list) list.push(row);
    else byAuthor.set(row.authorId, [row]);
  }
  const result: { baseline: IndicatorRow; latest: IndicatorRow | null }[] = [];
  for (const list of byAuthor.values()) {
    list.sort((a, b) => time(a.submittedAt) - time(b.submittedAt));
    const baseline = list.find((r) => r.kind === "baseline");
    if (!baseline) continue;
    const later = list.filter((r) => r !== baseline && time(r.submittedAt) > time(baseline.submittedAt));
    result.push({ baseline, latest: later.at(-1) ?? null });
  }
  return result;
}

/**
 * What a group's reflections alone say, before its membership is known: who wrote, and the measures
 * when enough did. Kept apart from the membership so it can be computed once per set of reflections.
 */
export type ReflectionFigures =
  | { authorIds: ReadonlySet<number>; shown: false }
  | {
      authorIds: ReadonlySet<number>;
      shown: true;
      baselineAuthors: number;
      pairedAuthors: number;
      measures: Record<RatingKey, MeasureFigures>;
    };

function reflectionFiguresOf(rows: readonly IndicatorRow[]): ReflectionFigures {
  const authorIds = new Set(rows.map((r) => r.authorId));
  if (authorIds.size < minGroupSize) return { authorIds, shown: false };

  const pairs = baselineAndLatest(rows);
  const paired = pairs.filter((p): p is { baseline: IndicatorRow; latest: IndicatorRow } => p.latest !== null);
  const measures = {} as Record<RatingKey, MeasureFigures>;
  for (const k of ratingKeys) {
    const baselineValues = pairs.map((p) => p.baseline.ratings[k]).filter((v): v is number => v !== null);
    const complete = paired.filter((p) => p.baseline.ratings[k] !== null && p.latest.ratings[k] !== null);
    const latest = stat(
      complete.map((p) => p.latest.ratings[k]!),
      ratingMax[k],
    );
    const change =
      latest === null ? null : complete.reduce((sum, p) => sum + p.latest.ratings[k]! - p.baseline.ratings[k]!, 0) / complete.length;
    measures[k] = { baseline: stat(baselineValues, ratingMax[k]), latest, change };
  }
  return { authorIds, shown: true, baselineAuthors: pairs.length, pairedAuthors: paired.length, measures };
}

/**
 * Reflection figures for every group that `groupOf` places a reflection in (by the level or cohort
 * copied into it at submission); reflections placed in no group are left out.
 */
export function reflectionFigures<K>(rows: readonly IndicatorRow[], groupOf: (row: IndicatorRow) => K | null): Map<K, ReflectionFigures> {
  const rowsByGroup = new Map<K, IndicatorRow[]>();
  for (const row of rows) {
    const key = groupOf(row);
    if (key === null) continue;
    const list = rowsByGroup.get(key);
    if (list) list.push(row);
    else rowsByGroup.set(key, [row]);
  }
  return new Map([...rowsByGroup].map(([key, list]) => [key, reflectionFiguresOf(list)]));
}

const noReflections: ReflectionFigures = { authorIds: new Set(), shown: false };

/** A group's figures: its reflection figures (none if it has no reflections) joined with its members. */
export function groupFigures<K>(key: K, memberIds: readonly number[], figures: ReflectionFigures = noReflections): GroupFigures<K> {
  const members = new Set(memberIds);
  if (!figures.shown) return { key, members: members.size, shown: false };
  const { authorIds, shown, baselineAuthors, pairedAuthors, measures } = figures;
  const respondingMembers = [...members].filter((id) => authorIds.has(id)).length;
  return {
    key,
    members: members.size,
    shown,
    authors: authorIds.size,
    respondingMembers,
    responseRate: members.size === 0 ? null : respondingMembers / members.size,
    baselineAuthors,
    pairedAuthors,
    measures,
  };
}

/**
 * A programme's reflection figures by the level and the cohort copied into each reflection, and
 * overall: all over the reflections the disclosure control (app/domain/disclosure.ts) publishes.
 */
export function programReflectionFigures(submitted: readonly IndicatorRow[]) {
  const rows = publishedRows(submitted, ratingKeys);
  return {
    overall: reflectionFigures(rows, () => "all" as const).get("all"),
    levels: reflectionFigures(rows, (r) => r.levelId),
    cohorts: reflectionFigures(rows, (r) => r.cohortId),
  };
}

export type ProgramReflectionFigures = ReturnType<typeof programReflectionFigures>;
