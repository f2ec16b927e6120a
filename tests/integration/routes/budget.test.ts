import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { budgetLines, expenses, grants } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as budget from "../../../app/routes/programs.$programId.budget";
import * as create from "../../../app/routes/programs.new";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let coordinator: string;
let programId: number;
const params = () => ({ programId: String(programId) });
const post = (fields: Record<string, string>) => callAction(budget.action, "/", fields, { cookie: coordinator, params: params() });
const page = () => callLoader(budget.loader, "/", { cookie: coordinator, params: params() });

beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
  const created = await callAction(
    create.action,
    "/programs/new",
    { title: "Budsjettprøve", periodStart: "2026-01-01", periodEnd: "2026-12-31" },
    { cookie: coordinator },
  );
  programId = Number(created.location!.split("/").pop());
});

describe("grant", () => {
  it("stores Norwegian amounts as integer øre", async () => {
    const result = await post({
      intent: "grant",
      formId: "grant",
      fund: "Kompetansemidler",
      category: "Organisasjons- og ledelsesutvikling",
      amountApplied: "650 000",
      amountAwarded: "1 234,50",
    });
    expect(result.status).toBe(302);
    expect(getDb().select().from(grants).where(eq(grants.programId, programId)).get()).toMatchObject({
      amountAppliedOre: 650_000_00,
      amountAwardedOre: 1_234_50,
      currency: "NOK",
    });
    await post({
      intent: "grant",
      formId: "grant",
      fund: "Kompetansemidler",
      category: "Organisasjons- og ledelsesutvikling",
      amountApplied: "650 000",
      amountAwarded: "500 000",
    });
    expect((await page()).data.grant.amountAwardedOre).toBe(500_000_00);
  });

  it("refuses amounts that are not kroner, keeping what was typed", async () => {
    const result = await post({
      intent: "grant",
      formId: "grant",
      fund: "",
      category: "X",
      amountApplied: "12,345",
      amountAwarded: "fem hundre",
    });
    expect(result.status).toBe(400);
    expect(result.data.formId).toBe("grant");
    expect(fieldErrors(result.data)).toEqual({ fund: ["budget.fundRequired"], amountAwarded: ["budget.amountInvalid"] });
    expect(result.data.result.initialValue.amountAwarded).toBe("fem hundre");
    expect(getDb().select().from(grants).where(eq(grants.programId, programId)).get()!.amountAwardedOre).toBe(500_000_00);
  });
});

describe("budget lines and expenses", () => {
  it("computes remaining per line and in total, and warns without blocking when a line is overspent", async () => {
    expect(
      (await post({ intent: "saveLine", formId: "line-new", category: "venue", description: "Hotell", amount: "100 000" })).status,
    ).toBe(302);
    expect(
      (await post({ intent: "saveLine", formId: "line-new", category: "travel", description: "Reise", amount: "20 000,50" })).status,
    ).toBe(302);
    const lines = (await page()).data.summary.lines;
    const [venue, travel] = lines;
    expect(venue).toMatchObject({ amountOre: 100_000_00, spentOre: 0 });

    await post({
      intent: "addExpense",
      formId: "expense",
      budgetLineId: String(venue.id),
      spentOn: "2026-02-01",
      description: "Samling 1",
      amount: "60 000",
    });
    await post({
      intent: "addExpense",
      formId: "expense",
      budgetLineId: String(travel.id),
      spentOn: "2026-02-02",
      description: "Fly",
      amount: "0,51",
    });
    let summary = (await page()).data.summary;
    expect(summary.lines.map((l: { remainingOre: number }) => l.remainingOre)).toEqual([40_000_00, 19_999_99]);
    expect(summary).toMatchObject({
      budgetedOre: 120_000_50,
      spentOre: 60_000_51,
      remainingOre: 59_999_99,
      grantLeftOre: 439_999_49,
      warnings: [],
    });

    const over = await post({
      intent: "addExpense",
      formId: "expense",
      budgetLineId: String(venue.id),
      spentOn: "2026-03-01",
      description: "Samling 2",
      amount: "45 000",
    });
    expect(over.status).toBe(302);
    summary = (await page()).data.summary;
    expect(summary.lines[0]).toMatchObject({ spentOre: 105_000_00, remainingOre: -5_000_00, overspent: true });
    expect(summary.warnings).toEqual(["budget.warnLineOverspent"]);
  });

  it("refuses bad expenses with field errors and writes nothing", async () => {
    const before = getDb().select({ n: count() }).from(expenses).get()!.n;
    const result = await post({ intent: "addExpense", formId: "expense", spentOn: "1. mars", description: "", amount: "0" });
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)).toEqual({
      budgetLineId: ["budget.lineRequired"],
      spentOn: ["programs.dateInvalid"],
      description: ["budget.descriptionRequired"],
      amount: ["budget.amountPositive"],
    });
    expect(getDb().select({ n: count() }).from(expenses).get()!.n).toBe(before);
  });

  it("edits a line, and keeps a line that has expenses", async () => {
    const [venue] = (await page()).data.summary.lines;
    await post({
      intent: "saveLine",
      formId: `line-${venue.id}`,
      lineId: String(venue.id),
      category: "venue",
      description: "Hotell og mat",
      amount: "110 000",
    });
    expect((await page()).data.summary.lines[0]).toMatchObject({ description: "Hotell og mat", amountOre: 110_000_00, overspent: false });
    const refused = await post({ intent: "deleteLine", lineId: String(venue.id) });
    expect(refused.status).toBe(409);
    expect(getDb().select().from(budgetLines).where(eq(budgetLines.id, venue.id)).get()).toBeDefined();
  });

  it("never touches another programme's lines: 404", async () => {
    const seeded = getDb()
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.programId, lookup.program(fjellby).id))
      .all();
    const line = seeded[0]!;
    const edit = await post({ intent: "saveLine", formId: "x", lineId: String(line.id), category: "other", amount: "1" });
    expect(edit.status).toBe(404);
    const expense = await post({
      intent: "addExpense",
      formId: "expense",
      budgetLineId: String(line.id),
      spentOn: "2026-01-01",
      description: "Lurt",
      amount: "1",
    });
    expect(expense.status).toBe(404);
    expect(getDb().select().from(budgetLines).where(eq(budgetLines.id, line.id)).get()).toEqual(line);
    const elvik = await callLoader(budget.loader, "/", { cookie: await signInAs("coordinator@elvik.example.org"), params: params() });
    expect(elvik.status).toBe(404);
    const union = await callLoader(budget.loader, "/", { cookie: await signInAs("union@example.org"), params: params() });
    expect(union.status).toBe(403);
  });
});
