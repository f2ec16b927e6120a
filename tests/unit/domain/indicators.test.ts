import { describe, expect, it } from "vitest";
import {
  groupFigures,
  minGroupSize,
  programReflectionFigures,
  ratingKeys,
  type IndicatorRow,
  type Ratings,
} from "../../../app/domain/indicators";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const all = (value: number): Ratings => Object.fromEntries(ratingKeys.map((k) => [k, value])) as Ratings;
const row = (
  authorId: number,
  kind: IndicatorRow["kind"],
  at: number,
  ratings: Ratings,
  levelId: number | null = 1,
  cohortId: number | null = 10,
): IndicatorRow => ({
  authorId,
  levelId,
  cohortId,
  kind,
  submittedAt: day(at),
  ratings,
});
const authors = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

type Group = { key: number; memberIds: number[] };
const byLevel = (rows: IndicatorRow[], groups: Group[]) => {
  const { levels } = programReflectionFigures(rows);
  return groups.map((g) => groupFigures(g.key, g.memberIds, levels.get(g.key)));
};
const byCohort = (rows: IndicatorRow[], groups: Group[]) => {
  const { cohorts } = programReflectionFigures(rows);
  return groups.map((g) => groupFigures(g.key, g.memberIds, cohorts.get(g.key)));
};
const overall = (rows: IndicatorRow[], memberIds: number[]) => groupFigures("all", memberIds, programReflectionFigures(rows).overall);

/** Authors 1–5: baseline clarity 1..5, a middle reflection, then latest clarity 2,3,4,5,5. */
const known: IndicatorRow[] = authors(5).flatMap((a) => [
  row(a, "baseline", 0, { ...all(3), roleClarity: a, roleIdentity: a + 1 }),
  row(a, "gathering", 10, all(1)),
  row(a, "closing", 20, { ...all(4), roleClarity: Math.min(a + 1, 5), roleIdentity: 7 }),
]);

describe("indicator figures", () => {
  it("computes baseline and latest means, distributions and the change on known data", () => {
    const [group] = byLevel(known, [{ key: 1, memberIds: authors(8) }]);
    if (!group?.shown) throw new Error("expected figures");
    expect(group.authors).toBe(5);
    expect(group.responseRate).toBeCloseTo(5 / 8);
    expect(group.baselineAuthors).toBe(5);
    expect(group.pairedAuthors).toBe(5);
    const clarity = group.measures.roleClarity;
    expect(clarity.baseline).toEqual({ n: 5, mean: 3, distribution: [1, 1, 1, 1, 1] });
    expect(clarity.latest).toEqual({ n: 5, mean: 3.8, distribution: [0, 1, 1, 1, 2] });
    expect(clarity.change).toBeCloseTo(0.8);
    const identity = group.measures.roleIdentity;
    expect(identity.baseline).toEqual({ n: 5, mean: 4, distribution: [0, 1, 1, 1, 1, 1, 0] });
    expect(identity.latest?.mean).toBe(7);
    expect(identity.change).toBeCloseTo(3);
    expect(group.measures.collaboration.change).toBeCloseTo(1);
  });

  it("takes each author's latest reflection after their baseline, not one written before it", () => {
    const rows = authors(5).flatMap((a) => [row(a, "free", 0, all(5)), row(a, "baseline", 5, all(2)), row(a, "gathering", 6, all(3))]);
    const group = overall(rows, authors(5));
    if (!group.shown) throw new Error("expected figures");
    expect(group.measures.leadershipConfidence.baseline?.mean).toBe(2);
    expect(group.measures.leadershipConfidence.latest?.mean).toBe(3);
    expect(group.measures.leadershipConfidence.change).toBe(1);
  });

  it("shows a group of 5 authors and suppresses a group of 4, whatever else is known", () => {
    const four = known.filter((r) => r.authorId <= 4);
    expect(minGroupSize).toBe(5);
    expect(byLevel(four, [{ key: 1, memberIds: authors(40) }])).toEqual([{ key: 1, members: 40, shown: false }]);
    expect(byLevel(known, [{ key: 1, memberIds: authors(40) }])[0]?.shown).toBe(true);
  });

  it("withholds the change when fewer than 5 authors have a reflection after their baseline", () => {
    const rows = [...authors(5).map((a) => row(a, "baseline", 0, all(2))), ...authors(4).map((a) => row(a, "gathering", 3, all(4)))];
    const group = overall(rows, authors(5));
    if (!group.shown) throw new Error("expected figures");
    // Four later reflections are held back until a fifth comes (app/domain/disclosure.ts).
    expect(group.pairedAuthors).toBe(0);
    expect(group.measures.roleClarity.baseline?.mean).toBe(2);
    expect(group.measures.roleClarity.latest).toBeNull();
    expect(group.measures.roleClarity.change).toBeNull();
  });

  it("counts authors without a baseline as respondents but not in the change", () => {
    const rows = [...known, ...authors(5, 6).map((a) => row(a, "free", 3, all(1)))];
    const group = overall(rows, authors(12));
    if (!group.shown) throw new Error("expected figures");
    expect(group.authors).toBe(10);
    expect(group.responseRate).toBeCloseTo(10 / 12);
    expect(group.baselineAuthors).toBe(5);
    expect(group.measures.roleClarity.change).toBeCloseTo(0.8);
  });

  it("places reflections in the level and cohort copied into them, in the order of the groups given", () => {
    const rows = [...known, ...authors(5, 20).map((a) => row(a, "baseline", 0, all(2), 2, 11)), row(99, "baseline", 0, all(5), null, null)];
    const levels = byLevel(rows, [
      { key: 2, memberIds: authors(5, 20) },
      { key: 1, memberIds: authors(5) },
      { key: 3, memberIds: [] },
    ]);
    expect(levels.map((g) => [g.key, g.shown])).toEqual([
      [2, true],
      [1, true],
      [3, false],
    ]);
    const cohorts = byCohort(rows, [{ key: 11, memberIds: authors(5, 20) }]);
    expect(cohorts[0]?.shown && cohorts[0].measures.roleClarity.baseline?.mean).toBe(2);
  });

  it("counts in the response rate only the members now: an author who has left is an author, not a respondent", () => {
    // Five authors, of whom the fifth has left; six members now (two have not answered), four of them authors.
    const group = overall(known, [...authors(4), 101, 102]);
    if (!group.shown) throw new Error("expected figures");
    expect([group.authors, group.members, group.respondingMembers]).toEqual([5, 6, 4]);
    expect(group.responseRate).toBeCloseTo(4 / 6);
  });

  it("has no response rate for a group without members", () => {
    const group = overall(known, []);
    expect(group.shown && group.responseRate).toBeNull();
  });
});
