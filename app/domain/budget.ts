import { budgetCategories } from "./enums";

export type BudgetCategory = (typeof budgetCategories)[number];

export type LineInput = { id: number; category: BudgetCategory; description: string; amountOre: number };
export type ExpenseInput = { budgetLineId: number; amountOre: number };

export type LineSummary = LineInput & { spentOre: number; remainingOre: number; overspent: boolean };

export type BudgetSummary = {
  lines: LineSummary[];
  budgetedOre: number;
  spentOre: number;
  remainingOre: number;
  awardedOre: number;
  /** Awarded minus budgeted: negative when the plan spends more than the grant. */
  unallocatedOre: number;
  /** Awarded minus spent. */
  grantLeftOre: number;
  warnings: ("budget.warnLineOverspent" | "budget.warnOverGrant" | "budget.warnSpentOverGrant")[];
};

/**
 * Remaining per line and in total, all in integer øre. Overspending is a warning, never an
 * error: the money is already spent, and the coordinator needs to see it, not be stopped.
 */
export function summariseBudget(lines: LineInput[], expenses: ExpenseInput[], awardedOre: number): BudgetSummary {
  const spentByLine = new Map<number, number>();
  for (const e of expenses) spentByLine.set(e.budgetLineId, (spentByLine.get(e.budgetLineId) ?? 0) + e.amountOre);
  const summaries = lines.map((line) => {
    const spentOre = spentByLine.get(line.id) ?? 0;
    return { ...line, spentOre, remainingOre: line.amountOre - spentOre, overspent: spentOre > line.amountOre };
  });
  const budgetedOre = summaries.reduce((sum, l) => sum + l.amountOre, 0);
  const spentOre = summaries.reduce((sum, l) => sum + l.spentOre, 0);
  const warnings: BudgetSummary["warnings"] = [];
  if (summaries.some((l) => l.overspent)) warnings.push("budget.warnLineOverspent");
  if (awardedOre > 0 && budgetedOre > awardedOre) warnings.push("budget.warnOverGrant");
  if (awardedOre > 0 && spentOre > awardedOre) warnings.push("budget.warnSpentOverGrant");
  return {
    lines: summaries,
    budgetedOre,
    spentOre,
    remainingOre: budgetedOre - spentOre,
    awardedOre,
    unallocatedOre: awardedOre - budgetedOre,
    grantLeftOre: awardedOre - spentOre,
    warnings,
  };
}

/** Budgeted and spent per category, in the fixed category order, for the categories in use. */
export function byCategory(lines: readonly LineSummary[]) {
  return budgetCategories
    .map((category) => {
      const inCategory = lines.filter((l) => l.category === category);
      return {
        category,
        budgetedOre: inCategory.reduce((sum, l) => sum + l.amountOre, 0),
        spentOre: inCategory.reduce((sum, l) => sum + l.spentOre, 0),
        lines: inCategory.length,
      };
    })
    .filter((c) => c.lines > 0);
}
