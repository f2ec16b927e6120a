import { clock } from "../../../app/server/clock.server";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { gatherings, invitations, reflectionAnswers, reflectionPrompts, reflections } from "../../../db/schema";
import * as home from "../../../app/routes/_index";
import * as timeline from "../../../app/routes/my.reflections._index";
import * as reflection from "../../../app/routes/my.reflections.$reflectionId";
import * as newReflection from "../../../app/routes/my.reflections.new";
import { getDb } from "../../../app/server/db.server";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { cohortByName, elvik, fjellby, heldGatheringOf, idFrom, personByEmail, ratings, writeReflection } from "../../helpers/reflections";

const lars = "leader@example.org";
const ingrid = "ingrid.haugen@fjellby.example.org";
const reflectionCount = () => getDb().select({ n: count() }).from(reflections).get()!.n;
const rowOf = (id: number) => getDb().select().from(reflections).where(eq(reflections.id, id)).get();
const promptIds = () =>
  getDb().select({ id: reflectionPrompts.id }).from(reflectionPrompts).where(eq(reflectionPrompts.programId, fjellby().id)).all();

describe("writing a reflection", () => {
  it("opens the form in the leader's programme, offering the baseline first", async () => {
    const { status, data } = await callLoader(newReflection.loader, "/my/reflections/new", {
      cookie: await signInAs(lars),
    });
    expect(status).toBe(200);
    expect(data.form.context.program.title).toBe("Ledelse i Fjellby 2025–2027");
    expect(data.form.context.prompts.map((p: { text: string }) => p.text)).toHaveLength(3);
    expect(data.form.defaults.kind).toBe("baseline");
  });

  it.each([
    ["0", "roleIdentity", "reflections.identityRange"],
    ["8", "roleIdentity", "reflections.identityRange"],
    ["0", "roleClarity", "reflections.indicatorRange"],
    ["6", "collaboration", "reflections.indicatorRange"],
  ])("refuses a rating of %s for %s with a field error, writing nothing", async (value, field, message) => {
    const before = reflectionCount();
    for (const intent of ["save", "submit"]) {
      const result = await writeReflection(lars, {
        kind: "baseline",
        intent,
        ...ratings({ identity: 4, indicators: 3 }),
        [field]: value,
      });
      expect(result.status).toBe(400);
      expect(result.data.result.error[field]).toEqual([message]);
    }
    expect(reflectionCount()).toBe(before);
  });

  it("needs every rating to submit, and says which are missing, writing nothing", async () => {
    const before = reflectionCount();
    const result = await writeReflection(lars, {
      kind: "baseline",
      roleIdentity: "4",
      roleClarity: "2",
      freeText: "Halvferdig",
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.data.result.error).sort()).toEqual(["collaboration", "leadershipConfidence", "otherLevelsUnderstanding"]);
    expect(result.data.result.error.collaboration).toEqual(["reflections.ratingRequired"]);
    expect(reflectionCount()).toBe(before);
  });

  let draftId = 0;
  it("keeps a draft without ratings, with answers to the prompts", async () => {
    const [p1, p2] = promptIds();
    const result = await writeReflection(lars, {
      kind: "baseline",
      intent: "save",
      freeText: "Første utkast",
      [`answers.p${p1!.id}`]: "Å ta ansvar for laget.",
      [`answers.p${p2!.id}`]: "",
    });
    expect(result.status).toBe(302);
    draftId = idFrom(result.location);
    expect(result.location).toBe(`/my/reflections/${draftId}`);
    expect(await flashAfter(result)).toEqual({ key: "reflections.saved" });
    expect(rowOf(draftId)).toMatchObject({
      status: "draft",
      kind: "baseline",
      freeText: "Første utkast",
      roleIdentity: null,
      submittedAt: null,
    });
    const answers = getDb().select().from(reflectionAnswers).where(eq(reflectionAnswers.reflectionId, draftId)).all();
    expect(answers).toEqual([{ reflectionId: draftId, promptId: p1!.id, answer: "Å ta ansvar for laget." }]);
  });

  it("opens the baseline draft already begun instead of starting a second", async () => {
    const result = await callLoader(newReflection.loader, "/my/reflections/new?kind=baseline", {
      cookie: await signInAs(lars),
    });
    expect(result.location).toBe(`/my/reflections/${draftId}`);
  });

  it("shows the draft in the edit form, and leaves it unchanged when a submission is refused", async () => {
    const cookie = await signInAs(lars);
    const view = await callLoader(reflection.loader, `/my/reflections/${draftId}`, {
      cookie,
      params: { reflectionId: String(draftId) },
    });
    expect(view.data.reflection.answers[0].answer).toBe("Å ta ansvar for laget.");
    expect(view.data.context.program.id).toBe(fjellby().id);
    const refused = await callAction(
      reflection.action,
      `/my/reflections/${draftId}`,
      { programId: String(fjellby().id), kind: "baseline", intent: "submit", freeText: "Endret", roleIdentity: "9" },
      { cookie, params: { reflectionId: String(draftId) } },
    );
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.roleIdentity).toEqual(["reflections.identityRange"]);
    expect(rowOf(draftId)).toMatchObject({ status: "draft", freeText: "Første utkast" });
  });

  it("submits the draft, copying the leader's level and current cohort into it", async () => {
    const cookie = await signInAs(lars);
    const [p1] = promptIds();
    const result = await callAction(
      reflection.action,
      `/my/reflections/${draftId}`,
      {
        programId: String(fjellby().id),
        kind: "baseline",
        intent: "submit",
        freeText: "Levert tekst",
        [`answers.p${p1!.id}`]: "Å ta ansvar.",
        ...ratings({ identity: 2, indicators: 3 }),
      },
      { cookie, params: { reflectionId: String(draftId) } },
    );
    expect(result.location).toBe(`/my/reflections/${draftId}`);
    expect(await flashAfter(result, cookie)).toEqual({ key: "reflections.submitted" });
    const row = rowOf(draftId)!;
    expect(row).toMatchObject({ status: "submitted", roleIdentity: 2, roleClarity: 3, freeText: "Levert tekst" });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.leaderLevelId).toBe(personByEmail(lars).leaderLevelId);
    expect(row.cohortId).toBe(cohortByName("Kull 3 – førstelinjeledere").id);
  });

  it("keeps a submitted reflection read-only: no edit, no delete", async () => {
    const cookie = await signInAs(lars);
    const params = { reflectionId: String(draftId) };
    const edit = await callAction(
      reflection.action,
      `/my/reflections/${draftId}`,
      { programId: String(fjellby().id), kind: "free", intent: "save", freeText: "Overskrevet" },
      { cookie, params },
    );
    expect(edit.status).toBe(400);
    expect(edit.data.result.error[""]).toEqual(["reflections.alreadySubmitted"]);
    const del = await callAction(reflection.action, `/my/reflections/${draftId}`, { intent: "delete" }, { cookie, params });
    expect(del.status).toBe(400);
    expect(rowOf(draftId)).toMatchObject({ status: "submitted", freeText: "Levert tekst" });
    const view = await callLoader(reflection.loader, `/my/reflections/${draftId}`, { cookie, params });
    expect(view.data.context).toBeNull();
  });

  it("refuses a second baseline in the same programme", async () => {
    const result = await writeReflection(lars, { kind: "baseline", ...ratings({ identity: 3, indicators: 3 }) });
    expect(result.status).toBe(400);
    expect(result.data.result.error.kind).toEqual(["reflections.baselineExists"]);
  });

  it("deletes a draft with its answers", async () => {
    const [p1] = promptIds();
    const cookie = await signInAs(lars);
    const saved = await writeReflection(lars, { intent: "save", freeText: "Kladd", [`answers.p${p1!.id}`]: "Svar" }, cookie);
    const id = idFrom(saved.location);
    const del = await callAction(
      reflection.action,
      `/my/reflections/${id}`,
      { intent: "delete" },
      { cookie, params: { reflectionId: String(id) } },
    );
    expect(del.location).toBe("/my/reflections");
    expect(await flashAfter(del, cookie)).toEqual({ key: "reflections.deleted" });
    expect(rowOf(id)).toBeUndefined();
    expect(getDb().select().from(reflectionAnswers).where(eq(reflectionAnswers.reflectionId, id)).all()).toEqual([]);
  });

  it("refuses answers to another programme's prompts and a programme the leader is not in", async () => {
    const cookie = await signInAs(lars);
    const foreignPrompt = getDb()
      .insert(reflectionPrompts)
      .values({ programId: elvik().id, text: "Elvik?", position: 1 })
      .returning()
      .get();
    const before = reflectionCount();
    const foreign = await writeReflection(lars, { intent: "save", [`answers.p${foreignPrompt.id}`]: "Nei" }, cookie);
    expect(foreign.status).toBe(400);
    expect(foreign.data.result.error[""]).toEqual(["form.invalid"]);
    const otherProgram = await callAction(
      newReflection.action,
      "/my/reflections/new",
      { programId: String(elvik().id), kind: "free", intent: "save" },
      { cookie },
    );
    expect(otherProgram.status).toBe(400);
    expect(otherProgram.data.result.error[""]).toEqual(["reflections.notInProgram"]);
    expect(reflectionCount()).toBe(before);
  });

  it("is about a gathering only when the leader was invited and it has started", async () => {
    const upcoming = getDb()
      .select({ id: gatherings.id })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .where(eq(invitations.personId, personByEmail(lars).id))
      .get()!;
    const notYet = await writeReflection(lars, { kind: "gathering", gatheringId: String(upcoming.id), intent: "save" });
    expect(notYet.data.result.error.gatheringId).toEqual(["reflections.gatheringNotInvited"]);
    const held = heldGatheringOf(personByEmail(ingrid).id);
    const notInvited = await writeReflection(lars, { kind: "gathering", gatheringId: String(held.id), intent: "save" });
    expect(notInvited.data.result.error.gatheringId).toEqual(["reflections.gatheringNotInvited"]);
    const missing = await writeReflection(lars, { kind: "gathering", intent: "save" });
    expect(missing.data.result.error.gatheringId).toEqual(["reflections.gatheringRequired"]);
    const page = await callLoader(newReflection.loader, `/my/reflections/new?gatheringId=${held.id}`, {
      cookie: await signInAs(lars),
    });
    expect(page.status).toBe(404);
  });

  it("writes one reflection per gathering and opens it again from the gathering", async () => {
    const cookie = await signInAs(ingrid);
    const held = heldGatheringOf(personByEmail(ingrid).id);
    const form = await callLoader(newReflection.loader, `/my/reflections/new?gatheringId=${held.id}`, { cookie });
    expect(form.data.form.defaults).toEqual({ kind: "gathering", gatheringId: String(held.id) });
    const first = await writeReflection(
      ingrid,
      { kind: "gathering", gatheringId: String(held.id), ...ratings({ identity: 5, indicators: 4 }) },
      cookie,
    );
    const id = idFrom(first.location);
    expect(rowOf(id)).toMatchObject({ kind: "gathering", gatheringId: held.id, status: "submitted" });
    const again = await callLoader(newReflection.loader, `/my/reflections/new?gatheringId=${held.id}`, { cookie });
    expect(again.location).toBe(`/my/reflections/${id}`);
    const second = await writeReflection(ingrid, { kind: "gathering", gatheringId: String(held.id), intent: "save" }, cookie);
    expect(second.data.result.error.gatheringId).toEqual(["reflections.gatheringExists"]);
  });

  it("is for leaders only", async () => {
    const result = await callLoader(newReflection.loader, "/my/reflections/new", {
      cookie: await signInAs("coordinator@example.org"),
    });
    expect(result.status).toBe(403);
    const post = await callAction(
      newReflection.action,
      "/my/reflections/new",
      { programId: "1", kind: "free", intent: "save" },
      {
        cookie: await signInAs("union@example.org"),
      },
    );
    expect(post.status).toBe(403);
  });
});

describe("my timeline", () => {
  it("lists the leader's own reflections with their ratings, newest first", async () => {
    const { data } = await callLoader(timeline.loader, "/my/reflections", { cookie: await signInAs(ingrid) });
    expect(data.reflections.map((r: { kind: string }) => r.kind)).toEqual(["gathering", "gathering", "baseline"]);
    expect(data.reflections[0].ratings.roleIdentity).toBe(5);
    expect(data.reflections.every((r: { programTitle: string }) => r.programTitle === "Ledelse i Fjellby 2025–2027")).toBe(true);
  });
});

describe("reflections due on the leader's home", () => {
  it("asks for the closing reflection near the cohort's end, and links each item to the form", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs(ingrid) });
    expect(data.leader.baselineDue).toEqual([]);
    expect(data.leader.closingDue.map((p: { title: string }) => p.title)).toEqual(["Ledelse i Fjellby 2025–2027"]);
  });

  it("lists a gathering attended lately without a reflection, until one is submitted", async () => {
    const leader = personByEmail("jonas.moen@fjellby.example.org");
    const held = heldGatheringOf(leader.id);
    // The gathering ended yesterday and Jonas was there.
    getDb()
      .update(gatherings)
      .set({ startsAt: new Date(clock.nowMs() - 2 * 86_400_000), endsAt: new Date(clock.nowMs() - 86_400_000) })
      .where(eq(gatherings.id, held.id))
      .run();
    getDb()
      .update(invitations)
      .set({ attendance: "present" })
      .where(and(eq(invitations.gatheringId, held.id), eq(invitations.personId, leader.id)))
      .run();
    const cookie = await signInAs(leader.email);
    const before = await callLoader(home.loader, "/", { cookie });
    expect(before.data.leader.gatheringsToReflectOn.map((g: { gatheringId: number }) => g.gatheringId)).toEqual([held.id]);
    await writeReflection(
      leader.email,
      { kind: "gathering", gatheringId: String(held.id), ...ratings({ identity: 4, indicators: 4 }) },
      cookie,
    );
    const after = await callLoader(home.loader, "/", { cookie });
    expect(after.data.leader.gatheringsToReflectOn).toEqual([]);
  });
});
