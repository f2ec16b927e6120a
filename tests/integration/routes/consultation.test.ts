import { clock } from "../../../app/server/clock.server";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditEvents,
  commentAnswers,
  comments,
  consultationInvitees,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  people,
  programs,
} from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { toOsloLocalInput } from "../../../app/i18n/dates";
import * as invitee from "../../../app/routes/consultations.$consultationId";
import * as review from "../../../app/routes/consultations.$consultationId_.review";
import * as managed from "../../../app/routes/programs.$programId.direction.$version_.consultation";
import { flashAfter } from "../../helpers/flash";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

const db = getDb();
const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
const document = db.select().from(directionDocuments).where(eq(directionDocuments.programId, program.id)).get()!;
const version = (number: number) =>
  db
    .select()
    .from(directionVersions)
    .where(and(eq(directionVersions.documentId, document.id), eq(directionVersions.number, number)))
    .get()!;
const consultation = db
  .select()
  .from(consultations)
  .where(eq(consultations.versionId, version(2).id))
  .get()!;
const sections = db
  .select()
  .from(directionSections)
  .where(eq(directionSections.versionId, version(2).id))
  .orderBy(asc(directionSections.position))
  .all();
const section = (key: string) => sections.find((s) => s.key === key)!;
const personId = (email: string) => db.select().from(people).where(eq(people.email, email)).get()!.id;

const id = String(consultation.id);
const pagePath = `/consultations/${id}`;
const reviewPath = `${pagePath}/review`;
const managedPath = `/programs/${program.id}/direction/2/consultation`;
const SIRI = "siri.tillitsvalgt@fjellby.example.org";
const PETTER = "petter.tillitsvalgt@fjellby.example.org";
const KJELL = "kjell.tillitsvalgt@fjellby.example.org";
const CHIEF = "union@example.org";

const as = async (email: string) => ({ cookie: await signInAs(email), params: { consultationId: id } });
const asManager = async (email: string) => ({
  cookie: await signInAs(email),
  params: { programId: String(program.id), version: "2" },
});
const commentsBy = (email: string) =>
  db
    .select()
    .from(comments)
    .where(and(eq(comments.consultationId, consultation.id), eq(comments.authorId, personId(email))))
    .all();
const saveDraft = async (email: string, sectionKey: string, body: string) =>
  callAction(invitee.action, pagePath, { intent: "save-draft", sectionId: String(section(sectionKey).id), body }, await as(email));
const reviewForm = (intent: string, drafts: { id: number; body: string }[]) => {
  const form: Record<string, string> = { intent };
  drafts.forEach((d, i) => {
    form[`drafts[${i}].id`] = String(d.id);
    form[`drafts[${i}].body`] = d.body;
  });
  return form;
};

describe("the consultation page", () => {
  it("shows an invitee the version's sections and their own answered comments", async () => {
    const { status, data } = await callLoader(invitee.loader, pagePath, await as(PETTER));
    expect(status).toBe(200);
    expect(data.blockedBy).toBeNull();
    expect(data.sections.map((s: { title: string }) => s.title)).toEqual(sections.map((s) => s.title));
    const design = data.sections.find((s: { id: number }) => s.id === section("design").id);
    expect(design.submitted).toHaveLength(1);
    expect(design.submitted[0]).toMatchObject({ disposition: "partly", reason: "Tatt inn for felles samlinger." });
  });

  it("is a 404 to another organisation and a 403 to people who were not invited", async () => {
    expect((await callLoader(invitee.loader, pagePath, await as("coordinator@elvik.example.org"))).status).toBe(404);
    expect((await callLoader(invitee.loader, pagePath, await as("leader@example.org"))).status).toBe(403);
    const leader = await as("leader@example.org");
    expect((await callLoader(invitee.loader, "/consultations/x", { ...leader, params: { consultationId: "x" } })).status).toBe(404);
  });

  it("sends the coordinator, who follows it from the programme, to the programme's consultation page", async () => {
    const result = await callLoader(invitee.loader, pagePath, await as("coordinator@example.org"));
    expect(result.location).toBe(managedPath);
  });
});

describe("autosaved drafts", () => {
  it("keep one draft per person and section however often they are saved", async () => {
    for (const body of ["Første", "Første utkast", "Første utkast, ferdig skrevet."]) {
      const result = await saveDraft(SIRI, "goals", body);
      expect(result.status).toBe(200);
      expect(result.data).toMatchObject({ sectionId: section("goals").id, error: null, removed: false });
    }
    await saveDraft(SIRI, "design", "Mer tid til grupper.");
    await saveDraft(SIRI, "design", "Mer tid til refleksjon i grupper.");
    const mine = commentsBy(SIRI);
    expect(mine).toHaveLength(2);
    expect(mine.every((c) => c.status === "draft")).toBe(true);
    expect(mine.find((c) => c.sectionId === section("goals").id)!.body).toBe("Første utkast, ferdig skrevet.");
    expect(mine.find((c) => c.sectionId === section("design").id)!.body).toBe("Mer tid til refleksjon i grupper.");
  });

  it("drop the draft when the text is emptied", async () => {
    await saveDraft(SIRI, "roles", "Noe");
    expect(commentsBy(SIRI)).toHaveLength(3);
    const result = await saveDraft(SIRI, "roles", "   ");
    expect(result.data.removed).toBe(true);
    expect(commentsBy(SIRI)).toHaveLength(2);
  });

  it("refuse a text that is too long or a section of another version, writing nothing", async () => {
    const tooLong = await saveDraft(SIRI, "goals", "x".repeat(5001));
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.error).toBe("direction.commentTooLong");
    const oldSection = db
      .select()
      .from(directionSections)
      .where(eq(directionSections.versionId, version(1).id))
      .get()!;
    const elsewhere = await callAction(
      invitee.action,
      pagePath,
      { intent: "save-draft", sectionId: String(oldSection.id), body: "Feil versjon" },
      await as(SIRI),
    );
    expect(elsewhere.status).toBe(404);
    expect(commentsBy(SIRI).map((c) => c.body)).not.toContain("Feil versjon");
    expect(commentsBy(SIRI).find((c) => c.sectionId === section("goals").id)!.body).toBe("Første utkast, ferdig skrevet.");
  });

  it("cannot be written by someone who was not invited", async () => {
    const leader = await callAction(
      invitee.action,
      pagePath,
      { intent: "save-draft", sectionId: String(section("goals").id), body: "Uinvitert" },
      await as("leader@example.org"),
    );
    expect(leader.status).toBe(403);
    expect(commentsBy("leader@example.org")).toHaveLength(0);
    const coordinator = await callAction(
      invitee.action,
      pagePath,
      { intent: "save-draft", sectionId: String(section("goals").id), body: "Uinvitert" },
      await as("coordinator@example.org"),
    );
    expect(coordinator.status).toBe(302);
    expect(commentsBy("coordinator@example.org")).toHaveLength(0);
  });
});

describe("review and submit", () => {
  it("lists my drafts in section order", async () => {
    await saveDraft(SIRI, "target_groups", "Husk rådgiverne.");
    const { data } = await callLoader(review.loader, reviewPath, await as(SIRI));
    expect(data.drafts.map((d: { sectionTitle: string }) => d.sectionTitle)).toEqual(["Mål", "Målgrupper", "Utforming av samlingene"]);
  });

  it("submits nothing when one draft is invalid", async () => {
    const drafts = commentsBy(SIRI).map((c) => ({ id: c.id, body: c.body }));
    drafts[1]!.body = "";
    const empty = await callAction(review.action, reviewPath, reviewForm("submit", drafts), await as(SIRI));
    expect(empty.status).toBe(400);
    expect(empty.data.result.error["drafts[1].body"]).toEqual(["direction.commentRequired"]);
    drafts[1]!.body = "x".repeat(5001);
    const tooLong = await callAction(review.action, reviewPath, reviewForm("submit", drafts), await as(SIRI));
    expect(tooLong.status).toBe(400);
    expect(commentsBy(SIRI).every((c) => c.status === "draft")).toBe(true);
  });

  it("submits nothing when the list holds a comment that is not my draft", async () => {
    const drafts = commentsBy(SIRI).map((c) => ({ id: c.id, body: c.body }));
    const petters = commentsBy(PETTER)[0]!;
    const result = await callAction(
      review.action,
      reviewPath,
      reviewForm("submit", [...drafts, { id: petters.id, body: "Kapret" }]),
      await as(SIRI),
    );
    expect(result.status).toBe(409);
    expect(commentsBy(SIRI).every((c) => c.status === "draft")).toBe(true);
    expect(commentsBy(PETTER)[0]!.body).not.toBe("Kapret");
  });

  it("drops one draft and saves the others as edited", async () => {
    const drafts = commentsBy(SIRI).map((c) => ({ id: c.id, body: c.body }));
    const dropped = drafts.find((d) => d.body === "Husk rådgiverne.")!;
    dropped.body = "";
    drafts[0]!.body = "Mål som gjelder alle nivåer.";
    const siri = await as(SIRI);
    const result = await callAction(review.action, reviewPath, reviewForm(`remove:${dropped.id}`, drafts), siri);
    expect(result.location).toBe(reviewPath);
    expect(await flashAfter(result, siri.cookie)).toEqual({ key: "direction.reviewRemoved" });
    expect(
      commentsBy(SIRI)
        .map((c) => c.body)
        .sort(),
    ).toEqual(["Mer tid til refleksjon i grupper.", "Mål som gjelder alle nivåer."]);
  });

  it("submits all drafts at once, after which they are read-only", async () => {
    const drafts = commentsBy(SIRI).map((c) => ({ id: c.id, body: c.body }));
    const siri = await as(SIRI);
    const result = await callAction(review.action, reviewPath, reviewForm("submit", drafts), siri);
    expect(result.location).toBe(pagePath);
    expect(await flashAfter(result, siri.cookie)).toEqual({ key: "direction.submittedNotice", values: { count: 2 } });
    expect(commentsBy(SIRI).every((c) => c.status === "submitted" && c.submittedAt)).toBe(true);
    const edit = await callAction(
      review.action,
      reviewPath,
      reviewForm("save", [{ id: drafts[0]!.id, body: "Endret etterpå" }]),
      await as(SIRI),
    );
    expect(edit.status).toBe(409);
    expect(commentsBy(SIRI).map((c) => c.body)).not.toContain("Endret etterpå");
    const nothing = await callAction(review.action, reviewPath, reviewForm("submit", []), await as(SIRI));
    expect(nothing.status).toBe(400);
  });

  it("lets me start a new draft on a section I already commented on", async () => {
    await saveDraft(SIRI, "goals", "Et tillegg.");
    expect(
      commentsBy(SIRI)
        .filter((c) => c.sectionId === section("goals").id)
        .map((c) => c.status)
        .sort(),
    ).toEqual(["draft", "submitted"]);
    const drafts = commentsBy(SIRI).filter((c) => c.status === "draft");
    await callAction(review.action, reviewPath, reviewForm(`remove:${drafts[0]!.id}`, drafts), await as(SIRI));
  });
});

describe("answers", () => {
  const sirisOn = (key: string) => commentsBy(SIRI).find((c) => c.sectionId === section(key).id)!;
  const answer = (commentId: number, disposition: string, reason = "") => ({
    intent: "answer",
    commentId: String(commentId),
    disposition,
    reason,
  });
  const answerOf = (commentId: number) => db.select().from(commentAnswers).where(eq(commentAnswers.commentId, commentId)).get();

  it("come only from the secretariat", async () => {
    const comment = sirisOn("goals");
    const result = await callAction(managed.action, managedPath, answer(comment.id, "incorporated"), await asManager(KJELL));
    expect(result.status).toBe(403);
    expect(answerOf(comment.id)).toBeUndefined();
  });

  it("need a reason unless the comment was incorporated", async () => {
    const comment = sirisOn("goals");
    const result = await callAction(managed.action, managedPath, answer(comment.id, "partly"), await asManager(CHIEF));
    expect(result.status).toBe(400);
    expect(result.data.formId).toBe(`answer-${comment.id}`);
    expect(result.data.result.error.reason).toEqual(["direction.reasonRequired"]);
    const bad = await callAction(managed.action, managedPath, answer(comment.id, "maybe"), await asManager(CHIEF));
    expect(bad.status).toBe(400);
    expect(answerOf(comment.id)).toBeUndefined();
  });

  it("are recorded by a secretariat member, and can be revised", async () => {
    const goals = sirisOn("goals");
    const design = sirisOn("design");
    await callAction(managed.action, managedPath, answer(goals.id, "incorporated"), await asManager(CHIEF));
    await callAction(managed.action, managedPath, answer(design.id, "partly", "Første utkast"), await asManager(CHIEF));
    const result = await callAction(
      managed.action,
      managedPath,
      answer(design.id, "not_incorporated", "Tiden strekker ikke til."),
      await asManager("coordinator@example.org"),
    );
    expect(result.location).toBe(`${managedPath}#comment-${design.id}`);
    expect(answerOf(goals.id)).toMatchObject({ disposition: "incorporated", answeredById: personId(CHIEF) });
    expect(answerOf(design.id)).toMatchObject({
      disposition: "not_incorporated",
      reason: "Tiden strekker ikke til.",
      answeredById: personId("coordinator@example.org"),
    });
    const audited = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "comment"), eq(auditEvents.entityId, design.id)))
      .all();
    expect(audited.map((e) => e.details)).toEqual([{ disposition: "partly" }, { disposition: "not_incorporated" }]);
  });

  it("never come from the comment's own author", async () => {
    await saveDraft(CHIEF, "roles", "Hovedtillitsvalgt bør lede en sesjon.");
    const draft = commentsBy(CHIEF)[0]!;
    await callAction(review.action, reviewPath, reviewForm("submit", [{ id: draft.id, body: draft.body }]), await as(CHIEF));
    const own = await callAction(managed.action, managedPath, answer(draft.id, "incorporated"), await asManager(CHIEF));
    expect(own.status).toBe(403);
    expect(own.data.result.error[""]).toEqual(["direction.error.ownComment"]);
    expect(answerOf(draft.id)).toBeUndefined();
  });

  it("are seen by the commenter", async () => {
    const { data } = await callLoader(invitee.loader, pagePath, await as(SIRI));
    const design = data.sections.find((s: { id: number }) => s.id === section("design").id);
    expect(design.submitted[0]).toMatchObject({ disposition: "not_incorporated", reason: "Tiden strekker ikke til." });
  });

  it("are summarised per section, per group and for union representatives", async () => {
    // A leader invited through the secretariat comments as well: counted there, not with the union.
    const secretary = db
      .select({ email: people.email })
      .from(consultationInvitees)
      .innerJoin(people, eq(people.id, consultationInvitees.personId))
      .where(and(eq(consultationInvitees.consultationId, consultation.id), eq(consultationInvitees.inviteeGroup, "secretariat")))
      .get()!.email;
    await saveDraft(secretary, "evaluation", "Mål også tillit.");
    const draft = commentsBy(secretary).find((c) => c.status === "draft")!;
    await callAction(review.action, reviewPath, reviewForm("submit", [{ id: draft.id, body: draft.body }]), await as(secretary));

    const { data } = await callLoader(managed.loader, managedPath, await asManager("coordinator@example.org"));
    const { summary } = data.consultation;
    const bySection = Object.fromEntries(summary.bySection.map((r: { key: string; counts: object }) => [r.key, r.counts]));
    expect(bySection.goals).toMatchObject({ incorporated: 1, total: 1 });
    expect(bySection.design).toMatchObject({ partly: 1, not_incorporated: 1, total: 2 });
    expect(bySection.roles).toMatchObject({ unanswered: 1, total: 1 });
    expect(bySection.evaluation).toMatchObject({ unanswered: 1, total: 1 });
    expect(bySection.target_groups.total).toBe(0);
    const byGroup = Object.fromEntries(summary.byGroup.map((r: { group: string; counts: object }) => [r.group, r.counts]));
    expect(byGroup.union_reps).toMatchObject({ incorporated: 1, partly: 1, not_incorporated: 1, unanswered: 1, total: 4 });
    expect(byGroup.secretariat).toMatchObject({ unanswered: 1, total: 1 });
    expect(summary.unionReps.total).toBe(4);
    expect(summary.total.total).toBe(5);
    expect(data.consultation.comments).toHaveLength(5);
  });
});

describe("the deadline", () => {
  const at = (ms: number) => toOsloLocalInput(ms);
  it("is moved by the coordinator only, to a time in the future", async () => {
    const chief = await callAction(
      managed.action,
      managedPath,
      { intent: "deadline", deadline: at(clock.nowMs() + 20 * 86_400_000) },
      await asManager(CHIEF),
    );
    expect(chief.status).toBe(403);
    const past = await callAction(
      managed.action,
      managedPath,
      { intent: "deadline", deadline: "2020-05-01T12:00" },
      await asManager("coordinator@example.org"),
    );
    expect(past.status).toBe(400);
    expect(past.data.result.error.deadline).toEqual(["direction.error.deadlinePast"]);
    const later = at(clock.nowMs() + 20 * 86_400_000);
    const coordinator = await asManager("coordinator@example.org");
    const moved = await callAction(managed.action, managedPath, { intent: "deadline", deadline: later }, coordinator);
    expect(moved.location).toBe(managedPath);
    expect(await flashAfter(moved, coordinator.cookie)).toEqual({ key: "direction.deadlineChangedNotice" });
    const now = db.select().from(consultations).where(eq(consultations.id, consultation.id)).get()!;
    expect(toOsloLocalInput(now.deadline)).toBe(later);
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "deadline_changed")).all()).toHaveLength(1);
  });
});

describe("after the deadline", () => {
  it("takes no new drafts and no submissions", async () => {
    await saveDraft(KJELL, "goals", "Rett før fristen.");
    db.update(consultations)
      .set({ deadline: new Date(clock.nowMs() - 1000) })
      .where(eq(consultations.id, consultation.id))
      .run();
    const draft = await saveDraft(KJELL, "design", "For sent.");
    expect(draft.status).toBe(409);
    expect(draft.data.error).toBe("direction.error.closed");
    const pending = commentsBy(KJELL)[0]!;
    const submit = await callAction(
      review.action,
      reviewPath,
      reviewForm("submit", [{ id: pending.id, body: pending.body }]),
      await as(KJELL),
    );
    expect(submit.status).toBe(409);
    expect(commentsBy(KJELL).map((c) => [c.body, c.status])).toEqual([["Rett før fristen.", "draft"]]);
    const { data } = await callLoader(invitee.loader, pagePath, await as(KJELL));
    expect(data.blockedBy).toBe("direction.error.closed");
  });

  it("takes no comments on a decided version, and answers are settled", async () => {
    db.update(consultations)
      .set({ deadline: new Date(clock.nowMs() + 86_400_000) })
      .where(eq(consultations.id, consultation.id))
      .run();
    db.update(directionVersions)
      .set({ status: "decided", decidedAt: clock.now() })
      .where(eq(directionVersions.id, version(2).id))
      .run();
    const draft = await saveDraft(KJELL, "design", "Etter vedtaket.");
    expect(draft.status).toBe(409);
    expect(draft.data.error).toBe("direction.error.decided");
    const chiefs = commentsBy(CHIEF)[0]!;
    const result = await callAction(
      managed.action,
      managedPath,
      { intent: "answer", commentId: String(chiefs.id), disposition: "incorporated", reason: "" },
      await asManager("coordinator@example.org"),
    );
    expect(result.status).toBe(409);
  });
});
