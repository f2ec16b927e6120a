import { clock } from "../../../app/server/clock.server";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as home from "../../../app/routes/_index";
import * as builder from "../../../app/routes/programs.$programId.report_.$reportId";
import * as reportTab from "../../../app/routes/programs.$programId.report";
import * as portal from "../../../app/routes/reports._index";
import * as reportPage from "../../../app/routes/reports.$reportId";
import * as requestPage from "../../../app/routes/reports.request";
import { getDb } from "../../../app/server/db.server";
import { attendanceText } from "../../../app/components/report-document";
import type { DrawnSection } from "../../../app/components/report-view";
import type { ReportModel } from "../../../app/domain/report";
import { translator } from "../../../app/i18n/catalog";
import { liveReportModel } from "../../../app/server/report.server";
import { finalReports } from "../../../db/schema";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { reportFacts } from "../../helpers/drawn-html";
import { flashAfter } from "../../helpers/flash";

const sql = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => sql<T>(query, ...params)[0]!;
const run = (query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .run(...params);

const personId = (email: string) => one<{ id: number }>("select id from people where email = ?", email).id;
const reportRow = (id: number) =>
  getDb()
    .select()
    .from(finalReports)
    .all()
    .find((r) => r.id === id)!;
const emails = (kind: string) =>
  sql<{ recipient: number; key: string; payload: string }>(
    "select recipient_person_id as recipient, idempotency_key as key, payload from email_messages where kind = ? order by id",
    kind,
  );
const audits = (entity: string, entityId: number) =>
  sql<{ action: string; actor: number; org: number }>(
    "select action, actor_id as actor, organisation_id as org from audit_events where entity = ? and entity_id = ? order by id",
    entity,
    entityId,
  );

/** Canonical JSON written here on its own: keys sorted at every depth. */
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
        )
      : v;
const sha256 = (v: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(sortKeys(v)))
    .digest("hex");

const inDays = (days: number) => new Date(clock.nowMs() + days * 86_400_000).toISOString().slice(0, 10);

let cookies: Record<"directorate" | "coordinator" | "union" | "elvik" | "leader", string>;
let fjellby: { id: number; organisationId: number };
let firstLine: number;
let elvikLevel: number;

beforeAll(async () => {
  cookies = {
    directorate: await signInAs("directorate@example.org"),
    coordinator: await signInAs("coordinator@example.org"),
    union: await signInAs("union@example.org"),
    elvik: await signInAs("coordinator@elvik.example.org"),
    leader: await signInAs("leader@example.org"),
  };
  fjellby = one("select id, organisation_id as organisationId from programs where title = 'Ledelse i Fjellby 2025–2027'");
  firstLine = one<{ id: number }>(
    "select id from leader_levels where organisation_id = ? and is_first_line = 1",
    fjellby.organisationId,
  ).id;
  elvikLevel = one<{ id: number }>(
    "select l.id from leader_levels l join organisations o on o.id = l.organisation_id where o.name = 'Elvik kommune' limit 1",
  ).id;
});

describe("report requests", () => {
  it("lets the directorate pick any organisation's programme, named with its organisation", async () => {
    const { data } = await callLoader(requestPage.loader, "/reports/request", { cookie: cookies.directorate });
    expect(data.programs.map((p: { organisationName: string; title: string }) => `${p.organisationName}: ${p.title}`)).toEqual([
      "Elvik kommune: Lederløftet i Elvik",
      "Fjellby politidistrikt: Ledelse i Fjellby 2025–2027",
      "Havnevik politidistrikt: Trygge ledere i Havnevik",
      "Lövsjö kommun: Chefsprogrammet i Lövsjö 2027",
    ]);
    expect((await callLoader(requestPage.loader, "/reports/request", { cookie: cookies.coordinator })).status).toBe(403);
  });

  it("rejects bad input next to the field and writes nothing", async () => {
    const before = one<{ n: number }>("select count(*) as n from report_requests").n;
    const base = { programId: String(fjellby.id), focusLevelId: String(firstLine), focusText: "", dueOn: inDays(30) };
    const cases: [Record<string, string>, string, string][] = [
      [{ ...base, programId: "" }, "programId", "report.request.programRequired"],
      [{ ...base, focusLevelId: String(elvikLevel) }, "focusLevelId", "report.request.levelMismatch"],
      [{ ...base, dueOn: inDays(-1) }, "dueOn", "report.request.dueInPast"],
      [{ ...base, dueOn: "2026-02-30" }, "dueOn", "report.request.dueRequired"],
      [{ ...base, programId: "999999" }, "programId", "report.request.programRequired"],
    ];
    for (const [form, field, message] of cases) {
      const result = await callAction(requestPage.action, "/reports/request", form, { cookie: cookies.directorate });
      expect(result.status, field).toBe(400);
      expect(result.data.result.error[field], field).toEqual([message]);
    }
    expect(one<{ n: number }>("select count(*) as n from report_requests").n).toBe(before);
    expect(emails("report_requested")).toHaveLength(0);
    const forbidden = await callAction(requestPage.action, "/reports/request", base, { cookie: cookies.coordinator });
    expect(forbidden.status).toBe(403);
  });
});

describe("the report workflow", () => {
  let requestId: number;
  let reportId: number;
  const builderPath = () => `/programs/${fjellby.id}/report/${reportId}`;
  const builderParams = () => ({ programId: String(fjellby.id), reportId: String(reportId) });
  const nb = translator("nb");
  /** The overall attendance the builder shows the coordinator, as drawn in section 2. */
  const builderAttendance = async () => {
    const { data } = await callLoader(builder.loader, builderPath(), { cookie: cookies.coordinator, params: builderParams() });
    const about = (data.doc.sections as DrawnSection[]).find((s) => s.key === "about")!;
    return reportFacts(about.blocksMarkup)[nb("report.about.overall")];
  };
  const pageParams = () => ({ reportId: String(reportId) });

  it("asks the programme's coordinators by e-mail, audits it and shows it on their home page", async () => {
    const result = await callAction(
      requestPage.action,
      "/reports/request",
      { programId: String(fjellby.id), focusLevelId: String(firstLine), focusText: "Førstelinjeledernes rolle", dueOn: inDays(60) },
      { cookie: cookies.directorate },
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe("/reports");
    expect(await flashAfter(result, cookies.directorate)).toEqual({ key: "report.portal.requested" });
    requestId = one<{ id: number }>("select max(id) as id from report_requests").id;
    expect(
      one("select program_id as programId, focus_level_id as level, requested_by_id as by from report_requests where id = ?", requestId),
    ).toEqual({
      programId: fjellby.id,
      level: firstLine,
      by: personId("directorate@example.org"),
    });
    const coordinators = sql<{ id: number }>(
      "select p.id from people p join person_roles r on r.person_id = p.id and r.role = 'coordinator' where p.organisation_id = ?",
      fjellby.organisationId,
    ).map((c) => c.id);
    expect(emails("report_requested")).toEqual(
      coordinators.map((id) => ({ recipient: id, key: `report_requested:${requestId}:${id}`, payload: JSON.stringify({ requestId }) })),
    );
    expect(audits("report_request", requestId)).toEqual([
      { action: "created", actor: personId("directorate@example.org"), org: fjellby.organisationId },
    ]);
    const { data } = await callLoader(home.loader, "/", { cookie: cookies.coordinator });
    expect(data.coordinator.reportsDue).toContainEqual(
      expect.objectContaining({ requestId, programId: fjellby.id, dueOn: inDays(60), returned: false }),
    );
    const elvikHome = await callLoader(home.loader, "/", { cookie: cookies.elvik });
    expect(elvikHome.data.coordinator.reportsDue).toEqual([]);
  });

  it("lets a coordinator start the draft from the report tab, once", async () => {
    const tab = await callLoader(reportTab.loader, `/programs/${fjellby.id}/report`, {
      cookie: cookies.coordinator,
      params: { programId: String(fjellby.id) },
    });
    expect(tab.data.requests.find((r: { id: number }) => r.id === requestId)).toMatchObject({
      reportId: null,
      focusLevelName: "Førstelinjeledere",
    });
    const start = () =>
      callAction(
        reportTab.action,
        `/programs/${fjellby.id}/report`,
        { intent: "start", requestId: String(requestId) },
        {
          cookie: cookies.coordinator,
          params: { programId: String(fjellby.id) },
        },
      );
    const first = await start();
    expect(first.status).toBe(302);
    reportId = Number(first.location!.split("/").pop());
    expect((await start()).location).toBe(first.location);
    expect(reportRow(reportId)).toMatchObject({ status: "draft", requestId, programId: fjellby.id });
    const unionStart = await callAction(
      reportTab.action,
      `/programs/${fjellby.id}/report`,
      { intent: "start", requestId: String(requestId) },
      {
        cookie: cookies.union,
        params: { programId: String(fjellby.id) },
      },
    );
    expect(unionStart.status).toBe(403);
  });

  it("keeps drafts from the directorate, other organisations and other roles", async () => {
    expect(
      (await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.directorate, params: pageParams() })).status,
    ).toBe(404);
    expect((await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.elvik, params: pageParams() })).status).toBe(404);
    expect((await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.leader, params: pageParams() })).status).toBe(
      403,
    );
    expect((await callLoader(builder.loader, builderPath(), { cookie: cookies.elvik, params: builderParams() })).status).toBe(404);
    expect((await callLoader(builder.loader, builderPath(), { cookie: cookies.directorate, params: builderParams() })).status).toBe(404);
    const own = await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.coordinator, params: pageParams() });
    expect(own.status).toBe(200);
    expect(own.data.canReview).toBe(false);
    const otherProgramme = await callLoader(builder.loader, builderPath(), {
      cookie: cookies.coordinator,
      params: { programId: "999999", reportId: String(reportId) },
    });
    expect(otherProgramme.status).toBe(404);
  });

  it("lets the coordinator write the narrative section by section and a union representative in the programme write the union statement", async () => {
    const save = (section: string, text: string, cookie = cookies.coordinator) =>
      callAction(
        builder.action,
        `${builderPath()}?edit=${section}`,
        { intent: "save", formId: "report-narrative", section, text },
        { cookie, params: builderParams() },
      );
    const saved = await save("summary", "Kort om prosjektet.");
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`${builderPath()}#report-section-summary`);
    expect(await flashAfter(saved, cookies.coordinator)).toEqual({ key: "report.builder.saved" });
    expect((await save("about", "Tre kull.")).status).toBe(302);

    // The section named in `?edit` is the one open for writing, for the coordinator only.
    const editing = (cookie: string, section: string) =>
      callLoader(builder.loader, `${builderPath()}?edit=${section}`, { cookie, params: builderParams() });
    expect((await editing(cookies.coordinator, "about")).data).toMatchObject({ canEdit: true, editing: "about" });
    expect((await editing(cookies.coordinator, "unionStatement")).data).toMatchObject({ editing: null });
    const union = await editing(cookies.union, "about");
    expect(union.data).toMatchObject({ canEdit: false, canEditStatement: true, editing: null });

    const statement = await callAction(
      builder.action,
      builderPath(),
      { intent: "statement", formId: "report-statement", unionStatement: "Vi har vært med fra start." },
      { cookie: cookies.union, params: builderParams() },
    );
    expect(statement.status).toBe(302);
    expect((await save("union", "Godt samarbeid.", cookies.union)).status).toBe(403);
    const coordinatorStatement = await callAction(
      builder.action,
      builderPath(),
      { intent: "statement", formId: "report-statement", unionStatement: "x" },
      { cookie: cookies.coordinator, params: builderParams() },
    );
    expect(coordinatorStatement.status).toBe(403);
    // The statement is not one of the coordinator's sections.
    expect((await save("unionStatement", "x")).status).toBe(400);

    // Saving a section keeps the others and the union representatives' statement.
    await save("contact", "Ring meg.");
    expect(reportRow(reportId).narrative).toEqual({
      summary: "Kort om prosjektet.",
      about: "Tre kull.",
      contact: "Ring meg.",
      unionStatement: "Vi har vært med fra start.",
    });

    const tooLong = await save("summary", "x".repeat(10_001));
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.result.error.text).toEqual(["form.tooLong"]);
    expect((reportRow(reportId).narrative as { summary: string }).summary).toBe("Kort om prosjektet.");
  });

  it("answers a refused form with the id of the form on the page it came from, so only that form shows the errors", async () => {
    const post = (form: Record<string, string>, cookie = cookies.coordinator) =>
      callAction(builder.action, `${builderPath()}?edit=summary`, form, { cookie, params: builderParams() });
    // The section editor posts its id (IntentForm); its errors and the text written come back to it.
    const tooLong = await post({ intent: "save", formId: "report-narrative", section: "summary", text: "x".repeat(10_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.formId).toBe("report-narrative");
    expect(tooLong.data.result.error).toEqual({ text: ["form.tooLong"] });
    expect(tooLong.data.result.initialValue).toMatchObject({ section: "summary", text: "x".repeat(10_001) });
    const unknownSection = await post({ intent: "save", formId: "report-narrative", section: "unionStatement", text: "x" });
    expect(unknownSection.status).toBe(400);
    expect(unknownSection.data.formId).toBe("report-narrative");
    expect(Object.keys(unknownSection.data.result.error)).toEqual(["section"]);
    // The union representative's statement form has an id of its own.
    const statement = await post({ intent: "statement", formId: "report-statement", unionStatement: "x".repeat(10_001) }, cookies.union);
    expect(statement.status).toBe(400);
    expect(statement.data).toMatchObject({ formId: "report-statement", result: { error: { unionStatement: ["form.tooLong"] } } });
    // A form the page never sends is the error page's.
    expect((await post({ intent: "publish" })).status).toBe(400);
    expect((reportRow(reportId).narrative as { summary: string }).summary).toBe("Kort om prosjektet.");
    expect((reportRow(reportId).narrative as { unionStatement: string }).unionStatement).toBe("Vi har vært med fra start.");
  });

  it("freezes figures and text on submission, hashed, and tells the directorate user who asked", async () => {
    const result = await callAction(
      builder.action,
      builderPath(),
      { intent: "submit" },
      { cookie: cookies.coordinator, params: builderParams() },
    );
    expect(result.location).toBe(builderPath());
    expect(await flashAfter(result, cookies.coordinator)).toEqual({ key: "report.builder.submitted" });
    const row = reportRow(reportId);
    expect(row).toMatchObject({ status: "submitted", submittedById: personId("coordinator@example.org") });
    expect(row.contentHash).toBe(sha256(row.snapshot));
    expect((row.snapshot as { narrative: { unionStatement: string } }).narrative.unionStatement).toBe("Vi har vært med fra start.");
    expect(emails("report_submitted").map((e) => e.recipient)).toEqual([personId("directorate@example.org")]);
    expect(audits("final_report", reportId)).toEqual([
      { action: "submitted", actor: personId("coordinator@example.org"), org: fjellby.organisationId },
    ]);
    const again = await callAction(
      builder.action,
      builderPath(),
      { intent: "submit" },
      { cookie: cookies.coordinator, params: builderParams() },
    );
    expect(again.status).toBe(409);
    // Said at the top of the page: the submit button has no field to speak at.
    expect(again.data).toEqual({ notice: "report.builder.wrongStatus" });
    const edit = await callAction(
      builder.action,
      builderPath(),
      { intent: "save", section: "summary", text: "Endret" },
      { cookie: cookies.coordinator, params: builderParams() },
    );
    expect(edit.status).toBe(409);
    expect(edit.data).toEqual({ notice: "report.builder.wrongStatus" });
    // A submitted report opens no editor, whatever the address asks.
    const opened = await callLoader(builder.loader, `${builderPath()}?edit=summary`, {
      cookie: cookies.coordinator,
      params: builderParams(),
    });
    expect(opened.data).toMatchObject({ canEdit: false, editing: null });
    expect(emails("report_submitted")).toHaveLength(1);
  });

  it("does not change the submitted report when attendance changes later", async () => {
    const snapshot = reportRow(reportId).snapshot;
    run(
      `update invitations set attendance = 'absent'
       where gathering_id in (select id from gatherings where program_id = ? and status = 'held')`,
      fjellby.id,
    );
    const live = liveReportModel(reportRow(reportId));
    expect(live.about.overall?.rate).toBe(0);
    for (const cookie of [cookies.coordinator, cookies.directorate]) {
      const { data } = await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie, params: pageParams() });
      expect(data.model).toEqual(snapshot);
      expect(data.model.about.overall.rate).toBeGreaterThan(0.8);
    }
    // The builder shows the snapshot's figures, not today's.
    expect(await builderAttendance()).toBe(attendanceText((snapshot as ReportModel).about.overall, null, nb, "nb"));
    expect(reportRow(reportId).contentHash).toBe(sha256(snapshot));
  });

  it("lets the directorate return it with a comment: a draft again, the comment kept, the programme told", async () => {
    const page = await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.directorate, params: pageParams() });
    expect(page.data.canReview).toBe(true);
    const empty = await callAction(
      reportPage.action,
      `/reports/${reportId}`,
      { intent: "return", comment: "  " },
      {
        cookie: cookies.directorate,
        params: pageParams(),
      },
    );
    expect(empty.status).toBe(400);
    expect(empty.data.result.error.comment).toEqual(["report.review.commentRequired"]);
    expect(reportRow(reportId).status).toBe("submitted");
    const byCoordinator = await callAction(
      reportPage.action,
      `/reports/${reportId}`,
      { intent: "publish" },
      {
        cookie: cookies.coordinator,
        params: pageParams(),
      },
    );
    expect(byCoordinator.status).toBe(403);

    const returned = await callAction(
      reportPage.action,
      `/reports/${reportId}`,
      { intent: "return", comment: "Utdyp del 4." },
      {
        cookie: cookies.directorate,
        params: pageParams(),
      },
    );
    expect(returned.location).toBe("/reports");
    expect(await flashAfter(returned, cookies.directorate)).toEqual({ key: "report.review.returned" });
    expect(reportRow(reportId)).toMatchObject({ status: "draft", returnComment: "Utdyp del 4.", snapshot: null, contentHash: null });
    // The contact person is one of the coordinators here: one e-mail each, not two.
    const contact = one<{ id: number }>("select contact_person_id as id from programs where id = ?", fjellby.id).id;
    expect(emails("report_returned").map((e) => e.recipient)).toEqual([contact]);
    expect(audits("final_report", reportId).map((a) => a.action)).toEqual(["submitted", "returned"]);

    const draft = await callLoader(builder.loader, builderPath(), { cookie: cookies.coordinator, params: builderParams() });
    expect(draft.data).toMatchObject({ returnComment: "Utdyp del 4.", canEdit: true, doc: { draft: true } });
    // Live figures again: the attendance changed after the first submission now shows.
    const live = liveReportModel(reportRow(reportId));
    expect(live.about.overall?.rate).toBe(0);
    expect(await builderAttendance()).toBe(attendanceText(live.about.overall, null, nb, "nb"));
    const { data } = await callLoader(home.loader, "/", { cookie: cookies.coordinator });
    expect(data.coordinator.reportsDue).toContainEqual(expect.objectContaining({ requestId, returned: true }));
    expect(
      (await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.directorate, params: pageParams() })).status,
    ).toBe(404);
  });

  it("publishes the resubmitted report, e-mails the programme and keeps an active programme active", async () => {
    const resubmit = await callAction(
      builder.action,
      builderPath(),
      { intent: "submit" },
      { cookie: cookies.coordinator, params: builderParams() },
    );
    expect(resubmit.status).toBe(302);
    expect(emails("report_submitted")).toHaveLength(2);
    const published = await callAction(
      reportPage.action,
      `/reports/${reportId}`,
      { intent: "publish" },
      {
        cookie: cookies.directorate,
        params: pageParams(),
      },
    );
    expect(published.location).toBe(`/reports/${reportId}`);
    expect(await flashAfter(published, cookies.directorate)).toEqual({ key: "report.review.published" });
    expect(reportRow(reportId)).toMatchObject({ status: "published", publishedById: personId("directorate@example.org") });
    expect(emails("report_published").map((e) => e.recipient)).toEqual([personId("coordinator@example.org")]);
    expect(audits("final_report", reportId).map((a) => a.action)).toEqual(["submitted", "returned", "submitted", "published"]);
    expect(one<{ status: string }>("select status from programs where id = ?", fjellby.id).status).toBe("active");
    const again = await callAction(
      reportPage.action,
      `/reports/${reportId}`,
      { intent: "publish" },
      {
        cookie: cookies.directorate,
        params: pageParams(),
      },
    );
    expect(again.status).toBe(409);
    expect(emails("report_published")).toHaveLength(1);
    const { data } = await callLoader(home.loader, "/", { cookie: cookies.coordinator });
    expect(data.coordinator.reportsDue.map((r: { requestId: number }) => r.requestId)).not.toContain(requestId);
  });

  it("shows the published report in the directorate's portal, with no individual's data", async () => {
    const { data } = await callLoader(portal.loader, "/reports", { cookie: cookies.directorate });
    const row = data.reports.find((r: { id: number }) => r.id === reportId);
    expect(row).toMatchObject({
      organisationName: "Fjellby politidistrikt",
      programTitle: "Ledelse i Fjellby 2025–2027",
      focusLevelName: "Førstelinjeledere",
    });
    expect(row.figures.focus).toMatchObject({ name: "Førstelinjeledere", figures: null });
    const page = await callLoader(reportPage.loader, `/reports/${reportId}`, { cookie: cookies.directorate, params: pageParams() });
    const leaders = sql<{ name: string; email: string }>(
      "select p.name, p.email from people p join person_roles r on r.person_id = p.id and r.role in ('leader', 'union_rep')",
    );
    for (const text of [JSON.stringify(data), JSON.stringify(page.data)]) {
      for (const leader of leaders) {
        expect(text).not.toContain(leader.name);
        expect(text).not.toContain(leader.email);
      }
      expect(text).not.toMatch(/personId|authorId/);
    }
    expect((await callLoader(portal.loader, "/reports", { cookie: cookies.coordinator })).status).toBe(403);
  });

  it("moves a completed programme to reported on publication, recording the change", async () => {
    const elvik = one<{ id: number }>("select id from programs where title = 'Lederløftet i Elvik'").id;
    run("update programs set status = 'completed' where id = ?", elvik);
    const request = await callAction(
      requestPage.action,
      "/reports/request",
      { programId: String(elvik), dueOn: inDays(10) },
      {
        cookie: cookies.directorate,
      },
    );
    expect(request.status).toBe(302);
    const elvikRequest = one<{ id: number }>("select max(id) as id from report_requests").id;
    const started = await callAction(
      reportTab.action,
      `/programs/${elvik}/report`,
      { intent: "start", requestId: String(elvikRequest) },
      {
        cookie: cookies.elvik,
        params: { programId: String(elvik) },
      },
    );
    const elvikReport = Number(started.location!.split("/").pop());
    await callAction(
      builder.action,
      started.location!,
      { intent: "submit" },
      {
        cookie: cookies.elvik,
        params: { programId: String(elvik), reportId: String(elvikReport) },
      },
    );
    await callAction(
      reportPage.action,
      `/reports/${elvikReport}`,
      { intent: "publish" },
      {
        cookie: cookies.directorate,
        params: { reportId: String(elvikReport) },
      },
    );
    expect(one("select status from programs where id = ?", elvik)).toEqual({ status: "reported" });
    expect(sql("select from_status as f, to_status as t, reason from program_status_changes where program_id = ?", elvik)).toEqual([
      { f: "completed", t: "reported", reason: "final_report_published" },
    ]);
    // The coordinators of one organisation never see another's report, published or not.
    expect(
      (
        await callLoader(reportPage.loader, `/reports/${elvikReport}`, {
          cookie: cookies.coordinator,
          params: { reportId: String(elvikReport) },
        })
      ).status,
    ).toBe(404);
  });
});
