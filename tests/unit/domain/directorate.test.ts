import { describe, expect, it } from "vitest";
import { overlapsYear, programmeFeedback, shownCount, sortRows, type ComparisonRow } from "../../../app/domain/directorate";

const row = (title: string, spentOre: number, cost: number | null, change: number | null): ComparisonRow => ({
  programId: title.length,
  title,
  organisationName: `Org ${title}`,
  organisationKind: "police_district",
  status: "active",
  periodStart: "2025-01-01",
  periodEnd: "2026-12-31",
  category: null,
  focusAreas: [],
  currency: "NOK",
  awardedOre: null,
  spentOre,
  participants: cost === null ? null : 10,
  costPerParticipantOre: cost,
  cohorts: 1,
  gatheringsHeld: 0,
  gatheringsUpcoming: 0,
  attendanceRate: null,
  focusLevelName: "Første linje",
  levels: [
    {
      name: "Første linje",
      isFocus: true,
      reported: change !== null,
      change: { roleIdentity: null, roleClarity: change, otherLevelsUnderstanding: null, collaboration: null, leadershipConfidence: null },
    },
  ],
  feedback: { answered: false, figures: null },
});

describe("the comparison's rules", () => {
  it("withholds a count of one to four people, never zero or five", () => {
    expect([0, 1, 4, 5, 12].map(shownCount)).toEqual([0, null, null, 5, 12]);
  });

  it("sorts withheld values last in either direction", () => {
    const rows = [row("a", 300, null, 0.5), row("bb", 100, 2000, null), row("ccc", 200, 1000, -0.2)];
    const titles = (r: ComparisonRow[]) => r.map((x) => x.title);
    expect(titles(sortRows(rows, "cost", false, "roleClarity"))).toEqual(["ccc", "bb", "a"]);
    expect(titles(sortRows(rows, "cost", true, "roleClarity"))).toEqual(["bb", "ccc", "a"]);
    expect(titles(sortRows(rows, "change", true, "roleClarity"))).toEqual(["a", "ccc", "bb"]);
    expect(titles(sortRows(rows, "change", false, "roleClarity"))).toEqual(["ccc", "a", "bb"]);
    expect(titles(sortRows(rows, "spent", true, "roleClarity"))).toEqual(["a", "ccc", "bb"]);
  });

  it("places a programme in every year its period touches", () => {
    expect([2024, 2025, 2026, 2027].map((y) => overlapsYear("2025-03-01", "2026-01-31", y))).toEqual([false, true, true, false]);
  });
});

describe("feedback for the comparison", () => {
  it("averages over the gatherings with five answers or more, and shows nothing finer", () => {
    const feedback = programmeFeedback([
      { answers: 5, overallSum: 20, relevanceSum: 15 },
      { answers: 10, overallSum: 45, relevanceSum: 40 },
      // Four answers: a gathering the programme itself may not see figures of, so left out here too.
      { answers: 4, overallSum: 4, relevanceSum: 4 },
    ]);
    expect(feedback).toEqual({ answered: true, figures: { gatherings: 2, answers: 15, overall: 65 / 15, relevance: 55 / 15 } });
  });

  it("says only that there are answers while no gathering has five, and nothing without any", () => {
    expect(programmeFeedback([{ answers: 4, overallSum: 20, relevanceSum: 20 }])).toEqual({ answered: true, figures: null });
    expect(programmeFeedback([])).toEqual({ answered: false, figures: null });
  });
});
