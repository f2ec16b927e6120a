import { beforeAll, describe, expect, it } from "vitest";
import * as dissemination from "../../../app/routes/programs.$programId.dissemination";
import { getDb } from "../../../app/server/db.server";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";

const sql = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .all(...params) as T[];
const activities = (programId: number) =>
  sql<{ id: number; heldOn: string; audience: string; format: string; description: string }>(
    "select id, held_on as heldOn, audience, format, description from dissemination_activities where program_id = ? order by id",
    programId,
  );

let programId: number;
let coordinator: string;
const path = () => `/programs/${programId}/dissemination`;
const params = () => ({ programId: String(programId) });
const post = (form: Record<string, string>, cookie = coordinator) =>
  callAction(dissemination.action, path(), form, { cookie, params: params() });

beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
  programId = sql<{ id: number }>("select id from programs where title = 'Ledelse i Fjellby 2025–2027'")[0]!.id;
});

const activity = {
  intent: "save",
  heldOn: "2026-03-12",
  audience: "Direktoratet",
  format: "Skriftlig (artikkel, notat, nettsak)",
  description: "Notat om erfaringene.",
};

describe("the dissemination log", () => {
  it("adds, edits and deletes activities", async () => {
    const before = activities(programId).length;
    const created = await post(activity);
    expect(created.location).toBe(path());
    expect(await flashAfter(created, coordinator)).toEqual({ key: "report.dissemination.created" });
    const added = activities(programId).at(-1)!;
    expect(added).toMatchObject({ heldOn: "2026-03-12", audience: "Direktoratet", description: "Notat om erfaringene." });

    const page = await callLoader(dissemination.loader, `${path()}?edit=${added.id}`, { cookie: coordinator, params: params() });
    expect(page.data.editing).toMatchObject({ id: added.id, audience: "Direktoratet" });
    expect(page.data.activities).toHaveLength(before + 1);

    const edited = await post({ ...activity, id: String(added.id), audience: "Sjøvik politidistrikt", description: "" });
    expect(await flashAfter(edited, coordinator)).toEqual({ key: "report.dissemination.updated" });
    expect(activities(programId).at(-1)).toMatchObject({ id: added.id, audience: "Sjøvik politidistrikt", description: "" });

    const deleted = await post({ intent: "delete", id: String(added.id) });
    expect(await flashAfter(deleted, coordinator)).toEqual({ key: "report.dissemination.deleted" });
    expect(activities(programId)).toHaveLength(before);
  });

  it("explains bad input next to the field and saves nothing", async () => {
    const before = activities(programId);
    const result = await post({ intent: "save", heldOn: "12.03.2026", audience: " ", format: "", description: "x".repeat(2001) });
    expect(result.status).toBe(400);
    expect(result.data.result.error).toEqual({
      heldOn: ["report.dissemination.dateRequired"],
      audience: ["report.dissemination.audienceRequired"],
      format: ["report.dissemination.formatRequired"],
      description: ["form.tooLong"],
    });
    expect(activities(programId)).toEqual(before);
  });

  it("links the published report shown, from the coordinator's library, and refuses any other", async () => {
    const page = await callLoader(dissemination.loader, path(), { cookie: coordinator, params: params() });
    // Havnevik's published report: another police district's, in Fjellby's library.
    const shown = page.data.reports.find((r: { organisationName: string }) => r.organisationName === "Havnevik politidistrikt");
    expect(shown).toBeDefined();
    const linked = await post({ ...activity, reportId: String(shown.id) });
    expect(linked.status).toBe(302);
    const saved = sql<{ id: number; reportId: number | null }>(
      "select id, report_id as reportId from dissemination_activities where program_id = ? order by id desc limit 1",
      programId,
    )[0]!;
    expect(saved.reportId).toBe(shown.id);
    const listed = (await callLoader(dissemination.loader, path(), { cookie: coordinator, params: params() })).data.activities;
    expect(listed.find((a: { id: number }) => a.id === saved.id)).toMatchObject({
      reportId: shown.id,
      reportOrganisation: "Havnevik politidistrikt",
    });

    // A report that is not published (or does not exist) is no link to share: refused at the field, nothing saved.
    const unpublished = sql<{ id: number }>("select id from final_reports where status <> 'published'")[0]?.id ?? 987_654;
    const before = activities(programId);
    const refused = await post({ ...activity, reportId: String(unpublished) });
    expect(refused.status).toBe(400);
    expect(refused.data.result.error).toEqual({ reportId: ["report.dissemination.reportUnknown"] });
    expect(activities(programId)).toEqual(before);
    await post({ intent: "delete", id: String(saved.id) });
  });

  it("never touches another programme's activity", async () => {
    const elvik = sql<{ id: number }>("select id from programs where title = 'Lederløftet i Elvik'")[0]!.id;
    const foreign = getDb()
      .$client.prepare(
        "insert into dissemination_activities (program_id, held_on, audience, format) values (?, '2026-01-01', 'A', 'B') returning id",
      )
      .get(elvik) as { id: number };
    const edit = await post({ ...activity, id: String(foreign.id) });
    expect(edit.status).toBe(404);
    expect((await post({ intent: "delete", id: String(foreign.id) })).status).toBe(404);
    expect(activities(elvik)).toEqual([{ id: foreign.id, heldOn: "2026-01-01", audience: "A", format: "B", description: "" }]);
  });

  it("is for the programme's own coordinators", async () => {
    const elvik = await signInAs("coordinator@elvik.example.org");
    expect((await callLoader(dissemination.loader, path(), { cookie: elvik, params: params() })).status).toBe(404);
    expect((await post(activity, elvik)).status).toBe(404);
    const union = await signInAs("union@example.org");
    expect((await callLoader(dissemination.loader, path(), { cookie: union, params: params() })).status).toBe(403);
    expect((await post(activity, union)).status).toBe(403);
  });
});
