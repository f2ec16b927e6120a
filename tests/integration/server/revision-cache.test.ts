import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import * as builder from "../../../app/routes/programs.$programId.report_.$reportId";
import { formatMoney } from "../../../app/components/report-document";
import type { DrawnSection } from "../../../app/components/report-view";
import { translator } from "../../../app/i18n/catalog";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { liveReportModel, reportOfProgram } from "../../../app/server/report.server";
import { createReportRequest, startReport } from "../../../app/server/report-workflow.server";
import { cachedByRevision } from "../../../app/server/revision-cache.server";
import { reportFacts } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

const one = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...params) as T;
const run = (query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .run(...params);
/** A write by another connection to the same file, as a worker or a second server process makes. */
const fromOtherConnection = (query: string, ...params: unknown[]) => {
  const other = new Database(process.env.DATABASE_PATH!);
  try {
    other.prepare(query).run(...params);
  } finally {
    other.close();
  }
};

let fjellby: { id: number; organisationId: number };
let havnevik: { id: number };

beforeAll(() => {
  fjellby = one("select id, organisation_id as organisationId from programs where title = 'Ledelse i Fjellby 2025–2027'");
  havnevik = one("select id from programs where title = 'Trygge ledere i Havnevik'");
});

describe("cachedByRevision", () => {
  const counted = () => {
    let computed = 0;
    const read = (key: string, scopes: string[]) => cachedByRevision(key, scopes, () => ++computed);
    return { read, computed: () => computed };
  };
  const touchBudget = (programId: number) => run("update budget_lines set amount_ore = amount_ore + 1 where program_id = ?", programId);

  it("computes once while the counters it depends on stand", () => {
    const { read, computed } = counted();
    const scopes = [`program:${fjellby.id}`, "shared"];
    expect([read("test:a", scopes), read("test:a", scopes), read("test:a", scopes)]).toEqual([1, 1, 1]);
    expect(computed()).toBe(1);
  });

  it("computes again after a write to the programme, in this process or another, and not after another programme's", () => {
    const { read, computed } = counted();
    const scopes = [`program:${fjellby.id}`, "shared"];
    read("test:b", scopes);
    touchBudget(havnevik.id);
    read("test:b", scopes);
    expect(computed()).toBe(1);

    touchBudget(fjellby.id);
    read("test:b", scopes);
    expect(computed()).toBe(2);

    fromOtherConnection("update budget_lines set amount_ore = amount_ore + 1 where program_id = ?", fjellby.id);
    read("test:b", scopes);
    read("test:b", scopes);
    expect(computed()).toBe(3);
  });

  it("keeps different keys and different counters apart", () => {
    const { read, computed } = counted();
    read("test:c", ["shared"]);
    read("test:d", ["shared"]);
    read("test:c", [`program:${fjellby.id}`]);
    expect(computed()).toBe(3);
  });
});

/** The demo programme's one table longer than the builder draws at once: feedback per gathering. */
const LONG = "report-section-about-7";
describe("the report builder's figures, kept between requests", () => {
  let reportId: number;
  let cookies: Record<"coordinator" | "union" | "elvik" | "havnevik", string>;
  const path = () => `/programs/${fjellby.id}/report/${reportId}`;
  const params = () => ({ programId: String(fjellby.id), reportId: String(reportId) });
  const page = async (query = "", cookie = cookies.coordinator) => {
    const result = await callLoader(builder.loader, `${path()}${query}`, { cookie, params: params() });
    expect(result.status).toBe(200);
    return result.data.doc as { sections: DrawnSection[] };
  };
  const section = (doc: { sections: DrawnSection[] }, key: string) => doc.sections.find((s) => s.key === key)!;
  /** What the builder says was spent, and what the programme's figures say as read now, past every cache. */
  const spent = async () => reportFacts(section(await page(), "funds").blocksMarkup)[translator("nb")("report.funds.spent")];
  const spentNow = () => {
    const { funds } = liveReportModel(reportOfProgram(reportId, fjellby.id)!);
    return formatMoney(funds.spentOre, funds.currency, "nb");
  };

  beforeAll(async () => {
    cookies = {
      coordinator: await signInAs("coordinator@example.org"),
      union: await signInAs("union@example.org"),
      elvik: await signInAs("coordinator@elvik.example.org"),
      havnevik: await signInAs("coordinator@havnevik.example.org"),
    };
    const directorate = one<{ id: number }>("select id from people where email = 'directorate@example.org'");
    const dueOn = new Date(clock.nowMs() + 60 * 86_400_000).toISOString().slice(0, 10);
    const requestId = createReportRequest(directorate, { programId: fjellby.id, focusLevelId: null, focusText: "", dueOn });
    reportId = startReport(fjellby.id, requestId)!;
  });

  it("shows an expense written by another process", async () => {
    const before = await spent();
    expect(before).toBe(spentNow());
    const line = one<{ id: number }>("select id from budget_lines where program_id = ? order by id limit 1", fjellby.id);
    fromOtherConnection(
      "insert into expenses (budget_line_id, spent_on, description, amount_ore, created_at) values (?, ?, 'Kurslokale', 123400, ?)",
      line.id,
      clock.now().toISOString().slice(0, 10),
      clock.nowMs(),
    );
    expect(await spent()).toBe(spentNow());
    expect(await spent()).not.toBe(before);
  });

  it("shows the narrative just saved", async () => {
    await page();
    const text = { intent: "save", section: "summary", text: "Et år med samlinger." };
    const saved = await callAction(builder.action, path(), text, { cookie: cookies.coordinator, params: params() });
    expect(saved.status).toBe(302);
    expect(section(await page(), "summary").narrative).toBe("Et år med samlinger.");
  });

  it("draws only a long table that exists in full (?open=), and the same page for anything else", async () => {
    const blocks = async (query: string) => (await page(query)).sections.map((s) => s.blocksMarkup?.html ?? "");
    const closed = await blocks("");
    expect(closed.join("")).toContain(`?open=${LONG}`);
    const opened = await blocks(`?open=${LONG}`);
    expect(opened.join("")).not.toContain(`?open=${LONG}`);
    // Drawn as a table (a scrollable region), where the closed page has the link's paragraph by that id.
    expect(opened.join("")).toMatch(new RegExp(`role="region" aria-label="[^"]+" id="${LONG}"`));
    expect(closed.join("")).not.toMatch(new RegExp(`role="region" aria-label="[^"]+" id="${LONG}"`));
    for (const query of ["?open=report-section-about", "?open=about-7", `?open=${LONG}%22`, "?open=report-section-about-99"]) {
      expect(await blocks(query), query).toEqual(closed);
    }
  });

  it("gives the union representative the same figures, and other organisations still nothing", async () => {
    expect(await page("", cookies.union)).toEqual(await page());
    for (const cookie of [cookies.elvik, cookies.havnevik]) {
      const result = await callLoader(builder.loader, path(), { cookie, params: params() });
      expect(result.status).toBe(404);
    }
  });
});
