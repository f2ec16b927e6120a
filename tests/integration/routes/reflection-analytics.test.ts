import { clock } from "../../../app/server/clock.server";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { LoaderFunction } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { cohortMemberships, people } from "../../../db/schema";
import { ratingKeys } from "../../../app/domain/indicators";
import * as layout from "../../../app/routes/programs.$programId.reflections";
import * as indicators from "../../../app/routes/programs.$programId.reflections._index";
import * as csv from "../../../app/routes/programs.$programId.reflections.export[.]csv";
import * as prompts from "../../../app/routes/programs.$programId.reflections.prompts";
import * as status from "../../../app/routes/programs.$programId.reflections.status";
import { getDb } from "../../../app/server/db.server";
import { callLoader, signInAs } from "../../helpers/routes";
import { fjellby, leadersAtLevel, personByEmail, ratings, writeReflection } from "../../helpers/reflections";

const path = (rest = "") => `/programs/${fjellby().id}/reflections${rest}`;
const params = () => ({ programId: String(fjellby().id) });
const level = (data: any, name: string) => data.levels.find((l: any) => l.level.name === name);
const cohort = (data: any, name: string) => data.cohorts.find((c: any) => c.cohort.name === name);
const load = async (email: string, query = "") =>
  (await callLoader(indicators.loader, path(query), { cookie: await signInAs(email), params: params() })).data.indicators;
/** The page's figures: each level and cohort as its summary line. */
const summariesFor = (email = "coordinator@example.org") => load(email);
/** One level's figures in full, with its distribution of answers (`?open=distribution-level-<id>`). */
const levelFigures = async (name: string, email = "coordinator@example.org") => {
  const opened = await load(email, `?open=distribution-level-${level(await load(email), name).level.id}`);
  expect(opened.opened.name).toBe(name);
  return opened.opened.figures;
};
const csvFor = async (email: string) =>
  (await callLoader(csv.loader, path("/export.csv"), { cookie: await signInAs(email), params: params() })).data as string;

describe("indicator figures for the programme", () => {
  it("computes the seeded leadership group's baseline, latest and change", async () => {
    const group = await levelFigures("Ledergruppen");
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
    const four = await summariesFor();
    expect(level(four, "Førstelinjeledere").summary).toEqual({ members: 20, shown: false });
    expect(await levelFigures("Førstelinjeledere")).toEqual({ key: level(four, "Førstelinjeledere").level.id, members: 20, shown: false });
    expect(cohort(four, "Kull 3 – førstelinjeledere").summary.shown).toBe(false);
    const fourCsv = await csvFor("coordinator@example.org");
    const firstLineRows = fourCsv.split("\r\n").filter((row) => row.includes(";Førstelinjeledere;"));
    expect(firstLineRows).toEqual(["Etter ledernivå;Førstelinjeledere;ja;20;For få til å vise;;;;;;;"]);

    await writeReflection(firstLine[4]!.email, { kind: "baseline", ...ratings({ identity: 7, indicators: 4 }) });
    const five = await levelFigures("Førstelinjeledere");
    expect(five).toMatchObject({ shown: true, authors: 5, responseRate: 0.25 });
    expect(five.measures.roleIdentity.baseline).toEqual({
      n: 5,
      mean: (1 + 2 + 3 + 4 + 7) / 5,
      distribution: [1, 1, 1, 1, 0, 0, 1],
    });
    expect(five.measures.roleClarity.baseline.mean).toBeCloseTo(2.4);
    expect(five.measures.roleClarity.latest).toBeNull();
    expect(five.measures.roleClarity.change).toBeNull();
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
    const closed = await summariesFor();
    expect(closed.opened).toBeNull();
    expect(closed.levels.length).toBeGreaterThan(1);
    const group = await levelFigures("Ledergruppen");
    expect(level(closed, "Ledergruppen").summary).toEqual({
      shown: true,
      members: group.members,
      authors: group.authors,
      responseRate: group.responseRate,
      change: ratingKeys.map((k) => group.measures[k].change),
    });
    for (const { summary } of [...closed.levels, ...closed.cohorts]) expect(summary).not.toHaveProperty("measures");
    // The whole programme's figures are drawn in full; its distribution only when opened.
    expect(closed.overall.measures.roleClarity.baseline.distribution).toEqual([]);
  });

  it("opens a level or a cohort by its id, its distribution only when asked", async () => {
    const closed = await summariesFor();
    const id = level(closed, "Ledergruppen").level.id;
    const opened = await load("coordinator@example.org", `?open=level-${id}`);
    expect(opened.opened).toMatchObject({ id: `level-${id}`, name: "Ledergruppen", firstLine: false });
    expect(opened.opened.figures.measures.roleClarity.baseline).toMatchObject({ n: 8, mean: 2.5, distribution: [] });
    const withDistribution = await load("coordinator@example.org", `?open=distribution-level-${id}`);
    expect(withDistribution.opened.figures.measures.roleClarity.baseline.distribution).toEqual([0, 4, 4, 0, 0]);

    const firstCohort = closed.cohorts[0].cohort;
    const cohortOpened = await load("union@example.org", `?open=cohort-${firstCohort.id}`);
    expect(cohortOpened.opened).toMatchObject({ id: `cohort-${firstCohort.id}`, name: firstCohort.name });
  });

  it("opens nothing for a group that is not the programme's, or a malformed one", async () => {
    const elvikLevel = getDb()
      .$client.prepare(
        "select l.id from leader_levels l join organisations o on o.id = l.organisation_id where o.name = 'Elvik kommune' limit 1",
      )
      .get() as { id: number };
    for (const query of [`?open=level-${elvikLevel.id}`, "?open=level-999999", "?open=level-x", "?open=cohort-1%20or%201"]) {
      const result = await load("coordinator@example.org", query);
      expect(result.opened, query).toBeNull();
      expect(result.levels.length, query).toBeGreaterThan(1);
    }
  });
});

describe("figures kept between requests", () => {
  it("follow a change written by another process, which the triggers record in the programme's revision", async () => {
    const before = await levelFigures("Ledergruppen");
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
    const after = await levelFigures("Ledergruppen");
    expect(before.measures.roleClarity.baseline.mean).toBe(2.5);
    expect(after.measures.roleClarity.baseline).toEqual({ n: 8, mean: 5, distribution: [0, 0, 0, 0, 8] });
  });

  it("follow a change of membership, which is not a change of reflections", async () => {
    const before = level(await summariesFor(), "Ledergruppen").summary;
    const [leaving] = leadersAtLevel("Ledergruppen");
    getDb().update(cohortMemberships).set({ leftAt: clock.now() }).where(eq(cohortMemberships.personId, leaving!.id)).run();
    const after = level(await summariesFor(), "Ledergruppen").summary;
    expect([before.members, after.members]).toEqual([8, 7]);
    expect(after.responseRate).toBe(1);
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
