import { and, asc, desc, eq } from "drizzle-orm";
import { budgetLines, expenses, grants, people } from "../../db/schema";
import { summariseBudget, type BudgetCategory } from "../domain/budget";
import { getDb, type DbOrTx } from "./db.server";
import { notFound } from "./guards.server";
import { RuleViolation } from "../domain/rule-violation";
import { deleteUnlessReferenced } from "./org-scope.server";

export function loadBudget(programId: number) {
  const db = getDb();
  const grant = db.select().from(grants).where(eq(grants.programId, programId)).get() ?? null;
  const lines = db
    .select({ id: budgetLines.id, category: budgetLines.category, description: budgetLines.description, amountOre: budgetLines.amountOre })
    .from(budgetLines)
    .where(eq(budgetLines.programId, programId))
    .orderBy(asc(budgetLines.id))
    .all();
  const expenseRows = db
    .select({
      id: expenses.id,
      budgetLineId: expenses.budgetLineId,
      spentOn: expenses.spentOn,
      description: expenses.description,
      amountOre: expenses.amountOre,
      by: people.name,
    })
    .from(expenses)
    .innerJoin(budgetLines, eq(budgetLines.id, expenses.budgetLineId))
    .leftJoin(people, eq(people.id, expenses.createdById))
    .where(eq(budgetLines.programId, programId))
    .orderBy(desc(expenses.spentOn), desc(expenses.id))
    .all();
  return { grant, expenses: expenseRows, summary: summariseBudget(lines, expenseRows, grant?.amountAwardedOre ?? 0) };
}

export type GrantValues = { fund: string; category: string; amountAppliedOre: number; amountAwardedOre: number };

export function saveGrant(programId: number, values: GrantValues) {
  getDb()
    .insert(grants)
    .values({ programId, ...values })
    .onConflictDoUpdate({ target: grants.programId, set: values })
    .run();
}

export type LineValues = { category: BudgetCategory; description: string; amountOre: number };

const lineOf = (db: DbOrTx, programId: number, lineId: number) => {
  const line = db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, lineId), eq(budgetLines.programId, programId)))
    .get();
  if (!line) throw notFound();
  return line;
};

export function saveLine(programId: number, lineId: number | undefined, values: LineValues) {
  const db = getDb();
  if (lineId) {
    lineOf(db, programId, lineId);
    db.update(budgetLines).set(values).where(eq(budgetLines.id, lineId)).run();
  } else
    db.insert(budgetLines)
      .values({ programId, ...values })
      .run();
}

/** Refused (409) when the line has expenses: they must be moved or removed first. */
export function deleteLine(programId: number, lineId: number) {
  const db = getDb();
  lineOf(db, programId, lineId);
  if (!deleteUnlessReferenced(() => db.delete(budgetLines).where(eq(budgetLines.id, lineId)).run())) {
    throw new RuleViolation("budget.lineHasExpenses");
  }
}

export type ExpenseValues = { budgetLineId: number; spentOn: string; description: string; amountOre: number };

/** Records an expense even when it overspends its line: that is shown as a warning, not refused. */
export function addExpense(programId: number, values: ExpenseValues, actorId: number) {
  getDb().transaction((tx) => {
    lineOf(tx, programId, values.budgetLineId);
    tx.insert(expenses)
      .values({ ...values, createdById: actorId })
      .run();
  });
}

export function deleteExpense(programId: number, expenseId: number) {
  getDb().transaction((tx) => {
    const row = tx
      .select({ id: expenses.id })
      .from(expenses)
      .innerJoin(budgetLines, eq(budgetLines.id, expenses.budgetLineId))
      .where(and(eq(expenses.id, expenseId), eq(budgetLines.programId, programId)))
      .get();
    if (!row) throw notFound();
    tx.delete(expenses).where(eq(expenses.id, expenseId)).run();
  });
}
