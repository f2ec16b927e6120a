import { clock } from "../../../app/server/clock.server";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { LoaderFunction } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { cohortMemberships, people } from "../../../db/schema";
import { englishCoordinator } from "../../helpers/lookups";
import { ratingKeys } from "../../../app/domain/indicators";
import * as layout from "../../../app/routes/programs.$programId.reflections";
import * as indicators from "../../../app/routes/programs.$programId.reflections._index";
import * as csv from "../../../app/routes/programs.$programId.reflections.export[.]csv";
import * as prompts from "../../../app/routes/programs.$programId.reflections.prompts";
import * as status from "../../../app/routes/programs.$programId.reflections.status";
import { getDb } from "../../../app/server/db.server";
import { programIndicators } from "../../../app/server/reflections.server";
import { drawnArticle, drawnTables, drawnText, markupHtml } from "../../helpers/drawn-html";
import { callLoader, signInAs } from "../../helpers/routes";
import { fjellby, leadersAtLevel, personByEmail, ratings, writeReflection } from "../../helpers/reflections";

const path = (rest = "") => `/programs/${fjellby().id}/reflections${rest}`;
const params = () => ({ programId: String(fjellby().id) });
const csvFor = async (email: string) =>
  (await callLoader(csv.loader, path("/export.csv"), { cookie: await signInAs(email), params: params() })).data as string;

/** The analytics page as its reader sees it: the drawn HTML the loader sends (staticMarkup), and its tables. */
const page = async (email = "coordinator@example.org", query = "") => {
  const { data } = await callLoader(indicators.loader, path(query), { cookie: await signInAs(email), params: params() });
  expect(Object.keys(data)).toEqual(["page"]);
  const html = markupHtml(data.page);
  return { html, tables: drawnTables(html) };
};
type Page = Awaited<ReturnType<typeof page>>;
const rowsOf = (drawn: Page, caption: string) => drawn.tables.find((table) => table.caption === caption)?.rows.slice(1);
/** A level's or cohort's line in its section's table: its response rate and the change of each measure (by name, as the link reads). */
const line = (drawn: Page, name: string) => {
  const rows = [...rowsOf(drawn, levelsCaption)!, ...rowsOf(drawn, cohortsCaption)!];
  const row = rows.find(([group]) => group === name || group!.startsWith(`${name} (`));
  return row && { group: row[0], response: row[1], changes: row.slice(2) };
};
/** A group's figures drawn in full: the means table (measure, start, latest, change) and the distribution, where drawn. */
const figures = (drawn: Page, name: string) => ({
  means: rowsOf(drawn, `Snitt ved start og sist, og endringen, for ${name}`),
  distribution: rowsOf(drawn, `Antall som valgte hver verdi, ${name}`),
});
const levelsCaption = "Ledernivåer: svarandel og endring fra start til siste refleksjon";
const cohortsCaption = "Kull: svarandel og endring fra start til siste refleksjon";
const levelId = (name: string) => programIndicators(fjellby()).levels.find(({ level }) => level.name === name)!.level.id;
/** The page with a level opened in full, with its distribution of answers (`?open=distribution-level-<id>`). */
const openedLevel = (name: string, email = "coordinator@example.org") => page(email, `?open=distribution-level-${levelId(name)}`);
const tooFew = "For få til å vise";

describe("indicator figures for the programme", () => {
  it("computes the seeded leadership group's baseline, latest and change", async () => {
    const group = programIndicators(fjellby()).levels.find(({ level }) => level.name === "Ledergruppen")!.figures as any;
    expect(group).toMatchObject({
      shown: true,
      authors: 8,
      members: 8,
      responseRate: 1,
      baselineAuthors: 8,
      // Seeded: the eight later reflections arrive one a day; the last three wait for two more
      // from the group before they are published (app/domain/disclosure.ts).
      pairedAuthors: 5,
    });
    // Seeded: clarity 2,3,2,3,… at baseline; 5,4,4,5,4,… latest.
    expect(group.measures.roleClarity.baseline).toEqual({ n: 8, mean: 2.5, distribution: [0, 4, 4, 0, 0] });
    expect(group.measures.roleClarity.latest.mean).toBeCloseTo(4.4);
    expect(group.measures.roleClarity.change).toBeCloseTo(2);
    expect(group.measures.collaboration.latest.mean).toBe(4);

    // The page draws the same figures, opened in full.
    const drawn = await openedLevel("Ledergruppen");
    const { means, distribution } = figures(drawn, "Ledergruppen");
    expect(means!.find(([measure]) => measure!.startsWith("Klarhet i egen rolle"))).toEqual([
      "Klarhet i egen rolle (1–5)",
      "2,5 (8)",
      // Five latest reflections published so far (see pairedAuthors).
      "4,4 (5)",
      "+2,0",
    ]);
    expect(distribution!.find(([measure, when]) => measure === "Klarhet i egen rolle" && when === "Start")).toEqual([
      "Klarhet i egen rolle",
      "Start",
      ...["0", "4", "4", "0", "0"],
      ...["", ""],
    ]);
    expect(drawn.html).toContain("Svarandel: 100\u00a0% (8 av 8 medlemmer har levert refleksjoner)");
  });

  it("shows a level only from its fifth author: too few at 4, figures at 5", async () => {
    const firstLine = leadersAtLevel("Førstelinjeledere");
    for (const [i, leader] of firstLine.slice(0, 4).entries()) {
      const result = await writeReflection(leader.email, {
        kind: "baseline",
        ...ratings({ identity: 1 + i, indicators: 2 }),
      });
      expect(result.status).toBe(302);
    }
    const four = await page();
    expect(line(four, "Førstelinjeledere")).toMatchObject({ response: tooFew, changes: ["–", "–", "–", "–", "–"] });
    expect(line(four, "Kull 3 – førstelinjeledere")!.response).toBe(tooFew);
    // Opened with its distribution, it still shows only that it is too small: no table of its own.
    const fourOpened = await openedLevel("Førstelinjeledere");
    expect(figures(fourOpened, "Førstelinjeledere")).toEqual({ means: undefined, distribution: undefined });
    const suppressed = drawnArticle(fourOpened.html, `level-${levelId("Førstelinjeledere")}`)!;
    expect(drawnText(suppressed)).toContain(`${tooFew}. Færre enn 5 har levert refleksjoner i denne gruppen.`);
    expect(suppressed).not.toContain("<table");
    const fourCsv = await csvFor("coordinator@example.org");
    const firstLineRows = fourCsv.split("\r\n").filter((row) => row.includes(";Førstelinjeledere;"));
    expect(firstLineRows).toEqual(["Etter ledernivå;Førstelinjeledere;ja;20;For få til å vise;;;;;;;"]);

    await writeReflection(firstLine[4]!.email, { kind: "baseline", ...ratings({ identity: 7, indicators: 4 }) });
    const five = await openedLevel("Førstelinjeledere");
    expect(line(five, "Førstelinjeledere")!.response).toBe("25\u00a0% (5 av 20)");
    const { means, distribution } = figures(five, "Førstelinjeledere");
    // Identity 1, 2, 3, 4 and 7: a mean of 3.4; clarity 2, 2, 2, 2 and 4: 2.4, with no latest yet.
    expect(means!.find(([measure]) => measure!.startsWith("Rolleidentitet"))).toEqual(["Rolleidentitet (1–7)", "3,4 (5)", "–", "–"]);
    expect(means!.find(([measure]) => measure!.startsWith("Klarhet i egen rolle"))).toEqual([
      "Klarhet i egen rolle (1–5)",
      "2,4 (5)",
      "–",
      "–",
    ]);
    expect(distribution!.find(([measure, when]) => measure === "Rolleidentitet" && when === "Start")).toEqual([
      "Rolleidentitet",
      "Start",
      ...["1", "1", "1", "1", "0", "0", "1"],
    ]);
    const fiveCsv = await csvFor("coordinator@example.org");
    expect(fiveCsv).toContain("Etter ledernivå;Førstelinjeledere;ja;20;5;25\u00a0%;Rolleidentitet;5;3,4;;;\r\n");
  });

  it("exports CSV in the reader's language: English uses commas and decimal points", async () => {
    const union = personByEmail("union@example.org");
    const nb = await callLoader(csv.loader, path("/export.csv"), {
      cookie: await signInAs(union.email),
      params: params(),
    });
    expect(nb.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(nb.headers.get("Content-Disposition")).toBe(`attachment; filename="reflection-indicators-${fjellby().id}.csv"`);
    expect(nb.data.startsWith("Gruppering;Gruppe;Førstelinjenivå;Medlemmer;")).toBe(true);
    // A byte order mark, so spreadsheet programs read the file as UTF-8 (Response.text() hides it).
    const raw = (await csv.loader({
      request: new Request(`http://localhost:3000${path("/export.csv")}`, {
        headers: { Cookie: await signInAs(union.email) },
      }),
      params: params(),
      context: { clientAddress: "127.0.0.1" },
    })) as Response;
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    getDb().update(people).set({ preferredLanguage: "en" }).where(eq(people.id, union.id)).run();
    const en = await csvFor(union.email);
    expect(en.startsWith("Grouping,Group,First-line level,Members,")).toBe(true);
    expect(en).toContain("By leader level,Ledergruppen,,8,8,100%,Clarity of my own role,8,2.5,5,4.4,+2.0\r\n");
    getDb().update(people).set({ preferredLanguage: "nb" }).where(eq(people.id, union.id)).run();
  });
});

describe("the page: each level and cohort as a line, one group opened in full", () => {
  it("gives every level and cohort its response and the change of each measure, and no figures in full", async () => {
    const closed = await page();
    const { levels, cohorts } = programIndicators(fjellby());
    expect(rowsOf(closed, levelsCaption)!.length).toBe(levels.length);
    expect(rowsOf(closed, cohortsCaption)!.length).toBe(cohorts.length);
    expect(levels.length).toBeGreaterThan(1);
    // Ledergruppen's line: all eight answered, and the change of each measure (clarity +2,0, as computed above).
    expect(line(closed, "Ledergruppen")).toEqual({
      group: "Ledergruppen",
      response: "100\u00a0% (8 av 8)",
      changes: ["+2,0", "+2,0", "+1,0", "+1,4", "+0,4"],
    });
    // The whole programme's figures are drawn in full, no group's; no distribution until one is opened.
    expect(drawnTables(closed.html).map((table) => table.caption)).toEqual([
      "Snitt ved start og sist, og endringen, for Hele programmet",
      levelsCaption,
      cohortsCaption,
    ]);
    expect(closed.html).toContain(`href="${path()}?open=distribution-overall#overall-distribution"`);
  });

  it("opens a level or a cohort by its id, its distribution only when asked", async () => {
    const id = levelId("Ledergruppen");
    const opened = await page("coordinator@example.org", `?open=level-${id}`);
    expect(line(opened, "Ledergruppen")!.group).toBe("Ledergruppen (vist under)");
    expect(opened.html).toContain(`<a class="ds-link" href="${path()}?open=level-${id}#level-${id}" aria-current="true">Ledergruppen</a>`);
    expect(figures(opened, "Ledergruppen").means).toHaveLength(ratingKeys.length);
    expect(figures(opened, "Ledergruppen").distribution).toBeUndefined();
    const withDistribution = await page("coordinator@example.org", `?open=distribution-level-${id}`);
    expect(figures(withDistribution, "Ledergruppen").distribution).toHaveLength(2 * ratingKeys.length);
    expect(withDistribution.html).toMatch(/<details [^>]*\bopen=""[^>]*id="level-\d+-distribution"/);
    // Its line is still marked as the one shown below.
    expect(withDistribution.html).toContain(`aria-current="true">Ledergruppen</a>`);
    expect(line(withDistribution, "Ledergruppen")!.group).toBe("Ledergruppen (vist under)");

    const cohort = programIndicators(fjellby()).cohorts.find(({ figures }) => figures.shown)!.cohort;
    const cohortOpened = await page("union@example.org", `?open=cohort-${cohort.id}`);
    expect(cohortOpened.html).toContain(`id="cohort-${cohort.id}">${cohort.name}`);
    expect(line(cohortOpened, cohort.name)!.group).toBe(`${cohort.name} (vist under)`);
    expect(figures(cohortOpened, cohort.name).distribution).toBeUndefined();
    const cohortDistribution = await page("union@example.org", `?open=distribution-cohort-${cohort.id}`);
    expect(figures(cohortDistribution, cohort.name).distribution).toHaveLength(2 * ratingKeys.length);
    expect(figures(cohortDistribution, "Ledergruppen").means).toBeUndefined();
  });

  it("opens nothing for a group that is not the programme's, or a malformed one", async () => {
    const closed = await page();
    const elvikLevel = getDb()
      .$client.prepare(
        "select l.id from leader_levels l join organisations o on o.id = l.organisation_id where o.name = 'Elvik kommune' limit 1",
      )
      .get() as { id: number };
    for (const query of [
      `?open=level-${elvikLevel.id}`,
      "?open=level-999999",
      "?open=level-x",
      "?open=cohort-1%20or%201",
      "?open=overall",
    ]) {
      expect((await page("coordinator@example.org", query)).html, query).toBe(closed.html);
    }
  });

  it("draws the page in the reader's language, from the same kept figures", async () => {
    // A second coordinator who reads English, added before either views the page: no write comes
    // between the two views, so the figures kept are the same and only the language tells the pages apart.
    const coordinator = personByEmail("coordinator@example.org");
    const english = englishCoordinator(coordinator.organisationId);
    const kept = programIndicators(fjellby());
    const nb = await page(coordinator.email);
    const en = await page(english.email);
    expect(programIndicators(fjellby())).toBe(kept);
    expect(en.tables.map((table) => table.caption)).toEqual([
      "Baseline and latest means, and the change, for The whole programme",
      "Leader levels: response rate and change from the start to the latest reflection",
      "Cohorts: response rate and change from the start to the latest reflection",
    ]);
    const groups = (drawn: Page, caption: string) => rowsOf(drawn, caption)!.map(([group]) => group);
    expect(groups(nb, levelsCaption)).toEqual(["Ledergruppen", "Operative ledere", "Førstelinjeledere (Førstelinjenivå)"]);
    expect(groups(en, "Leader levels: response rate and change from the start to the latest reflection")).toEqual([
      "Ledergruppen",
      "Operative ledere",
      "Førstelinjeledere (First-line level)",
    ]);
  });
});

describe("figures kept between requests", () => {
  it("follow a change written by another process, which the triggers record in the programme's revision", async () => {
    const clarityAtStart = async () =>
      (await openedLevel("Ledergruppen")).tables
        .find((table) => table.caption === "Antall som valgte hver verdi, Ledergruppen")!
        .rows.find(([measure, when]) => measure === "Klarhet i egen rolle" && when === "Start");
    const before = await clarityAtStart();
    const leaders = leadersAtLevel("Ledergruppen").map((l) => l.id);
    // A second connection to the same file, as a worker or a second server would have.
    const other = new Database(process.env.DATABASE_PATH!);
    try {
      other
        .prepare(
          `update reflections set role_clarity = 5
           where status = 'submitted' and kind = 'baseline' and author_id in (${leaders.join(",")})`,
        )
        .run();
    } finally {
      other.close();
    }
    expect(before!.slice(2, 7)).toEqual(["0", "4", "4", "0", "0"]);
    expect((await clarityAtStart())!.slice(2, 7)).toEqual(["0", "0", "0", "0", "8"]);
  });

  it("follow a change of membership, which is not a change of reflections", async () => {
    expect(line(await page(), "Ledergruppen")!.response).toBe("100\u00a0% (8 av 8)");
    const [leaving] = leadersAtLevel("Ledergruppen");
    getDb().update(cohortMemberships).set({ leftAt: clock.now() }).where(eq(cohortMemberships.personId, leaving!.id)).run();
    // Seven members now, all of whom answered; the one who left is no longer counted as a member who answered.
    expect(line(await page(), "Ledergruppen")!.response).toBe("100\u00a0% (7 av 7)");
  });
});

describe("who may see what in the programme's reflections tab", () => {
  const cases: [string, string, number][] = [
    ["coordinator@example.org", "", 200],
    ["coordinator@example.org", "/status", 200],
    ["coordinator@example.org", "/prompts", 200],
    ["union@example.org", "", 200],
    ["union@example.org", "/export.csv", 200],
    ["union@example.org", "/status", 403],
    ["union@example.org", "/prompts", 403],
    ["facilitator@example.org", "", 403],
    ["leader@example.org", "", 403],
    ["leader@example.org", "/export.csv", 403],
    ["coordinator@elvik.example.org", "", 404],
    ["coordinator@elvik.example.org", "/status", 404],
    ["directorate@example.org", "", 404],
    ["admin@example.org", "/export.csv", 404],
  ];
  const loaders: Record<string, LoaderFunction> = {
    "": indicators.loader,
    "/status": status.loader,
    "/prompts": prompts.loader,
    "/export.csv": csv.loader,
  };
  it.each(cases)("%s on reflections%s answers %i", async (email, sub, expected) => {
    const result = await callLoader(loaders[sub]!, path(sub), { cookie: await signInAs(email), params: params() });
    expect(result.status).toBe(expected);
  });

  it("offers the union representative only the indicators", async () => {
    const union = await callLoader(layout.loader, path(), {
      cookie: await signInAs("union@example.org"),
      params: params(),
    });
    expect(union.data.sections.map((s: { path: string }) => s.path)).toEqual([""]);
    const coordinator = await callLoader(layout.loader, path(), {
      cookie: await signInAs("coordinator@example.org"),
      params: params(),
    });
    expect(coordinator.data.sections.map((s: { path: string }) => s.path)).toEqual(["", "status", "prompts"]);
  });
});
