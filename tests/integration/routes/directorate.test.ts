import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as compareCsv from "../../../app/routes/directorate.compare[.]csv";
import * as compareXlsx from "../../../app/routes/directorate.compare[.]xlsx";
import * as compare from "../../../app/routes/directorate.compare";
import * as follow from "../../../app/routes/directorate.programs.$programId";
import * as followList from "../../../app/routes/directorate.programs._index";
import * as shared from "../../../app/routes/programs.$programId.shared";
import * as libraryRoute from "../../../app/routes/library";
import * as reportPage from "../../../app/routes/reports.$reportId";
import { createReportRequest, publishReport, startReport, submitReport } from "../../../app/server/report-workflow.server";
import { comparisonColumns } from "../../../app/components/comparison-table";
import { comparisonFor, comparisonPage, currentComparison, keepComparisonCurrent } from "../../../app/server/directorate.server";
import { focusChange } from "../../../app/domain/directorate";
import { indicatorKeys } from "../../../app/domain/report";
import { dayMs } from "../../../app/domain/time";
import { advanceClock, clock } from "../../../app/server/clock.server";
import { submitFeedback } from "../../../app/server/feedback.server";
import { getDb } from "../../../app/server/db.server";
import { gatheringByTitle } from "../../helpers/gatherings";
import { createLargeProgram } from "../../helpers/large-program";
import { recordQueries } from "../../helpers/query-plans";
import { comparisonRows } from "../../helpers/drawn-html";
import { callLoader, signInAs } from "../../helpers/routes";

const db = () => getDb().$client;
const rows = <T>(query: string, ...params: unknown[]) =>
  db()
    .prepare(query)
    .all(...params) as T[];

let directorate: string;
let storby: { programId: number; organisationId: number };

/**
 * Storby's leaders write a baseline and a later reflection: its first-line level (24 leaders) is
 * enough to show, its leadership group (4) is not.
 */
function writeReflections(programId: number) {
  const leaders = rows<{ id: number; levelId: number; cohortId: number }>(
    `select p.id, p.leader_level_id as levelId, m.cohort_id as cohortId from people p
     join cohort_memberships m on m.person_id = p.id join cohorts c on c.id = m.cohort_id
     where c.program_id = ? and m.left_at is null`,
    programId,
  );
  const insert = db().prepare(
    `insert into reflections (author_id, program_id, kind, status, leader_level_id, cohort_id, role_identity, role_clarity,
       other_levels_understanding, collaboration, leadership_confidence, submitted_at)
     values (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = clock.nowMs();
  for (const l of leaders) {
    insert.run(l.id, programId, "baseline", l.levelId, l.cohortId, 3, 2, 2, 3, 2, now - 200 * dayMs);
    insert.run(l.id, programId, "gathering", l.levelId, l.cohortId, 5, 4, 3, 4, 3, now - 20 * dayMs);
  }
}

beforeAll(async () => {
  directorate = await signInAs("directorate@example.org");
  storby = createLargeProgram(getDb(), { leaders: 40, name: "Storby politidistrikt" });
  writeReflections(storby.programId);
});

/** The comparison page as the browser gets it, with its one page of rows read back from their HTML as cell texts. */
const compareData = async (query = "") => {
  const { data } = await callLoader(compare.loader, `/directorate/compare${query}`, { cookie: directorate });
  return { ...data, rows: comparisonRows(data.rowsMarkup) };
};
/** Every row of the comparison for an address, with its figures (what the page and the files are made from). */
const compareRows = async (query = "") => comparisonFor(new URLSearchParams(query), await currentComparison()).rows;

describe("the directorate follows funded programmes", () => {
  it("lists every programme with a grant, and shows a live summary of one", async () => {
    const list = (await callLoader(followList.loader, "/directorate/programs", { cookie: directorate })).data;
    expect(list.programmes.map((p: { programId: number }) => p.programId)).toContain(storby.programId);
    const { data, status } = await callLoader(follow.loader, `/directorate/programs/${storby.programId}`, {
      cookie: directorate,
      params: { programId: String(storby.programId) },
    });
    expect(status).toBe(200);
    const levels = data.summary.model.about.levels as { name: string; figures: unknown; withheld: string | null }[];
    expect(levels.find((l) => l.name === "Ledergruppen")).toMatchObject({ figures: null, withheld: "too_few" });
    expect(levels.find((l) => l.name === "Førstelinjeledere")?.figures).not.toBeNull();
    expect(data.summary.model.about.gatherings).toEqual({ held: 24, upcoming: 6, cancelled: 0 });
    expect(data.summary.responseRates.find((r: { name: string }) => r.name === "Ledergruppen")).toMatchObject({ shown: false, rate: null });
    expect(data.summary.responseRates.find((r: { name: string }) => r.name === "Førstelinjeledere")).toMatchObject({
      shown: true,
      rate: 1,
    });
  });

  it("shows the coordinator exactly what the directorate sees", async () => {
    const coordinator = await signInAs("koordinator@storby-politidistrikt.example.org");
    const path = `/programs/${storby.programId}/shared`;
    const params = { programId: String(storby.programId) };
    const own = (await callLoader(shared.loader, path, { cookie: coordinator, params })).data;
    const theirs = (await callLoader(follow.loader, `/directorate/programs/${storby.programId}`, { cookie: directorate, params })).data;
    expect(own.summary).toEqual(theirs.summary);
  });

  it("answers 404 for a programme without a grant", async () => {
    const unfunded = rows<{ id: number }>("select p.id from programs p left join grants g on g.program_id = p.id where g.id is null")[0];
    if (!unfunded) return;
    const result = await callLoader(follow.loader, `/directorate/programs/${unfunded.id}`, {
      cookie: directorate,
      params: { programId: String(unfunded.id) },
    });
    expect(result.status).toBe(404);
  });
});

describe("the comparison across organisations", () => {
  it("shows indicator change by level, withholding groups under five", async () => {
    const row = (await compareRows("?indicator=roleClarity")).find((r) => r.programId === storby.programId)!;
    expect(row.focusLevelName).toBe("Førstelinjeledere");
    expect(row.levels).toEqual([
      expect.objectContaining({ name: "Ledergruppen", reported: false, change: expect.objectContaining({ roleClarity: null }) }),
      expect.objectContaining({ name: "Operative ledere", reported: true, change: expect.objectContaining({ roleClarity: 2 }) }),
      expect.objectContaining({ name: "Førstelinjeledere", isFocus: true, change: expect.objectContaining({ roleClarity: 2 }) }),
    ]);
    expect(row.participants).toBeGreaterThanOrEqual(5);
    expect(row.costPerParticipantOre).toBe(Math.round(row.spentOre / row.participants!));
  });

  it("shows feedback on held gatherings only from gatherings with five answers, in the page and the CSV alike", async () => {
    const fjellby = rows<{ id: number }>("select id from programs where title = 'Ledelse i Fjellby 2025–2027'")[0]!.id;
    const gathering = gatheringByTitle("Samling 1: Fra fagperson til leder");
    const present = rows<{ personId: number }>(
      "select person_id as personId from invitations where gathering_id = ? and attendance = 'present' order by id",
      gathering.id,
    );
    expect(present.length).toBeGreaterThanOrEqual(5);
    // A programme's own change (its feedback) is in the comparison at once.
    const fjellbyRow = async () => (await compareRows()).find((r) => r.programId === fjellby)!;
    expect((await fjellbyRow()).feedback).toEqual({ answered: false, figures: null });

    present.slice(0, 4).forEach((p, i) => submitFeedback(gathering.id, p.personId, { overall: 4 + (i % 2), relevance: 3, takeaway: "" }));
    expect((await fjellbyRow()).feedback).toEqual({ answered: true, figures: null });
    const columns = comparisonColumns("roleClarity", "nb");
    const overall = columns.find((c) => c.header.startsWith("Tilbakemelding: nytte"))!;
    expect(overall.text(await fjellbyRow())).toBe("for få til å vises");

    submitFeedback(gathering.id, present[4]!.personId, { overall: 5, relevance: 4, takeaway: "" });
    const row = await fjellbyRow();
    expect(row.feedback.figures).toMatchObject({ gatherings: 1, answers: 5, overall: 4.6, relevance: 3.2 });
    expect(overall.text(row)).toBe("4,6");
    const csv = (await compareCsv.loader({
      request: new Request("http://localhost/directorate/compare.csv", { headers: { Cookie: directorate } }),
      params: {},
      context: {} as never,
    })) as Response;
    const parsed = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ""), { delimiter: ";" }).data;
    const csvRow = parsed.find((r) => r.includes("Ledelse i Fjellby 2025–2027"))!;
    expect(csvRow[parsed[0]!.indexOf(overall.header)]).toBe("4,6");
  });

  it("filters by year, kind of organisation and focus area, and sorts with withheld values last", async () => {
    const year = new Date(clock.nowMs()).getUTCFullYear();
    expect((await compareData(`?year=${year}&kind=police_district`)).rows.map((r: { programId: number }) => r.programId)).toContain(
      storby.programId,
    );
    expect((await compareData("?kind=municipality")).rows.map((r: { programId: number }) => r.programId)).not.toContain(storby.programId);
    expect((await compareData("?year=2001")).rows).toEqual([]);
    const sorted = await compareRows("?sort=change&dir=desc");
    const changes = sorted.map((r) => r.levels.find((l) => l.isFocus)?.change.roleClarity ?? null);
    const firstNull = changes.indexOf(null);
    if (firstNull >= 0) expect(changes.slice(firstNull).every((c) => c === null)).toBe(true);
    const invalid = await compareData("?year=nope&kind=castle&sort=height");
    expect(invalid.invalid).toEqual(["year", "kind", "sort"]);
  });

  it("exports a CSV that Excel opens with æøå intact and that says what the page says", async () => {
    const query = "?indicator=collaboration&sort=spent&dir=desc";
    const page = await compareData(query);
    const response = (await compareCsv.loader({
      request: new Request(`http://localhost/directorate/compare.csv${query}`, { headers: { Cookie: directorate } }),
      params: {},
      context: {} as never,
    })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // The raw bytes: a UTF-8 byte order mark first (Response.text() would strip it).
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Førstelinjeledere (fokus)");
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ";" }).data.filter((r) => r.length > 1);
    const columns = comparisonColumns("collaboration", "nb");
    expect(parsed[0]).toEqual(columns.map((c) => c.header));
    expect(parsed[0]).toEqual(page.columns.map((c: { header: string }) => c.header));
    expect(parsed.slice(1)).toEqual((await compareRows(query)).map((r) => columns.map((c) => c.text(r))));
    // The page's first page says word for word what the file's first rows say.
    expect(parsed.slice(1, 1 + page.rows.length)).toEqual(page.rows.map((r: { cells: string[] }) => r.cells));
    expect(text.split("\r\n")[0]!.split(";")).toHaveLength(columns.length);
  });

  it("exports the same rows as an .xlsx workbook, numbers as numbers", async () => {
    const page = await compareData();
    const response = (await compareXlsx.loader({
      request: new Request("http://localhost/directorate/compare.xlsx", { headers: { Cookie: directorate } }),
      params: {},
      context: {} as never,
    })) as Response;
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(page.total + 1);
    const columns = comparisonColumns("roleClarity", "nb");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    const storbyRow = (await compareRows()).findIndex((r) => r.programId === storby.programId) + 2;
    const awarded = columns.findIndex((c) => c.sort === "awarded") + 1;
    expect(sheet.getRow(storbyRow).getCell(awarded).value).toBe(2_000_000);
  });
});

describe("the comparison a page at a time", () => {
  it("shows one page of rows as cell texts, every programme on some page, in the reader's order", async () => {
    const all = await compareRows("?sort=spent&dir=desc");
    expect(all.length).toBeGreaterThan(2);
    const size = 2;
    const pages = Math.ceil(all.length / size);
    const current = await currentComparison();
    const pageOf = (query: string) => comparisonPage(current, new URLSearchParams(query), "nb", size);
    const seen: number[] = [];
    for (let n = 1; n <= pages; n++) {
      const view = pageOf(`sort=spent&dir=desc&page=${n}`);
      expect(view).toMatchObject({ page: n, pages, total: all.length, first: (n - 1) * size + 1 });
      seen.push(...view.rows.map((r) => r.programId));
    }
    expect(seen).toEqual(all.map((r) => r.programId));
    // Past the last page shows the last; anything but a page number, the first.
    expect(pageOf("page=999").page).toBe(pages);
    expect(pageOf("page=zero").page).toBe(1);
    expect(pageOf("page=-3").page).toBe(1);
  });

  it("sends the browser the cells it shows, and the charts' figures only when they are opened", async () => {
    const closed = await compareData("?indicator=collaboration");
    expect(closed.charts).toBeNull();
    // The rows come as the HTML the page shows, drawn on the server, not as data to draw them from.
    const { data: sent } = await callLoader(compare.loader, "/directorate/compare?indicator=collaboration", { cookie: directorate });
    expect(sent).not.toHaveProperty("rows");
    expect(sent.rowCount).toBe(closed.rows.length);
    expect(closed.rows[0].cells).toHaveLength(closed.columns.length);
    expect(closed.rows.map((r: { programId: number }) => r.programId)).toEqual(
      comparisonPage(await currentComparison(), new URLSearchParams("indicator=collaboration"), "nb").rows.map((r) => r.programId),
    );
    const open = await compareData("?indicator=collaboration&open=charts");
    const rows = await compareRows("?indicator=collaboration");
    expect(open.charts).toEqual(
      open.rows.map((shown: { programId: number }) => {
        const row = rows.find((r) => r.programId === shown.programId)!;
        return { label: `${row.title} (${row.organisationName})`, changes: indicatorKeys.map((key) => focusChange(row, key)) };
      }),
    );
  });

  it("is the same rows for every directorate reader, each in their own language", async () => {
    const setLanguage = (language: string) =>
      db().prepare("update people set preferred_language = ? where email = 'directorate@example.org'").run(language);
    const norwegian = await compareData();
    setLanguage("en");
    try {
      const english = await compareData();
      expect(english.columns[0].header).toBe("Organisation");
      expect(norwegian.columns[0].header).toBe("Organisasjon");
      expect(english.rows.map((r: { programId: number }) => r.programId)).toEqual(
        norwegian.rows.map((r: { programId: number }) => r.programId),
      );
    } finally {
      setLanguage("nb");
    }
  });

  it("recomputes only the programme another connection changed, and keeps the rest", async () => {
    const before = await currentComparison();
    expect(await currentComparison()).toBe(before);
    const other = new Database(process.env.DATABASE_PATH!);
    try {
      other.prepare("update grants set amount_awarded_ore = amount_awarded_ore + 100 where program_id = ?").run(storby.programId);
    } finally {
      other.close();
    }
    const after = await currentComparison();
    expect(after).not.toBe(before);
    const storbyBefore = before.rows.find((r) => r.programId === storby.programId)!;
    const storbyAfter = after.rows.find((r) => r.programId === storby.programId)!;
    expect(storbyAfter.awardedOre).toBe(storbyBefore.awardedOre! + 100);
    for (const row of after.rows) if (row.programId !== storby.programId) expect(before.rows).toContain(row);
    expect(after.label).not.toBe(before.label);
  });

  it("assembles once for the requests that arrive while it is assembled", async () => {
    db().prepare("update grants set amount_applied_ore = amount_applied_ore where program_id = ?").run(storby.programId);
    const [first, second] = await Promise.all([currentComparison(), currentComparison()]);
    expect(second).toBe(first);
  });
});

describe("the comparison kept current in the background", () => {
  /** The queries a reader's call runs, and the comparison it gets. */
  const readerQueries = async () => {
    let read: Awaited<ReturnType<typeof currentComparison>> | undefined;
    const queries = await recordQueries(async () => (read = await currentComparison()));
    return { queries: queries.length, read: read! };
  };
  const awarded = (current: Awaited<ReturnType<typeof currentComparison>>) =>
    current.rows.find((r) => r.programId === storby.programId)!.awardedOre!;
  const raiseAward = () =>
    db().prepare("update grants set amount_awarded_ore = amount_awarded_ore + 1 where program_id = ?").run(storby.programId);

  it("is assembled when started and brought up to date every minute while readers are about, so a reader only checks the revisions", async () => {
    // The keeper's minute is fake; the assembly's turns between programmes (setImmediate) are real.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    raiseAward();
    const keeper = keepComparisonCurrent(60_000, 30 * 60_000);
    try {
      await keeper.latest();
      const kept = await readerQueries();
      expect(kept.queries).toBe(1);
      raiseAward();
      vi.advanceTimersByTime(60_000);
      await keeper.latest();
      const updated = await readerQueries();
      expect(updated.queries).toBe(1);
      expect(updated.read).not.toBe(kept.read);
      expect(awarded(updated.read)).toBe(awarded(kept.read) + 1);
    } finally {
      keeper.stop();
      vi.useRealTimers();
    }
  });

  it("is left for the next reader when nobody has read it for half an hour", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const keeper = keepComparisonCurrent(60_000, 30 * 60_000);
    advanceClock(31 * 60_000);
    try {
      await keeper.latest();
      const started = keeper.latest();
      raiseAward();
      vi.advanceTimersByTime(60_000);
      expect(keeper.latest()).toBe(started);
      expect((await readerQueries()).queries).toBeGreaterThan(1);
    } finally {
      keeper.stop();
      vi.useRealTimers();
      advanceClock(-31 * 60_000);
    }
  });
});

describe("privacy over every directorate page and export", () => {
  it("never shows a person's name or e-mail address, a quote or a reflection's text", async () => {
    const storbyId = String(storby.programId);
    const outputs = [
      JSON.stringify((await callLoader(followList.loader, "/directorate/programs", { cookie: directorate })).data),
      JSON.stringify(
        (await callLoader(follow.loader, `/directorate/programs/${storbyId}`, { cookie: directorate, params: { programId: storbyId } }))
          .data,
      ),
      JSON.stringify(await compareData()),
      JSON.stringify(await compareData("?open=charts")),
      JSON.stringify(await compareRows()),
      (await callLoader(compareCsv.loader, "/directorate/compare.csv", { cookie: directorate })).data as string,
    ];
    for (const p of rows<{ id: number }>("select p.id from programs p join grants g on g.program_id = p.id")) {
      const id = String(p.id);
      outputs.push(
        JSON.stringify(
          (await callLoader(follow.loader, `/directorate/programs/${id}`, { cookie: directorate, params: { programId: id } })).data,
        ),
      );
    }
    const people = rows<{ name: string; email: string }>("select name, email from people where length(name) > 0");
    const texts = rows<{ text: string }>("select free_text as text from reflections where length(free_text) > 10");
    for (const output of outputs) {
      for (const person of people) {
        expect(output.includes(person.email), person.email).toBe(false);
        expect(output.includes(person.name), person.name).toBe(false);
      }
      for (const { text } of texts) expect(output.includes(text)).toBe(false);
    }
  });
});

describe("the library of published reports", () => {
  const ids = { published: 0, submitted: 0 };
  let havby: string;
  const open = (reportId: number, cookie: string) =>
    callLoader(reportPage.loader, `/reports/${reportId}`, { cookie, params: { reportId: String(reportId) } });

  beforeAll(async () => {
    const directorId = rows<{ id: number }>("select id from people where email = 'directorate@example.org'")[0]!.id;
    const first = createReportRequest(
      { id: directorId },
      { programId: storby.programId, focusLevelId: null, focusText: "", dueOn: "2099-01-01" },
    );
    const second = createReportRequest(
      { id: directorId },
      { programId: storby.programId, focusLevelId: null, focusText: "", dueOn: "2099-06-01" },
    );
    ids.published = startReport(storby.programId, first)!;
    submitReport({ id: directorId }, ids.published);
    publishReport({ id: directorId }, ids.published);
    ids.submitted = startReport(storby.programId, second)!;
    submitReport({ id: directorId }, ids.submitted);
    createLargeProgram(getDb(), { leaders: 10, name: "Havby politidistrikt" });
    havby = await signInAs("koordinator@havby-politidistrikt.example.org");
  });

  it("lets another police district's coordinator read a published report, and nothing else of that organisation", async () => {
    expect((await open(ids.published, havby)).status).toBe(200);
    expect((await open(ids.submitted, havby)).status).toBe(404);
    const programPage = await callLoader(shared.loader, `/programs/${storby.programId}/shared`, {
      cookie: havby,
      params: { programId: String(storby.programId) },
    });
    expect(programPage.status).toBe(404);
    const library = (await callLoader(libraryRoute.loader, "/library", { cookie: havby })).data;
    const listed = library.reports.map((r: { id: number }) => r.id);
    expect(listed).toContain(ids.published);
    expect(listed).not.toContain(ids.submitted);
  });

  it("is not shared with another kind of organisation, whose own library stays empty of it", async () => {
    const elvik = await signInAs("coordinator@elvik.example.org");
    expect((await open(ids.published, elvik)).status).toBe(404);
    const library = (await callLoader(libraryRoute.loader, "/library", { cookie: elvik })).data;
    expect(library.reports.map((r: { id: number }) => r.id)).not.toContain(ids.published);
  });

  it("searches by text, level and year", async () => {
    const year = new Date(clock.nowMs()).getUTCFullYear();
    const search = async (query: string) =>
      (await callLoader(libraryRoute.loader, `/library${query}`, { cookie: havby })).data.reports.map((r: { id: number }) => r.id);
    expect(await search("?text=storby")).toEqual([ids.published]);
    expect(await search("?text=nowhere")).toEqual([]);
    expect(await search(`?year=${year}`)).toContain(ids.published);
    expect(await search("?year=2001")).toEqual([]);
    expect(await search("?level=Ledergruppen")).toEqual([]);
  });

  it("is refused to a leader outside any secretariat", async () => {
    const leader = await signInAs("leader@example.org");
    expect((await callLoader(libraryRoute.loader, "/library", { cookie: leader })).status).toBe(403);
  });
});
