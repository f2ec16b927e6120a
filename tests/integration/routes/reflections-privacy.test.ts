import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reflectionPrompts, reflectionQuotes, reflections } from "../../../db/schema";
import * as timeline from "../../../app/routes/my.reflections._index";
import * as reflection from "../../../app/routes/my.reflections.$reflectionId";
import * as exportJson from "../../../app/routes/my.reflections.export[.]json";
import * as newReflection from "../../../app/routes/my.reflections.new";
import * as print from "../../../app/routes/my.reflections.print";
import * as indicators from "../../../app/routes/programs.$programId.reflections._index";
import * as csv from "../../../app/routes/programs.$programId.reflections.export[.]csv";
import * as status from "../../../app/routes/programs.$programId.reflections.status";
import { getDb } from "../../../app/server/db.server";
import { programIndicators } from "../../../app/server/reflections.server";
import { drawnArticle, drawnTables, drawnText, markupHtml } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fjellby, idFrom, ratings, writeReflection } from "../../helpers/reflections";

/**
 * Only the author ever reads a reflection's text and ratings. Every reflection route and the
 * export is tried by every other role; none may see the author's words or ratings.
 */
const author = "leader@example.org";
const secret = "Ingen andre skal lese dette: HEMMELIG-7Q";
const answerSecret = "Svar som er HEMMELIG-ANSWER";
const others = {
  coordinator: "coordinator@example.org",
  union: "union@example.org",
  directorate: "directorate@example.org",
  admin: "admin@example.org",
  facilitator: "facilitator@example.org",
  "another leader": "ingrid.haugen@fjellby.example.org",
};

let id = 0;
beforeAll(async () => {
  const prompt = getDb().select().from(reflectionPrompts).where(eq(reflectionPrompts.programId, fjellby().id)).get()!;
  const result = await writeReflection(author, {
    kind: "baseline",
    freeText: secret,
    [`answers.p${prompt.id}`]: answerSecret,
    ...ratings({ identity: 6, indicators: 4 }),
  });
  id = idFrom(result.location);
  await callAction(
    reflection.action,
    `/my/reflections/${id}`,
    { intent: "quote", quote: "HEMMELIG-7Q" },
    {
      cookie: await signInAs(author),
      params: { reflectionId: String(id) },
    },
  );
});

const leaks = (data: unknown) => {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return text.includes("HEMMELIG");
};

describe("the author", () => {
  it("reads their own reflection, on its page, in the timeline, the printout and the download", async () => {
    const cookie = await signInAs(author);
    const params = { reflectionId: String(id) };
    expect(leaks((await callLoader(reflection.loader, `/my/reflections/${id}`, { cookie, params })).data)).toBe(true);
    expect(leaks((await callLoader(timeline.loader, "/my/reflections", { cookie })).data)).toBe(true);
    expect(leaks((await callLoader(print.loader, "/my/reflections/print", { cookie })).data)).toBe(true);
    const download = await callLoader(exportJson.loader, "/my/reflections/export.json", { cookie });
    expect(download.headers.get("Content-Disposition")).toMatch(/^attachment; filename="samling-reflections-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(download.data.reflections.find((r: { freeText: string }) => r.freeText === secret)).toMatchObject({
      kind: "baseline",
      ratings: { roleIdentity: 6, roleClarity: 4 },
      answers: [{ answer: answerSecret }],
      quotes: [{ text: "HEMMELIG-7Q", withdrawnAt: null }],
    });
  });
});

describe.each(Object.entries(others))("%s", (_role, email) => {
  it("cannot open the reflection, nor find its text or ratings on any reflection page or export", async () => {
    const cookie = await signInAs(email);
    const params = { reflectionId: String(id) };
    const page = await callLoader(reflection.loader, `/my/reflections/${id}`, { cookie, params });
    expect([403, 404]).toContain(page.status);
    for (const [loader, path] of [
      [timeline.loader, "/my/reflections"],
      [print.loader, "/my/reflections/print"],
      [exportJson.loader, "/my/reflections/export.json"],
      [newReflection.loader, "/my/reflections/new"],
    ] as const) {
      const result = await callLoader(loader, path, { cookie });
      expect(leaks(result.data), path).toBe(false);
      expect(JSON.stringify(result.data ?? "")).not.toContain(`"id":${id},`);
    }
    const programParams = { programId: String(fjellby().id) };
    for (const [loader, path] of [
      [indicators.loader, "/reflections"],
      [status.loader, "/reflections/status"],
      [csv.loader, "/reflections/export.csv"],
    ] as const) {
      const result = await callLoader(loader, `/programs/${fjellby().id}${path}`, { cookie, params: programParams });
      expect(leaks(result.data), path).toBe(false);
    }
  });

  it("cannot change, submit, delete, quote from or withdraw a quote of the reflection", async () => {
    const cookie = await signInAs(email);
    const params = { reflectionId: String(id) };
    const quote = getDb().select().from(reflectionQuotes).where(eq(reflectionQuotes.reflectionId, id)).get()!;
    const before = getDb().select().from(reflections).where(eq(reflections.id, id)).get();
    for (const form of <Record<string, string>[]>[
      { intent: "save", programId: String(fjellby().id), kind: "free", freeText: "Overtatt" },
      { intent: "delete" },
      { intent: "quote", quote: "HEMMELIG-7Q" },
      { intent: "withdraw", quoteId: String(quote.id) },
    ]) {
      const result = await callAction(reflection.action, `/my/reflections/${id}`, form, { cookie, params });
      expect([403, 404], form.intent).toContain(result.status);
    }
    expect(getDb().select().from(reflections).where(eq(reflections.id, id)).get()).toEqual(before);
    expect(getDb().select().from(reflectionQuotes).where(eq(reflectionQuotes.reflectionId, id)).all()).toEqual([quote]);
  });
});

describe("what the coordinator sees", () => {
  it("is only whether each leader has submitted the baseline and closing reflections", async () => {
    const { data } = await callLoader(status.loader, `/programs/${fjellby().id}/reflections/status`, {
      cookie: await signInAs(others.coordinator),
      params: { programId: String(fjellby().id) },
    });
    const kull3 = data.cohorts.find((c: { name: string }) => c.name === "Kull 3 – førstelinjeledere");
    const row = kull3.members.find((m: { name: string }) => m.name === "Lars Øverby");
    expect(Object.keys(row).sort()).toEqual(["baseline", "closing", "name", "personId"]);
    expect(row).toMatchObject({ baseline: true, closing: false });
    expect(kull3).toMatchObject({ baselineCount: 1, closingCount: 0, started: true });
  });

  it("has the group of one author suppressed in the figures: the author's ratings cannot be read off", async () => {
    const page = async (query = "") => {
      const { data } = await callLoader(indicators.loader, `/programs/${fjellby().id}/reflections${query}`, {
        cookie: await signInAs(others.coordinator),
        params: { programId: String(fjellby().id) },
      });
      const html = markupHtml(data.page);
      return { html, tables: drawnTables(html) };
    };
    const closed = await page();
    const firstLine = programIndicators(fjellby()).levels.find(({ level }) => level.isFirstLine)!.level;
    const levels = closed.tables.find((table) => table.caption === "Ledernivåer: svarandel og endring fra start til siste refleksjon")!;
    const line = levels.rows.find(([group]) => group!.startsWith(firstLine.name))!;
    expect(line.slice(1)).toEqual(["For få til å vise", "–", "–", "–", "–", "–"]);
    // Opened in full with its distribution, the level still has no table of its own: only that it is too small.
    const opened = await page(`?open=distribution-level-${firstLine.id}`);
    expect(opened.tables.map((table) => table.caption)).toEqual(closed.tables.map((table) => table.caption));
    const group = drawnArticle(opened.html, `level-${firstLine.id}`)!;
    expect(drawnText(group)).toContain("For få til å vise. Færre enn 5 har levert refleksjoner i denne gruppen.");
    expect(group).not.toContain("<table");
  });
});
