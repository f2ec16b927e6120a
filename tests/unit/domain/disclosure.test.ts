import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minGroupSize, publishedRows } from "../../../app/domain/disclosure";
import {
  programReflectionFigures,
  ratingKeys,
  type IndicatorRow,
  type ProgramReflectionFigures,
  type Ratings,
  type ReflectionFigures,
} from "../../../app/domain/indicators";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const kinds = ["baseline", "gathering", "free", "closing"] as const;

/** Leaders, each in one level and one cohort (either may be missing), writing reflections over time. */
const history = (options: { movers: boolean; nullRatings: boolean }) =>
  fc
    .array(
      fc.record({
        levelId: fc.constantFrom(1, 2, 3, null),
        cohortId: fc.constantFrom(10, 11, null),
        reflections: fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            at: fc.integer({ min: 0, max: 200 }),
            value: options.nullRatings ? fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }) : fc.integer({ min: 1, max: 5 }),
            moveTo: options.movers ? fc.option(fc.constantFrom(1, 2, 3), { freq: 4 }) : fc.constant(null),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((leaders) =>
      leaders.flatMap((leader, i) =>
        leader.reflections.map((r): IndicatorRow => ({
          authorId: i + 1,
          levelId: r.moveTo ?? leader.levelId,
          cohortId: leader.cohortId,
          kind: r.kind,
          submittedAt: day(r.at),
          ratings: Object.fromEntries(ratingKeys.map((k) => [k, r.value])) as Ratings,
        })),
      ),
    );

type Shown = Extract<ReflectionFigures, { shown: true }>;
const shown = (f: ReflectionFigures | undefined): Shown | null => (f?.shown ? f : null);

/** Every number an attacker reads off the page, the CSV or the report, per group. */
function counts(f: Shown | null) {
  const out: Record<string, number> = { authors: f?.authorIds.size ?? 0, baseline: f?.baselineAuthors ?? 0, paired: f?.pairedAuthors ?? 0 };
  for (const k of ratingKeys) {
    out[`${k}.baseline`] = f?.measures[k].baseline?.n ?? 0;
    out[`${k}.latest`] = f?.measures[k].latest?.n ?? 0;
  }
  return out;
}
const sums = (f: Shown | null) => {
  const out: Record<string, number> = {};
  for (const k of ratingKeys) {
    const b = f?.measures[k].baseline;
    const l = f?.measures[k].latest;
    out[`${k}.baseline`] = b ? b.mean * b.n : 0;
    out[`${k}.latest`] = l ? l.mean * l.n : 0;
  }
  return out;
};

const smallButNotEmpty = (n: number) => Math.abs(n) > 0 && Math.abs(n) < minGroupSize;

/** The subtraction attack: the whole programme minus every group shown in a dimension. */
function residuals(figures: ProgramReflectionFigures, dimension: "levels" | "cohorts") {
  const total = counts(shown(figures.overall));
  const totalSums = sums(shown(figures.overall));
  const groups = [...figures[dimension].values()].map(shown).filter((g): g is Shown => g !== null);
  return Object.keys(total).map((key) => ({
    key,
    n: total[key]! - groups.reduce((sum, g) => sum + counts(g)[key]!, 0),
    sum: (totalSums[key] ?? 0) - groups.reduce((sum, g) => sum + (sums(g)[key] ?? 0), 0),
  }));
}

describe("disclosure control", () => {
  it("reproduces the reported attack and recovers nothing: 21 authors, levels of 8 and 12, one first-line leader", () => {
    const rows: IndicatorRow[] = [];
    const add = (authorId: number, levelId: number, values: number[]) =>
      rows.push({
        authorId,
        levelId,
        cohortId: 10,
        kind: "baseline",
        submittedAt: day(levelId),
        ratings: Object.fromEntries(ratingKeys.map((k, i) => [k, values[i]!])) as Ratings,
      });
    for (let a = 1; a <= 8; a++) add(a, 1, [4, 3, 3, 3, 3]);
    for (let a = 9; a <= 20; a++) add(a, 2, [5, 4, 4, 4, 4]);
    add(21, 3, [7, 1, 5, 1, 5]);
    const figures = programReflectionFigures(rows);
    expect(figures.levels.get(3)?.shown ?? false).toBe(false);
    for (const r of residuals(figures, "levels")) expect(r, r.key).toMatchObject({ n: 0 });
    expect(shown(figures.overall)?.authorIds.size).toBe(20);
  });

  it("reproduces the before/after attack and recovers nothing: one more submission leaves every figure as it was", () => {
    const base: IndicatorRow[] = Array.from({ length: 12 }, (_, i) => ({
      authorId: i + 1,
      levelId: 1,
      cohortId: 10,
      kind: "baseline",
      submittedAt: day(i < 10 ? 0 : 1 + i),
      ratings: Object.fromEntries(ratingKeys.map((k) => [k, 3])) as Ratings,
    }));
    const next: IndicatorRow = {
      ...base[0]!,
      authorId: 13,
      submittedAt: day(30),
      ratings: Object.fromEntries(ratingKeys.map((k) => [k, 1])) as Ratings,
    };
    expect(programReflectionFigures([...base, next])).toEqual(programReflectionFigures(base));
  });

  it("every published figure rests on nobody or at least five people, whoever moved between levels", () => {
    fc.assert(
      fc.property(history({ movers: true, nullRatings: true }), (rows) => {
        const figures = programReflectionFigures(rows);
        for (const f of [figures.overall, ...figures.levels.values(), ...figures.cohorts.values()]) {
          for (const [key, n] of Object.entries(counts(shown(f)))) expect(smallButNotEmpty(n), key).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("subtracting the shown groups from the whole programme leaves nobody or at least five people", () => {
    fc.assert(
      fc.property(history({ movers: false, nullRatings: true }), (rows) => {
        const figures = programReflectionFigures(rows);
        for (const dimension of ["levels", "cohorts"] as const) {
          for (const r of residuals(figures, dimension)) expect(smallButNotEmpty(r.n), `${dimension} ${r.key}`).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("as submissions arrive one by one, every figure changes by nobody or at least five people", () => {
    fc.assert(
      fc.property(history({ movers: false, nullRatings: false }), (rows) => {
        const times = [...new Set(rows.map((r) => r.submittedAt.getTime()))].sort((a, b) => a - b);
        let before = programReflectionFigures([]);
        let publishedBefore = new Set<IndicatorRow>();
        for (const t of times) {
          const arrived = rows.filter((r) => r.submittedAt.getTime() <= t);
          const after = programReflectionFigures(arrived);
          const published = new Set(publishedRows(arrived, ratingKeys));
          // Published reflections stay published: a figure only ever moves forward.
          for (const r of publishedBefore) expect(published.has(r)).toBe(true);
          const newAuthors = new Set([...published].filter((r) => !publishedBefore.has(r)).map((r) => r.authorId));
          expect(smallButNotEmpty(newAuthors.size)).toBe(false);
          const pairs = (f: ProgramReflectionFigures) => [
            f.overall,
            ...[1, 2, 3].map((k) => f.levels.get(k)),
            ...[10, 11].map((k) => f.cohorts.get(k)),
          ];
          const [was, is] = [pairs(before), pairs(after)];
          was.forEach((f, i) => {
            const a = counts(shown(f));
            const b = counts(shown(is[i]));
            for (const key of Object.keys(a)) expect(smallButNotEmpty(b[key]! - a[key]!), key).toBe(false);
          });
          before = after;
          publishedBefore = published;
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps up with a large programme: 600 leaders, 2 400 reflections", () => {
    const rows: IndicatorRow[] = Array.from({ length: 2400 }, (_, i) => ({
      authorId: (i % 600) + 1,
      levelId: (i % 600) % 4,
      cohortId: 10 + ((i % 600) % 12),
      kind: i < 600 ? "baseline" : "gathering",
      submittedAt: day(Math.floor(i / 600) * 50 + ((i * 7919) % 50)),
      ratings: Object.fromEntries(ratingKeys.map((k, j) => [k, 1 + ((i + j) % 5)])) as Ratings,
    }));
    const started = performance.now();
    const published = publishedRows(rows, ratingKeys);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(published.length).toBeGreaterThan(2000);
  });
});
