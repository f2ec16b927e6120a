import { describe, expect, it } from "vitest";
import { byCategory, summariseBudget } from "../../../app/domain/budget";

const line = (id: number, amountOre: number) => ({ id, category: "venue" as const, description: "", amountOre });

describe("summariseBudget", () => {
  it("computes remaining per line and in total in øre", () => {
    const summary = summariseBudget(
      [line(1, 120_000_00), line(2, 60_000_00)],
      [
        { budgetLineId: 1, amountOre: 42_500_00 },
        { budgetLineId: 1, amountOre: 44_750_50 },
        { budgetLineId: 2, amountOre: 18_300_00 },
      ],
      500_000_00,
    );
    expect(summary.lines.map((l) => [l.spentOre, l.remainingOre])).toEqual([
      [87_250_50, 32_749_50],
      [18_300_00, 41_700_00],
    ]);
    expect(summary).toMatchObject({
      budgetedOre: 180_000_00,
      spentOre: 105_550_50,
      remainingOre: 74_449_50,
      unallocatedOre: 320_000_00,
      grantLeftOre: 394_449_50,
      warnings: [],
    });
  });

  it("warns, without refusing, when a line is overspent or the plan exceeds the grant", () => {
    const summary = summariseBudget([line(1, 100_00), line(2, 500_00)], [{ budgetLineId: 1, amountOre: 100_01 }], 300_00);
    expect(summary.lines[0]).toMatchObject({ overspent: true, remainingOre: -1 });
    expect(summary.lines[1]!.overspent).toBe(false);
    expect(summary.warnings).toEqual(["budget.warnLineOverspent", "budget.warnOverGrant"]);
  });

  it("spending exactly the line is not overspending", () => {
    const summary = summariseBudget([line(1, 100_00)], [{ budgetLineId: 1, amountOre: 100_00 }], 0);
    expect(summary.lines[0]!.overspent).toBe(false);
    expect(summary.warnings).toEqual([]);
  });
});

describe("byCategory", () => {
  it("adds up the lines of each category in the fixed order", () => {
    const summary = summariseBudget(
      [
        { id: 1, category: "travel", description: "", amountOre: 10_00 },
        { id: 2, category: "external_partner", description: "", amountOre: 50_00 },
        { id: 3, category: "travel", description: "", amountOre: 5_00 },
      ],
      [{ budgetLineId: 3, amountOre: 7_00 }],
      0,
    );
    expect(byCategory(summary.lines)).toEqual([
      { category: "external_partner", budgetedOre: 50_00, spentOre: 0, lines: 1 },
      { category: "travel", budgetedOre: 15_00, spentOre: 7_00, lines: 2 },
    ]);
  });
});
