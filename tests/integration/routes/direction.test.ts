import { clock } from "../../../app/server/clock.server";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditEvents,
  cohorts,
  consultationInvitees,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  emailMessages,
  people,
  programMembers,
  programs,
} from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { osloDay, toOsloLocalInput } from "../../../app/i18n/dates";
import * as home from "../../../app/routes/_index";
import * as layout from "../../../app/routes/programs.$programId";
import * as overview from "../../../app/routes/programs.$programId.direction._index";
import * as versionPage from "../../../app/routes/programs.$programId.direction.$version";
import * as editPage from "../../../app/routes/programs.$programId.direction.$version_.edit";
import * as consultationPage from "../../../app/routes/programs.$programId.direction.$version_.consultation";
import * as compare from "../../../app/routes/programs.$programId.direction.compare";
import { flashAfter } from "../../helpers/flash";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

const db = getDb();
const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
const programId = String(program.id);
const base = `/programs/${programId}/direction`;
const as = async (email: string) => ({ cookie: await signInAs(email) });
const params = (extra: Record<string, string> = {}) => ({ programId, ...extra });

const document = db.select().from(directionDocuments).where(eq(directionDocuments.programId, program.id)).get()!;
const versionRow = (number: number) =>
  db
    .select()
    .from(directionVersions)
    .where(and(eq(directionVersions.documentId, document.id), eq(directionVersions.number, number)))
    .get();
const sectionsOf = (number: number) =>
  db
    .select()
    .from(directionSections)
    .where(eq(directionSections.versionId, versionRow(number)!.id))
    .orderBy(asc(directionSections.position))
    .all();
/** The edit form as the browser sends it, with `change` applied to the fields. */
const editForm = (number: number, intent: string, change: (s: { id: number; title: string; body: string }[]) => void = () => {}) => {
  const sections = sectionsOf(number).map((s) => ({ id: s.id, title: s.title, body: s.body }));
  change(sections);
  const form: Record<string, string> = { intent };
  sections.forEach((s, i) => {
    form[`sections[${i}].id`] = String(s.id);
    form[`sections[${i}].title`] = s.title;
    form[`sections[${i}].body`] = s.body;
  });
  return form;
};

describe("reading the direction document", () => {
  it("shows the coordinator every version, and the goals with their focus areas", async () => {
    const { status, data } = await callLoader(overview.loader, base, { ...(await as("coordinator@example.org")), params: params() });
    expect(status).toBe(200);
    expect(data.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, "consultation"],
      [1, "decided"],
    ]);
    expect(data.versions[0].open).toBe(true);
    expect(data.newVersionBlockedBy).toBe("direction.error.consultationOpen");
    expect(data.goals).toHaveLength(2);
    expect(data.goals[1].focusAreas.map((a: { title: string }) => a.title)).toHaveLength(2);
  });

  it("lets a union representative of the programme read, and tells them they are invited", async () => {
    const { status, data } = await callLoader(overview.loader, base, {
      ...(await as("kjell.tillitsvalgt@fjellby.example.org")),
      params: params(),
    });
    expect(status).toBe(200);
    expect(data.canEdit).toBe(false);
    expect(data.myConsultations).toHaveLength(1);
  });

  it("is a 404 to another organisation and a 403 to roles outside the programme's direction", async () => {
    expect((await callLoader(overview.loader, base, { ...(await as("coordinator@elvik.example.org")), params: params() })).status).toBe(
      404,
    );
    expect((await callLoader(overview.loader, base, { ...(await as("facilitator@example.org")), params: params() })).status).toBe(403);
    expect((await callLoader(overview.loader, base, { ...(await as("leader@example.org")), params: params() })).status).toBe(403);
  });

  it("renders the sections' Markdown and explains why the version cannot be decided yet", async () => {
    const { data } = await callLoader(versionPage.loader, `${base}/2`, {
      ...(await as("union@example.org")),
      params: params({ version: "2" }),
    });
    expect(data.sections[0].html).toContain("<strong>rolleforståelsen</strong>");
    expect(data.decision.blockedBy).toBe("direction.error.consultationOpen");
    expect(data.invitedToComment).toBe(true);
  });

  it("answers 404 for a version that does not exist or is not a number", async () => {
    const cookie = await as("coordinator@example.org");
    expect((await callLoader(versionPage.loader, `${base}/9`, { ...cookie, params: params({ version: "9" }) })).status).toBe(404);
    expect((await callLoader(versionPage.loader, `${base}/x`, { ...cookie, params: params({ version: "x" }) })).status).toBe(404);
  });

  it("compares two versions, showing added and removed text", async () => {
    const { data } = await callLoader(compare.loader, `${base}/compare?from=1&to=2`, {
      ...(await as("kjell.tillitsvalgt@fjellby.example.org")),
      params: params(),
    });
    const target = data.sections.find((s: { key: string }) => s.key === "target_groups");
    expect(target.change).toBe("changed");
    const text = (kind: string) =>
      target.body
        .filter((p: { kind: string }) => p.kind === kind)
        .map((p: { text: string }) => p.text)
        .join("");
    expect(text("added")).toContain("førstelinjeledere");
    expect(text("removed")).toContain("og");
    expect(data.sections.filter((s: { change: string }) => s.change === "unchanged")).toHaveLength(4);
    const missing = await callLoader(compare.loader, `${base}/compare?from=1&to=7`, {
      ...(await as("coordinator@example.org")),
      params: params(),
    });
    expect(missing.status).toBe(404);
  });
});

describe("versions", () => {
  it("does not start a new version while the consultation is open", async () => {
    const result = await callAction(
      overview.action,
      base,
      { intent: "new-version" },
      { ...(await as("coordinator@example.org")), params: params() },
    );
    expect(result.status).toBe(409);
    expect(result.data.result.error[""]).toEqual(["direction.error.consultationOpen"]);
    expect(versionRow(3)).toBeUndefined();
  });

  it("lets only the secretariat and the coordinator start one", async () => {
    db.update(consultations)
      .set({ deadline: new Date(clock.nowMs() - 60_000) })
      .run();
    const rep = await callAction(
      overview.action,
      base,
      { intent: "new-version" },
      {
        ...(await as("kjell.tillitsvalgt@fjellby.example.org")),
        params: params(),
      },
    );
    expect(rep.status).toBe(403);
    expect(versionRow(3)).toBeUndefined();
  });

  it("starts version 3 as a copy of version 2", async () => {
    const result = await callAction(
      overview.action,
      base,
      { intent: "new-version" },
      { ...(await as("union@example.org")), params: params() },
    );
    expect(result.location).toBe(`${base}/3/edit`);
    expect(versionRow(3)!.status).toBe("draft");
    expect(sectionsOf(3).map((s) => [s.key, s.title, s.body])).toEqual(sectionsOf(2).map((s) => [s.key, s.title, s.body]));
    const again = await callAction(
      overview.action,
      base,
      { intent: "new-version" },
      { ...(await as("coordinator@example.org")), params: params() },
    );
    expect(again.status).toBe(409);
  });

  it("hides drafts from readers who do not edit", async () => {
    const rep = await as("kjell.tillitsvalgt@fjellby.example.org");
    expect((await callLoader(versionPage.loader, `${base}/3`, { ...rep, params: params({ version: "3" }) })).status).toBe(404);
    expect((await callLoader(overview.loader, base, { ...rep, params: params() })).data.versions).toHaveLength(2);
  });
});

describe("editing a draft", () => {
  const path = `${base}/3/edit`;

  it("saves every section as edited", async () => {
    const result = await callAction(
      editPage.action,
      path,
      editForm(3, "save", (s) => {
        s[0]!.body = "Nye mål med *vekt* på førstelinjen.";
      }),
      { ...(await as("coordinator@example.org")), params: params({ version: "3" }) },
    );
    expect(result.status).toBe(302);
    expect(sectionsOf(3)[0]!.body).toBe("Nye mål med *vekt* på førstelinjen.");
  });

  it("rejects an empty heading next to the field, saving nothing", async () => {
    const result = await callAction(
      editPage.action,
      path,
      editForm(3, "save", (s) => {
        s[0]!.body = "Skal ikke lagres";
        s[1]!.title = "  ";
      }),
      { ...(await as("coordinator@example.org")), params: params({ version: "3" }) },
    );
    expect(result.status).toBe(400);
    expect(result.data.result.error["sections[1].title"]).toEqual(["direction.sectionTitleRequired"]);
    expect(sectionsOf(3)[0]!.body).toBe("Nye mål med *vekt* på førstelinjen.");
  });

  it("refuses a form built from another state of the draft", async () => {
    const form = editForm(3, "save", (s) => {
      s[0]!.body = "Fra en gammel fane";
    });
    delete form["sections[4].id"];
    delete form["sections[4].title"];
    delete form["sections[4].body"];
    const result = await callAction(editPage.action, path, form, {
      ...(await as("coordinator@example.org")),
      params: params({ version: "3" }),
    });
    expect(result.status).toBe(409);
    expect(sectionsOf(3)[0]!.body).toBe("Nye mål med *vekt* på førstelinjen.");
  });

  it("adds, moves and removes sections, keeping what was typed", async () => {
    const cookie = { ...(await as("union@example.org")), params: params({ version: "3" }) };
    const missingTitle = await callAction(editPage.action, path, editForm(3, "add"), cookie);
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.data.result.error.newTitle).toEqual(["direction.sectionTitleRequired"]);

    await callAction(editPage.action, path, { ...editForm(3, "add"), newTitle: "Økonomi" }, cookie);
    expect(sectionsOf(3).map((s) => s.key)).toEqual(["goals", "target_groups", "design", "roles", "evaluation", "okonomi"]);

    const added = sectionsOf(3).at(-1)!;
    const moved = await callAction(
      editPage.action,
      path,
      editForm(3, `up:${added.id}`, (s) => {
        s[5]!.body = "Tilskudd på 500 000 kroner.";
      }),
      cookie,
    );
    // Back to the moved section, the message in the flash rather than the address.
    expect(moved.location).toBe(`${path}#section-${added.id}`);
    expect(await flashAfter(moved, cookie.cookie)).toEqual({ key: "direction.savedNotice" });
    expect(sectionsOf(3).map((s) => s.key)).toEqual(["goals", "target_groups", "design", "roles", "okonomi", "evaluation"]);
    expect(sectionsOf(3)[4]!.body).toBe("Tilskudd på 500 000 kroner.");

    const roles = sectionsOf(3).find((s) => s.key === "roles")!;
    await callAction(editPage.action, path, editForm(3, `remove:${roles.id}`), cookie);
    expect(sectionsOf(3).map((s) => s.key)).toEqual(["goals", "target_groups", "design", "okonomi", "evaluation"]);
    expect(sectionsOf(3).map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it("is not open to union representatives outside the secretariat", async () => {
    const result = await callAction(editPage.action, path, editForm(3, "save"), {
      ...(await as("petter.tillitsvalgt@fjellby.example.org")),
      params: params({ version: "3" }),
    });
    expect(result.status).toBe(403);
  });
});

describe("opening a consultation", () => {
  const path = `${base}/3/consultation`;
  const deadline = toOsloLocalInput(clock.nowMs() + 10 * 86_400_000);
  const cohort3 = () => db.select().from(cohorts).where(eq(cohorts.rolloutOrder, 3)).get()!;
  const consultationEmails = () => db.select().from(emailMessages).where(eq(emailMessages.kind, "consultation_opened")).all();

  it("offers the groups and cohorts with how many each would invite", async () => {
    const { status, data } = await callLoader(consultationPage.loader, path, {
      ...(await as("coordinator@example.org")),
      params: params({ version: "3" }),
    });
    expect(status).toBe(200);
    expect(data.consultation).toBeNull();
    const { sizes } = data.opening;
    expect([sizes.union_reps, sizes.secretariat, sizes.working_group]).toEqual([4, 3, 4]);
    expect(sizes.cohorts.map((c: { members: number }) => c.members)).toEqual([8, 12, 20]);
    const rep = await callLoader(consultationPage.loader, path, { ...(await as("union@example.org")), params: params({ version: "3" }) });
    expect(rep.status).toBe(403);
  });

  it("is for the coordinator only", async () => {
    const form = { intent: "open", groups: "union_reps", deadline };
    const result = await callAction(consultationPage.action, path, form, {
      ...(await as("union@example.org")),
      params: params({ version: "3" }),
    });
    expect(result.status).toBe(403);
  });

  it("needs a group and a future deadline, and only the programme's cohorts", async () => {
    const cookie = { ...(await as("coordinator@example.org")), params: params({ version: "3" }) };
    const noGroup = await callAction(consultationPage.action, path, { intent: "open", deadline }, cookie);
    expect(noGroup.status).toBe(400);
    expect(noGroup.data.result.error.groups).toEqual(["direction.groupsRequired"]);
    const past = await callAction(
      consultationPage.action,
      path,
      { intent: "open", groups: "union_reps", deadline: "2020-01-01T12:00" },
      cookie,
    );
    expect(past.data.result.error.deadline).toEqual(["direction.error.deadlinePast"]);
    const nonsense = await callAction(
      consultationPage.action,
      path,
      { intent: "open", groups: "union_reps", deadline: "2026-02-31T12:00" },
      cookie,
    );
    expect(nonsense.data.result.error.deadline).toEqual(["direction.deadlineInvalid"]);
    const foreignCohort = await callAction(consultationPage.action, path, { intent: "open", cohortIds: "999999", deadline }, cookie);
    expect(foreignCohort.status).toBe(400);
    expect(foreignCohort.data.result.error[""]).toEqual(["direction.error.unknownCohort"]);
    expect(versionRow(3)!.status).toBe("draft");
  });

  it("invites the chosen groups, each person once, and queues one e-mail per invitee", async () => {
    const before = consultationEmails().length;
    const coordinator = await as("coordinator@example.org");
    const result = await callAction(
      consultationPage.action,
      path,
      { intent: "open", groups: ["union_reps", "secretariat"], cohortIds: String(cohort3().id), deadline },
      { ...coordinator, params: params({ version: "3" }) },
    );
    expect(result.status).toBe(302);
    const consultation = db
      .select()
      .from(consultations)
      .where(eq(consultations.versionId, versionRow(3)!.id))
      .get()!;
    expect(toOsloLocalInput(consultation.deadline)).toBe(deadline);
    expect(versionRow(3)!.status).toBe("consultation");

    const invited = db.select().from(consultationInvitees).where(eq(consultationInvitees.consultationId, consultation.id)).all();
    const count = (group: string) => invited.filter((i) => i.inviteeGroup === group).length;
    // 4 representatives; the chief representative counts there, not in the secretariat.
    expect(count("union_reps")).toBe(4);
    expect(count("secretariat")).toBe(2);
    expect(count("cohort")).toBe(20);
    expect(result.location).toBe(path);
    expect(await flashAfter(result, coordinator.cookie)).toEqual({ key: "direction.openedNotice", values: { count: 26 } });

    const emails = consultationEmails().filter((e) => (e.payload as { consultationId: number }).consultationId === consultation.id);
    expect(emails).toHaveLength(invited.length);
    expect(consultationEmails().length - before).toBe(invited.length);
    expect(new Set(emails.map((e) => e.recipientPersonId))).toEqual(new Set(invited.map((i) => i.personId)));
    expect(emails.every((e) => e.idempotencyKey === `consultation_opened:${consultation.id}:${e.recipientPersonId}`)).toBe(true);
    expect(db.select().from(auditEvents).where(eq(auditEvents.entity, "consultation")).all()).toMatchObject([
      {
        entityId: consultation.id,
        action: "opened",
        details: { invitees: invited.length, groups: ["union_reps", "secretariat", "cohort"] },
      },
    ]);
  });

  it("cannot be opened twice, so no e-mail goes out twice", async () => {
    const before = consultationEmails().length;
    const again = await callAction(
      consultationPage.action,
      path,
      { intent: "open", groups: "union_reps", deadline },
      { ...(await as("coordinator@example.org")), params: params({ version: "3" }) },
    );
    expect(again.status).toBe(409);
    expect(consultationEmails()).toHaveLength(before);
  });

  it("shows up on the home page of a leader invited through a cohort, linked to the consultation", async () => {
    const { data } = await callLoader(home.loader, "/", await as("leader@example.org"));
    const consultation = db
      .select()
      .from(consultations)
      .where(eq(consultations.versionId, versionRow(3)!.id))
      .get()!;
    expect(data.consultations.map((c: { id: number }) => c.id)).toEqual([consultation.id]);
  });
});

describe("deciding", () => {
  const path = `${base}/3`;

  it("waits for the consultation to close", async () => {
    const result = await callAction(
      versionPage.action,
      path,
      { day: osloDay(clock.now()) },
      {
        ...(await as("coordinator@example.org")),
        params: params({ version: "3" }),
      },
    );
    expect(result.status).toBe(409);
    expect(result.data.result.error[""]).toEqual(["direction.error.consultationOpen"]);
  });

  it("records the day and who recorded it, not a day in the future", async () => {
    db.update(consultations)
      .set({ deadline: new Date(clock.nowMs() - 60_000) })
      .where(eq(consultations.versionId, versionRow(3)!.id))
      .run();
    const cookie = { ...(await as("union@example.org")), params: params({ version: "3" }) };
    const future = await callAction(versionPage.action, path, { day: osloDay(clock.nowMs() + 3 * 86_400_000) }, cookie);
    expect(future.status).toBe(400);
    expect(versionRow(3)!.status).toBe("consultation");

    const result = await callAction(versionPage.action, path, { day: osloDay(clock.now()) }, cookie);
    expect(result.location).toBe(path);
    expect(await flashAfter(result, cookie.cookie)).toEqual({ key: "direction.decidedNotice" });
    const chief = db.select().from(people).where(eq(people.email, "union@example.org")).get()!;
    expect(versionRow(3)).toMatchObject({ status: "decided", decidedById: chief.id });
    expect(
      db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, "direction_version"), eq(auditEvents.action, "decided")))
        .all(),
    ).toMatchObject([{ actorId: chief.id, entityId: versionRow(3)!.id, details: { number: 3 } }]);
    const again = await callAction(versionPage.action, path, { day: osloDay(clock.now()) }, cookie);
    expect(again.status).toBe(409);
  });

  it("keeps a decided version as it is", async () => {
    const cookie = { ...(await as("coordinator@example.org")), params: params({ version: "3" }) };
    const page = await callLoader(editPage.loader, `${path}/edit`, cookie);
    expect(page.location).toBe(path);
    const result = await callAction(
      editPage.action,
      `${path}/edit`,
      editForm(3, "save", (s) => void (s[0]!.body = "x")),
      cookie,
    );
    expect(result.status).toBe(409);
    expect(sectionsOf(3)[0]!.body).toBe("Nye mål med *vekt* på førstelinjen.");
  });

  it("shows what version 3 changed from version 2", async () => {
    const { data } = await callLoader(compare.loader, `${base}/compare?from=2&to=3&mode=lines`, {
      ...(await as("coordinator@example.org")),
      params: params(),
    });
    expect(data.mode).toBe("lines");
    const change = Object.fromEntries(data.sections.map((s: { key: string; change: string }) => [s.key, s.change]));
    expect(change).toMatchObject({ goals: "changed", okonomi: "added", roles: "removed", design: "unchanged" });
  });
});

describe("a programme without a document", () => {
  it("gets one from the coordinator, version 1 with the standard sections in their language", async () => {
    const elvik = db.select().from(programs).where(eq(programs.title, "Lederløftet i Elvik")).get()!;
    const cookie = { ...(await as("coordinator@elvik.example.org")), params: { programId: String(elvik.id) } };
    const empty = await callAction(overview.action, `/programs/${elvik.id}/direction`, { title: "" }, cookie);
    expect(empty.status).toBe(400);
    const result = await callAction(overview.action, `/programs/${elvik.id}/direction`, { title: "Retning for Lederløftet" }, cookie);
    expect(result.location).toBe(`/programs/${elvik.id}/direction/1/edit`);
    const { data } = await callLoader(editPage.loader, result.location!, { ...cookie, params: { ...cookie.params, version: "1" } });
    expect(data.sections.map((s: { title: string }) => s.title)).toEqual([
      "Mål",
      "Målgrupper",
      "Utforming av samlingene",
      "Roller og ansvar",
      "Evaluering",
    ]);
    const twice = await callAction(overview.action, `/programs/${elvik.id}/direction`, { title: "Til" }, cookie);
    expect(twice.status).toBe(409);
  });
});

describe("a secretariat member who holds only the leader role", () => {
  it("opens the programme frame with the direction tab, and reads and edits the direction", async () => {
    const member = db
      .select({ email: people.email })
      .from(programMembers)
      .innerJoin(people, eq(people.id, programMembers.personId))
      .where(and(eq(programMembers.programId, program.id), eq(programMembers.memberGroup, "secretariat")))
      .all()
      .map((m) => m.email)
      .find((email) => email.endsWith("@fjellby.example.org"))!;
    const options = { ...(await as(member)), params: params() };
    const frame = await callLoader(layout.loader, `/programs/${programId}`, options);
    expect(frame.status).toBe(200);
    expect(frame.data.tabs.map((t: { path: string }) => t.path)).toEqual(["direction"]);
    expect((await callLoader(overview.loader, base, options)).status).toBe(200);
    const edit = await callLoader(editPage.loader, `${base}/3/edit`, { ...options, params: params({ version: "2" }) });
    expect(edit.status).not.toBe(403);
  });

  it("while a leader outside the secretariat stays out", async () => {
    const frame = await callLoader(layout.loader, `/programs/${programId}`, { ...(await as("leader@example.org")), params: params() });
    expect(frame.status).toBe(403);
    expect((await callLoader(overview.loader, base, { ...(await as("leader@example.org")), params: params() })).status).toBe(403);
  });
});
