import { clock } from "../../../app/server/clock.server";
import { beforeAll, describe, expect, it } from "vitest";
import * as portal from "../../../app/routes/reports._index";
import { getDb } from "../../../app/server/db.server";
import { createReportRequest, publishReport, startReport, submitReport } from "../../../app/server/report-workflow.server";
import { createLargeProgram } from "../../helpers/large-program";
import { callLoader, signInAs } from "../../helpers/routes";

const sql = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => sql<T>(query, ...params)[0]!;

let directorate: string;
const ids = { fjellby: 0, storby: 0, fjellbyOrg: 0, storbyOrg: 0 };

/** Requests, submits and publishes a report on `programId` with the focus on the named level. */
function publish(programId: number, levelName: string | null) {
  const directorateId = one<{ id: number }>("select id from people where email = 'directorate@example.org'").id;
  const level = levelName
    ? one<{ id: number }>(
        "select l.id from leader_levels l join programs p on p.organisation_id = l.organisation_id where p.id = ? and l.name = ?",
        programId,
        levelName,
      ).id
    : null;
  const request = createReportRequest({ id: directorateId }, { programId, focusLevelId: level, focusText: "", dueOn: "2099-01-01" });
  const reportId = startReport(programId, request)!;
  submitReport({ id: directorateId }, reportId);
  publishReport({ id: directorateId }, reportId);
  return reportId;
}

beforeAll(async () => {
  directorate = await signInAs("directorate@example.org");
  // The demo's published Havnevik report is set aside: this file publishes the reports it counts.
  getDb()
    .$client.prepare(
      "update final_reports set status = 'submitted' where program_id = (select id from programs where title = 'Trygge ledere i Havnevik')",
    )
    .run();
  const fjellby = one<{ id: number; org: number }>(
    "select id, organisation_id as org from programs where title = 'Ledelse i Fjellby 2025–2027'",
  );
  const storby = createLargeProgram(getDb(), { leaders: 40, name: "Storby politidistrikt" });
  getDb().$client.prepare("update grants set category = 'Kompetanseutvikling' where program_id = ?").run(storby.programId);
  ids.fjellbyOrg = fjellby.org;
  ids.storbyOrg = storby.organisationId;
  ids.fjellby = publish(fjellby.id, "Førstelinjeledere");
  ids.storby = publish(storby.programId, "Ledergruppen");
  // Published half an hour into 2024 in Oslo, still 2023 in UTC: the year is Oslo's.
  getDb()
    .$client.prepare("update final_reports set published_at = ? where id = ?")
    .run(Date.UTC(2023, 11, 31, 23, 30), ids.storby);
  // A draft elsewhere never shows.
  const elvik = one<{ id: number }>("select id from programs where title = 'Lederløftet i Elvik'").id;
  const directorateId = one<{ id: number }>("select id from people where email = 'directorate@example.org'").id;
  const request = createReportRequest({ id: directorateId }, { programId: elvik, focusLevelId: null, focusText: "", dueOn: "2099-01-01" });
  startReport(elvik, request);
});

const load = async (query = "") => (await callLoader(portal.loader, `/reports${query}`, { cookie: directorate })).data;
const reportIds = (data: { reports: { id: number }[] }) => data.reports.map((r) => r.id).sort();

describe("the directorate's portal", () => {
  it("lists published reports of every organisation, and offers the filters that occur", async () => {
    const data = await load();
    expect(reportIds(data)).toEqual([ids.fjellby, ids.storby].sort());
    const thisYear = clock.now().getFullYear();
    expect(data.options).toEqual({
      organisations: [
        { id: ids.fjellbyOrg, name: "Fjellby politidistrikt" },
        { id: ids.storbyOrg, name: "Storby politidistrikt" },
      ],
      years: [thisYear, 2024],
      categories: ["Kompetanseutvikling", "Organisasjons- og ledelsesutvikling"],
      focuses: ["Førstelinjeledere", "Ledergruppen"],
    });
    expect(data.invalid).toEqual([]);
  });

  it("filters by organisation, year, grant category and focus level", async () => {
    expect(reportIds(await load(`?organisationId=${ids.storbyOrg}`))).toEqual([ids.storby]);
    expect(reportIds(await load("?year=2024"))).toEqual([ids.storby]);
    expect(reportIds(await load(`?year=${clock.now().getFullYear()}`))).toEqual([ids.fjellby]);
    expect(reportIds(await load("?category=Organisasjons-+og+ledelsesutvikling"))).toEqual([ids.fjellby]);
    expect(reportIds(await load(`?focus=${encodeURIComponent("Førstelinjeledere")}`))).toEqual([ids.fjellby]);
    expect(reportIds(await load(`?focus=Ledergruppen&organisationId=${ids.fjellbyOrg}`))).toEqual([]);
    expect(reportIds(await load("?organisationId=&year=&category=&focus="))).toHaveLength(2);
  });

  it("names an invalid filter and leaves it out instead of failing", async () => {
    const data = await load(`?year=nineteen&organisationId=-3&category=${"x".repeat(300)}&focus=Ledergruppen`);
    expect(data.invalid).toEqual(["organisationId", "year", "category"]);
    expect(reportIds(data)).toEqual([ids.storby]);
  });

  it("compares key figures, with a focus level of fewer than five people withheld", async () => {
    const data = await load();
    const storby = data.reports.find((r: { id: number }) => r.id === ids.storby);
    const levels = sql<{ present: number; total: number; people: number }>(
      `select sum(i.attendance = 'present') as present, count(*) as total, count(distinct i.person_id) as people
       from invitations i join gatherings g on g.id = i.gathering_id join final_reports f on f.program_id = g.program_id
       where f.id = ? and g.status = 'held' and i.attendance is not null group by i.leader_level_id`,
      ids.storby,
    );
    const reported = levels.filter((l) => l.people >= 5);
    expect(reported).toHaveLength(2);
    const sum = (key: "present" | "total" | "people") => reported.reduce((s, l) => s + l[key], 0);
    expect(storby.figures).toMatchObject({
      awardedOre: 2_000_000_00,
      cohorts: 6,
      gatheringsHeld: 24,
      disseminationActivities: 5,
      unionRepresentatives: 5,
      overall: { people: sum("people"), rate: sum("present") / sum("total") },
      focus: { name: "Ledergruppen", figures: null, withheld: "too_few" },
    });
    // Fjellby's first-line leaders have had no gathering held: nothing to show, and no figures.
    const fjellby = data.reports.find((r: { id: number }) => r.id === ids.fjellby);
    expect(fjellby.figures.focus).toEqual({ name: "Førstelinjeledere", figures: null, withheld: "none" });
  });

  it("is for the directorate only", async () => {
    for (const email of ["coordinator@example.org", "union@example.org", "leader@example.org", "admin@example.org"]) {
      expect((await callLoader(portal.loader, "/reports", { cookie: await signInAs(email) })).status, email).toBe(403);
    }
  });
});
