import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  programGoalFocusAreas,
  programGoals,
  programMembers,
  programs,
  programStatusChanges,
  focusAreas,
  strategies,
} from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as list from "../../../app/routes/programs._index";
import * as create from "../../../app/routes/programs.new";
import * as overview from "../../../app/routes/programs.$programId._index";
import * as edit from "../../../app/routes/programs.$programId.edit";
import * as goals from "../../../app/routes/programs.$programId.goals";
import * as members from "../../../app/routes/programs.$programId.members";
import * as partners from "../../../app/routes/programs.$programId.partners";
import * as home from "../../../app/routes/_index";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { elvik, fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let coordinator: string;
let elvikCoordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
  elvikCoordinator = await signInAs("coordinator@elvik.example.org");
});

const programCount = () => getDb().select({ n: count() }).from(programs).get()!.n;
const valid = {
  intent: "create",
  formId: "program",
  title: "Lederutvikling for nye ledere",
  purpose: "Gi nye ledere et godt første år.",
  mainFocus: "Rolleforståelse",
  periodStart: "2026-01-01",
  periodEnd: "2027-06-30",
  contactEmail: " Coordinator@Example.org ",
};

describe("programme record", () => {
  it("lists the organisation's programmes only, and the home cards link to them", async () => {
    const { data } = await callLoader(list.loader, "/programs", { cookie: elvikCoordinator });
    expect(data.programs.map((p: { title: string }) => p.title)).toEqual([elvik]);
    const union = await callLoader(list.loader, "/programs", { cookie: await signInAs("union@example.org") });
    expect(union.data).toMatchObject({ canCreate: false, programs: [{ title: fjellby }] });
    expect((await callLoader(list.loader, "/programs", { cookie: await signInAs("leader@example.org") })).status).toBe(403);
    expect((await callLoader(home.loader, "/", { cookie: coordinator })).data.coordinator.programs[0].id).toBe(lookup.program(fjellby).id);
  });

  it("creates a programme in planning, with the contact person found by e-mail in any case", async () => {
    const result = await callAction(create.action, "/programs/new", valid, { cookie: coordinator });
    expect(result.status).toBe(302);
    const created = lookup.program(valid.title);
    expect(result.location).toBe(`/programs/${created.id}`);
    expect(created).toMatchObject({
      organisationId: lookup.organisation("Fjellby politidistrikt").id,
      status: "planning",
      contactPersonId: lookup.person("coordinator@example.org").id,
      periodEnd: "2027-06-30",
    });
  });

  it("refuses bad input with errors at the fields and the values kept, writing nothing", async () => {
    const before = programCount();
    const result = await callAction(
      create.action,
      "/programs/new",
      { ...valid, title: "  ", periodStart: "2027-01-01", periodEnd: "2026-01-01", contactEmail: "nobody@example.org" },
      { cookie: coordinator },
    );
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)).toMatchObject({ title: ["programs.titleRequired"], periodEnd: ["programs.periodEndBeforeStart"] });
    expect(result.data.result.initialValue).toMatchObject({ purpose: valid.purpose });
    const unknownContact = await callAction(
      create.action,
      "/programs/new",
      { ...valid, contactEmail: "nobody@example.org" },
      { cookie: coordinator },
    );
    expect(unknownContact.status).toBe(400);
    expect(fieldErrors(unknownContact.data)).toEqual({ contactEmail: ["programs.personUnknown"] });
    // A contact person of another organisation is unknown here, too.
    const foreign = await callAction(
      create.action,
      "/programs/new",
      { ...valid, contactEmail: "coordinator@elvik.example.org" },
      { cookie: coordinator },
    );
    expect(fieldErrors(foreign.data)).toEqual({ contactEmail: ["programs.personUnknown"] });
    expect(programCount()).toBe(before);
  });

  it("edits the record", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const before = await callLoader(edit.loader, `/programs/${program.id}/edit`, { cookie: coordinator, params });
    expect(before.data.values).toMatchObject({ title: fjellby, contactEmail: "coordinator@example.org" });
    const result = await callAction(
      edit.action,
      `/programs/${program.id}/edit`,
      { ...before.data.values, intent: "update", formId: "program", mainFocus: "Rolleforståelse på alle nivåer" },
      { cookie: coordinator, params },
    );
    expect(result.location).toBe(`/programs/${program.id}`);
    expect(lookup.program(fjellby).mainFocus).toBe("Rolleforståelse på alle nivåer");
  });

  it("keeps other organisations' programmes out of reach: 404, nothing written", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    expect((await callLoader(overview.loader, "/", { cookie: elvikCoordinator, params })).status).toBe(404);
    const result = await callAction(edit.action, "/", { ...valid, intent: "update" }, { cookie: elvikCoordinator, params });
    expect(result.status).toBe(404);
    expect(lookup.program(fjellby).title).toBe(fjellby);
  });
});

describe("programme status", () => {
  const statusOf = (id: number) => getDb().select({ status: programs.status }).from(programs).where(eq(programs.id, id)).get()!.status;

  it("moves forward one step; skipping and going back without a reason are refused", async () => {
    const program = lookup.program(valid.title);
    const params = { programId: String(program.id) };
    const post = (fields: Record<string, string>) =>
      callAction(
        overview.action,
        `/programs/${program.id}`,
        { intent: "status", formId: "status", ...fields },
        { cookie: coordinator, params },
      );

    const skip = await post({ to: "completed" });
    expect(skip.status).toBe(400);
    expect(fieldErrors(skip.data)).toEqual({ to: ["programs.statusSkips"] });
    expect(statusOf(program.id)).toBe("planning");

    const forward = await post({ to: "active" });
    expect(forward.status).toBe(302);
    // Back to the dashboard with the status form closed, at the new status and its history.
    expect(forward.location).toBe(`/programs/${program.id}#status`);
    expect((await post({ to: "completed" })).status).toBe(302);
    expect(statusOf(program.id)).toBe("completed");

    const back = await post({ to: "active", reason: "  " });
    expect(back.status).toBe(400);
    expect(fieldErrors(back.data)).toEqual({ reason: ["programs.reasonRequired"] });
    expect(statusOf(program.id)).toBe("completed");

    expect((await post({ to: "active", reason: "En samling ble utsatt til våren." })).status).toBe(302);
    const history = getDb()
      .select()
      .from(programStatusChanges)
      .where(eq(programStatusChanges.programId, program.id))
      .orderBy(programStatusChanges.id)
      .all();
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      ["planning", "active", null],
      ["active", "completed", null],
      ["completed", "active", "En samling ble utsatt til våren."],
    ]);
    expect(history.every((h) => h.changedById === lookup.person("coordinator@example.org").id)).toBe(true);

    const page = await callLoader(overview.loader, `/programs/${program.id}`, { cookie: coordinator, params });
    expect(page.data.targets).toEqual([
      { status: "completed", needsReason: false },
      { status: "planning", needsReason: true },
    ]);
    expect(page.data.statusHistory[0].reason).toBe("En samling ble utsatt til våren.");
    // The form is drawn only when its link opens it.
    expect(page.data.statusOpen).toBe(false);
    const opened = await callLoader(overview.loader, `/programs/${program.id}?open=status`, { cookie: coordinator, params });
    expect(opened.data.statusOpen).toBe(true);
  });

  it("shows union representatives the overview but lets only coordinators change status", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const union = await signInAs("union@example.org");
    const page = await callLoader(overview.loader, "/", { cookie: union, params });
    expect(page.data).toMatchObject({ canEdit: false, grant: { amountAwardedOre: 500_000_00 } });
    const result = await callAction(overview.action, "/", { intent: "status", to: "completed" }, { cookie: union, params });
    expect(result.status).toBe(403);
    expect(statusOf(program.id)).toBe("active");
  });
});

describe("goals, members and partners", () => {
  it("links a goal to one or more of the organisation's focus areas", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const { data } = await callLoader(goals.loader, "/", { cookie: coordinator, params });
    const [first, second] = data.focusAreas.map((f: { value: string }) => f.value);
    const result = await callAction(
      goals.action,
      "/",
      { intent: "saveGoal", formId: "goal-new", title: "Felles språk om ledelse", focusAreaIds: [first, second] },
      { cookie: coordinator, params },
    );
    expect(result.status).toBe(302);
    const goal = getDb().select().from(programGoals).where(eq(programGoals.title, "Felles språk om ledelse")).get()!;
    const links = getDb().select().from(programGoalFocusAreas).where(eq(programGoalFocusAreas.goalId, goal.id)).all();
    expect(links.map((l) => String(l.focusAreaId)).sort()).toEqual([first, second].sort());

    const none = await callAction(
      goals.action,
      "/",
      { intent: "saveGoal", formId: "goal-new", title: "Uten område" },
      { cookie: coordinator, params },
    );
    expect(none.status).toBe(400);
    expect(fieldErrors(none.data)).toEqual({ focusAreaIds: ["programs.goalNeedsFocusArea"] });
  });

  it("never links a focus area of another organisation", async () => {
    const db = getDb();
    const elvikOrg = lookup.organisation("Elvik kommune");
    const strategy = db.insert(strategies).values({ organisationId: elvikOrg.id, title: "Elvik-strategien" }).returning().get();
    const foreign = db
      .insert(focusAreas)
      .values({ strategyId: strategy.id, title: "Elviks område", goal: "Mål", position: 1 })
      .returning()
      .get();
    const program = lookup.program(fjellby);
    const before = db.select({ n: count() }).from(programGoals).get()!.n;
    const result = await callAction(
      goals.action,
      "/",
      { intent: "saveGoal", formId: "goal-new", title: "Lånt mål", focusAreaIds: String(foreign.id) },
      { cookie: coordinator, params: { programId: String(program.id) } },
    );
    expect(result.status).toBe(404);
    expect(db.select({ n: count() }).from(programGoals).get()!.n).toBe(before);
  });

  it("adds and removes working group and secretariat members of the organisation only", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const leader = lookup.person("leader@example.org");
    const member = () =>
      getDb()
        .select()
        .from(programMembers)
        .where(and(eq(programMembers.programId, program.id), eq(programMembers.personId, leader.id)))
        .all();
    await callAction(
      members.action,
      "/",
      { intent: "addMember", formId: "member", email: "LEADER@example.org", group: "working_group" },
      { cookie: coordinator, params },
    );
    expect(member().map((m) => m.memberGroup)).toEqual(["working_group"]);
    const foreign = await callAction(
      members.action,
      "/",
      { intent: "addMember", formId: "member", email: "coordinator@elvik.example.org", group: "secretariat" },
      { cookie: coordinator, params },
    );
    expect(foreign.status).toBe(400);
    expect(fieldErrors(foreign.data)).toEqual({ email: ["programs.personUnknown"] });
    await callAction(
      members.action,
      "/",
      { intent: "removeMember", personId: String(leader.id), group: "working_group" },
      { cookie: coordinator, params },
    );
    expect(member()).toEqual([]);
  });

  it("records collaborating organisations, where an explicit 'none' is an answer", async () => {
    const program = lookup.program(valid.title);
    const params = { programId: String(program.id) };
    const post = (fields: Record<string, string>) => callAction(partners.action, "/", fields, { cookie: coordinator, params });
    expect((await callLoader(overview.loader, "/", { cookie: coordinator, params })).data.program.noCollaborators).toBe(false);
    await post({ intent: "noCollaborators", none: "true" });
    expect(lookup.program(valid.title).noCollaborators).toBe(true);
    await post({ intent: "addCollaborator", formId: "collaborator", name: "Nabodal kommune", description: "Felles samling" });
    expect(lookup.program(valid.title).noCollaborators).toBe(false);
    expect(await post({ intent: "noCollaborators", none: "maybe" })).toMatchObject({ status: 400 });
    const partner = await post({ intent: "addPartner", formId: "partner", name: "" });
    expect(fieldErrors(partner.data)).toEqual({ name: ["programs.nameRequired"] });
    const page = await callLoader(partners.loader, "/", { cookie: coordinator, params });
    expect(page.data.collaborators.map((c: { name: string }) => c.name)).toEqual(["Nabodal kommune"]);
  });

  it("keeps the seeded partner that facilitators belong to", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const { data } = await callLoader(partners.loader, "/", { cookie: coordinator, params });
    const result = await callAction(
      partners.action,
      "/",
      { intent: "removePartner", partnerId: String(data.partners[0].id) },
      { cookie: coordinator, params },
    );
    expect(result.status).toBe(409);
    expect(result.data).toEqual({ notice: "programs.partnerInUse" });
  });
});
