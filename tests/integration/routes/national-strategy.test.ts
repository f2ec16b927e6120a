import { beforeAll, describe, expect, it } from "vitest";
import * as compare from "../../../app/routes/directorate.compare";
import * as strategyPage from "../../../app/routes/directorate.strategy";
import * as goalsPage from "../../../app/routes/programs.$programId.goals";
import * as organisationPage from "../../../app/routes/organisation";
import * as adoptPage from "../../../app/routes/organisation_.strategy";
import { getDb } from "../../../app/server/db.server";
import { orgFocusAreas } from "../../../app/server/organisation.server";
import { comparisonRows } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fjellby, lookup } from "../../helpers/lookups";

const db = () => getDb().$client;
let directorate: string;
let coordinator: string;
let elvik: string;
let strategyId: number;
const areaTitle = "Tillit og samhandling på tvers av nivåer";

beforeAll(async () => {
  directorate = await signInAs("directorate@example.org");
  coordinator = await signInAs("coordinator@example.org");
  elvik = await signInAs("coordinator@elvik.example.org");
});

const asDirectorate = (form: Record<string, string>) =>
  callAction(strategyPage.action, "/directorate/strategy", form, { cookie: directorate });
const nationalCopy = () => orgFocusAreas(lookup.organisation("Fjellby politidistrikt").id).find((a) => a.national)!;

describe("the national strategy", () => {
  it("is written by the directorate, and published only with a focus area", async () => {
    const created = await asDirectorate({
      intent: "createVersion",
      formId: "version-new",
      title: "Politiets lederstrategi",
      sectorKind: "police_district",
      fromYear: "2025",
      toYear: "2030",
    });
    expect(created.status).toBe(302);
    const again = await asDirectorate({
      intent: "createVersion",
      formId: "version-new",
      title: "Igjen",
      sectorKind: "police_district",
      fromYear: "2025",
      toYear: "2031",
    });
    expect(again.status).toBe(400);
    const backwards = await asDirectorate({
      intent: "createVersion",
      formId: "version-new",
      title: "Baklengs",
      sectorKind: "municipality",
      fromYear: "2030",
      toYear: "2025",
    });
    expect(backwards.status).toBe(400);
    const { versions } = (await callLoader(strategyPage.loader, "/directorate/strategy", { cookie: directorate })).data;
    strategyId = versions.find((v: { title: string }) => v.title === "Politiets lederstrategi").id;
    expect((await asDirectorate({ intent: "publish", strategyId: String(strategyId) })).status).toBe(409);
    await asDirectorate({
      intent: "saveArea",
      formId: "area-new",
      strategyId: String(strategyId),
      title: areaTitle,
      goal: "Ledere på alle nivåer forstår hverandres roller.",
      measures: "Felles samlinger",
      rationale: "Tillit bygges i møter.",
    });
    expect((await asDirectorate({ intent: "publish", strategyId: String(strategyId) })).status).toBe(302);
    // Published: frozen, even for the directorate.
    const areaId = db().prepare("select id from national_focus_areas where national_strategy_id = ?").get(strategyId) as { id: number };
    const edit = await asDirectorate({
      intent: "saveArea",
      formId: "area-x",
      strategyId: String(strategyId),
      areaId: String(areaId.id),
      title: "Endret",
      goal: "Endret",
    });
    expect(edit.status).toBe(404);
  });

  it("is refused to everyone but the directorate", async () => {
    expect(
      (
        await callAction(
          strategyPage.action,
          "/directorate/strategy",
          { intent: "publish", strategyId: String(strategyId) },
          { cookie: coordinator },
        )
      ).status,
    ).toBe(403);
  });

  it("is adopted by an organisation of its kind, and offered to no other kind", async () => {
    const offered = (await callLoader(adoptPage.loader, "/organisation/strategy", { cookie: elvik })).data.versions;
    expect(offered).toEqual([]);
    expect(
      (await callAction(adoptPage.action, "/organisation/strategy", { intent: "adopt", strategyId: String(strategyId) }, { cookie: elvik }))
        .status,
    ).toBe(404);

    const before = (await callLoader(adoptPage.loader, "/organisation/strategy", { cookie: coordinator })).data.versions;
    expect(before).toEqual([expect.objectContaining({ id: strategyId, adopted: false })]);
    expect(
      (
        await callAction(
          adoptPage.action,
          "/organisation/strategy",
          { intent: "adopt", strategyId: String(strategyId) },
          { cookie: coordinator },
        )
      ).status,
    ).toBe(302);
    await callAction(
      adoptPage.action,
      "/organisation/strategy",
      { intent: "adopt", strategyId: String(strategyId) },
      { cookie: coordinator },
    );
    const after = (await callLoader(adoptPage.loader, "/organisation/strategy", { cookie: coordinator })).data.versions;
    expect(after).toEqual([expect.objectContaining({ id: strategyId, adopted: true })]);
    const fjellbyAreas = orgFocusAreas(lookup.organisation("Fjellby politidistrikt").id);
    expect(fjellbyAreas.filter((a) => a.national).map((a) => a.title)).toEqual([areaTitle]);
    // Local focus areas stay beside it.
    expect(fjellbyAreas.some((a) => !a.national)).toBe(true);
  });

  it("cannot be edited or removed by the organisation", async () => {
    const copy = nationalCopy();
    const post = (form: Record<string, string>) => callAction(organisationPage.action, "/organisation", form, { cookie: coordinator });
    expect(
      (
        await post({
          intent: "saveFocusArea",
          formId: `focus-${copy.id}`,
          focusAreaId: String(copy.id),
          title: "Vårt eget",
          goal: "Noe annet",
        })
      ).status,
    ).toBe(404);
    expect((await post({ intent: "deleteFocusArea", focusAreaId: String(copy.id) })).status).toBe(404);
    expect(() => db().prepare("update focus_areas set title = 'Endret' where id = ?").run(copy.id)).toThrow(/national focus area/);
    expect(nationalCopy().title).toBe(areaTitle);
  });

  it("links a programme goal to a national focus area, which the comparison filters by", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const goals = (await callLoader(goalsPage.loader, `/programs/${program.id}/goals`, { cookie: coordinator, params })).data;
    expect(goals.focusAreas.map((f: { label: string }) => f.label)).toContain(areaTitle);
    const saved = await callAction(
      goalsPage.action,
      `/programs/${program.id}/goals`,
      { intent: "saveGoal", formId: "goal-new", title: "Bedre samhandling", description: "", focusAreaIds: String(nationalCopy().id) },
      { cookie: coordinator, params },
    );
    expect(saved.status).toBe(302);
    const data = (
      await callLoader(compare.loader, `/directorate/compare?focusArea=${encodeURIComponent(areaTitle)}`, { cookie: directorate })
    ).data;
    expect(data.options.focusAreas).toContain(areaTitle);
    const rows = comparisonRows(data.rowsMarkup);
    expect(rows.map((r) => r.programId)).toEqual([program.id]);
    // The page shows each row's cells as texts.
    const focusAreasColumn = data.columns.findIndex((c: { header: string }) => c.header === "Fokusområder");
    expect(rows[0]!.cells[focusAreasColumn]).toContain(areaTitle);
  });
});
