import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import * as builder from "../../../app/routes/programs.$programId.report_.$reportId";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { createReportRequest, startReport } from "../../../app/server/report-workflow.server";
import { cachedByRevision } from "../../../app/server/revision-cache.server";
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

describe("the report builder's figures, kept between requests", () => {
  let reportId: number;
  let cookies: Record<"coordinator" | "union" | "elvik" | "havnevik", string>;
  const path = () => `/programs/${fjellby.id}/report/${reportId}`;
  const params = () => ({ programId: String(fjellby.id), reportId: String(reportId) });
  const model = async (cookie = cookies.coordinator) => {
    const result = await callLoader(builder.loader, path(), { cookie, params: params() });
    expect(result.status).toBe(200);
    return result.data.model;
  };
  const spent = (m: { funds: { spentOre: number } }) => m.funds.spentOre;

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
    const before = await model();
    const line = one<{ id: number }>("select id from budget_lines where program_id = ? order by id limit 1", fjellby.id);
    fromOtherConnection(
      "insert into expenses (budget_line_id, spent_on, description, amount_ore, created_at) values (?, ?, 'Kurslokale', 123400, ?)",
      line.id,
      clock.now().toISOString().slice(0, 10),
      clock.nowMs(),
    );
    expect(spent(await model())).toBe(spent(before) + 123400);
  });

  it("shows the narrative just saved", async () => {
    await model();
    const text = { intent: "save", section: "summary", text: "Et år med samlinger." };
    const saved = await callAction(builder.action, path(), text, { cookie: cookies.coordinator, params: params() });
    expect(saved.status).toBe(302);
    expect((await model()).narrative.summary).toBe("Et år med samlinger.");
  });

  it("names the one long table to draw in full (?open=), and nothing for anything else", async () => {
    const opened = async (query: string) =>
      (await callLoader(builder.loader, `${path()}${query}`, { cookie: cookies.coordinator, params: params() })).data.openTable;
    expect(await opened("?open=report-section-about-7")).toBe("report-section-about-7");
    for (const query of ["", "?open=report-section-about", "?open=about-7", "?open=report-section-about-7%22"]) {
      expect(await opened(query), query).toBeNull();
    }
  });

  it("gives the union representative the same figures, and other organisations still nothing", async () => {
    expect(await model(cookies.union)).toEqual(await model());
    for (const cookie of [cookies.elvik, cookies.havnevik]) {
      const result = await callLoader(builder.loader, path(), { cookie, params: params() });
      expect(result.status).toBe(404);
    }
  });
});
