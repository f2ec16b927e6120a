import { clock } from "../../../app/server/clock.server";
import { and, eq, inArray, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, cohortMemberships, emailMessages, invitations, people, reflectionLinks } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { queueReflectionPrompts } from "../../../app/server/gathering-mail.server";
import * as home from "../../../app/routes/_index";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import * as rollCall from "../../../app/routes/gatherings.$gatheringId_.roll-call";
import * as gatheringCsv from "../../../app/routes/gatherings.$gatheringId_.attendance[.]csv";
import * as programCsv from "../../../app/routes/programs.$programId_.attendance[.]csv";
import { translator } from "../../../app/i18n/catalog";
import { inviteeRows } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { demo, gatheringById, invitationsOf, makeGathering, moveGathering } from "../../helpers/gatherings";

const hour = 3_600_000;
/** A confirmed gathering of cohort 1 (or `cohortId`) that started an hour ago, led by the internal facilitator. */
function startedGathering(cohortId = demo().cohorts[0].id) {
  const { internalFacilitator } = demo();
  const g = makeGathering({
    startsAt: new Date(clock.nowMs() + 30 * 86_400_000),
    cohortIds: [cohortId],
    facilitatorIds: [internalFacilitator.id],
    confirm: true,
  });
  return moveGathering(g.id, new Date(clock.nowMs() - hour));
}
const marksFor = (gatheringId: number, mark: (i: number) => string) =>
  Object.fromEntries(invitationsOf(gatheringId).map((inv, i) => [`mark.${inv.id}`, mark(i)]));
const auditFor = (ids: number[]) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "invitation"), inArray(auditEvents.entityId, ids)))
    .all();

describe("roll-call", () => {
  it("starts everyone present and marks all in one submit, with an audit row per change", async () => {
    const g = startedGathering();
    const cookie = await signInAs("facilitator@example.org");
    const params = { gatheringId: String(g.id) };
    const shown = await callLoader(rollCall.loader, `/gatherings/${g.id}/roll-call`, { cookie, params });
    expect(shown.data.closed).toBeNull();
    expect(shown.data.rows.every((r: { mark: string }) => r.mark === "present")).toBe(true);

    const marks = marksFor(g.id, (i) => (i === 0 ? "absent" : i === 1 ? "excused" : "present"));
    const saved = await callAction(rollCall.action, `/gatherings/${g.id}/roll-call`, marks, { cookie, params });
    const invited = invitationsOf(g.id);
    expect(saved.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(saved, cookie)).toEqual({ key: "gatherings.done.selection", values: { count: invited.length } });
    expect(invited.map((i) => i.attendance)).toEqual(invited.map((_, i) => (i === 0 ? "absent" : i === 1 ? "excused" : "present")));
    expect(auditFor(invited.map((i) => i.id))).toHaveLength(invited.length);

    // Corrected afterwards: only the change is written, with where it came from.
    const fixed = await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      { ...marks, [`mark.${invited[0]!.id}`]: "present" },
      { cookie, params },
    );
    expect(await flashAfter(fixed, cookie)).toEqual({ key: "gatherings.done.selection", values: { count: 1 } });
    const history = auditFor([invited[0]!.id]);
    expect(history.map((h) => h.details)).toEqual([
      { from: null, to: "absent" },
      { from: "absent", to: "present" },
    ]);
    expect(history[1]).toMatchObject({ action: "attendance_changed", actorId: demo().internalFacilitator.personId });
  });

  it("writes nothing when any mark is invalid or names an invitation of another gathering", async () => {
    const g = startedGathering();
    const other = startedGathering();
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const marks = marksFor(g.id, () => "present");
    const invalid = await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      { ...marks, [`mark.${invitationsOf(g.id)[3]!.id}`]: "maybe" },
      { cookie, params },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.data).toEqual({ error: "attendance.invalid" });
    const foreign = await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      { ...marks, [`mark.${invitationsOf(other.id)[0]!.id}`]: "absent" },
      { cookie, params },
    );
    expect(foreign.status).toBe(400);
    expect(foreign.data).toEqual({ error: "attendance.unknownInvitation" });
    expect(invitationsOf(g.id).every((i) => i.attendance === null)).toBe(true);
    expect(auditFor(invitationsOf(g.id).map((i) => i.id))).toHaveLength(0);
  });

  it("is closed before the start, and for people who do not lead the gathering", async () => {
    const { cohorts } = demo();
    const future = makeGathering({ startsAt: new Date(clock.nowMs() + 86_400_000), cohortIds: [cohorts[0].id], confirm: true });
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(future.id) };
    const early = await callAction(
      rollCall.action,
      `/gatherings/${future.id}/roll-call`,
      marksFor(future.id, () => "present"),
      { cookie, params },
    );
    expect(early.data).toEqual({ error: "attendance.notStarted" });
    expect(invitationsOf(future.id).every((i) => i.attendance === null)).toBe(true);
    const notLed = await callLoader(rollCall.loader, `/gatherings/${future.id}/roll-call`, {
      cookie: await signInAs("facilitator@example.org"),
      params,
    });
    expect(notLed.status).toBe(403);
    const leader = await callLoader(rollCall.loader, `/gatherings/${future.id}/roll-call`, {
      cookie: await signInAs("leader@example.org"),
      params,
    });
    expect(leader.status).toBe(403);
  });

  it("marks a selection from the gathering page", async () => {
    const g = startedGathering();
    const cookie = await signInAs("facilitator@example.org");
    const params = { gatheringId: String(g.id) };
    const ids = invitationsOf(g.id)
      .slice(0, 2)
      .map((i) => String(i.id));
    const result = await callAction(
      page.action,
      `/gatherings/${g.id}`,
      { intent: "markSelection", invitationIds: ids, attendance: "excused" },
      { cookie, params },
    );
    expect(result.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(result, cookie)).toEqual({ key: "gatherings.done.selection", values: { count: 2 } });
    expect(invitationsOf(g.id).filter((i) => i.attendance === "excused")).toHaveLength(2);
    const none = await callAction(
      page.action,
      `/gatherings/${g.id}`,
      { intent: "markSelection", attendance: "excused" },
      { cookie, params },
    );
    expect(none.status).toBe(400);
    expect(none.data.result.error.invitationIds).toEqual(["gatherings.selectionRequired"]);
  });
});

describe("marking a gathering held", () => {
  it("needs the start to have passed, then sends a reflection prompt with one link to each person present, once", async () => {
    const { cohorts } = demo();
    const cookie = await signInAs("coordinator@example.org");
    const future = makeGathering({ startsAt: new Date(clock.nowMs() + 86_400_000), cohortIds: [cohorts[0].id], confirm: true });
    const early = await callAction(
      page.action,
      `/gatherings/${future.id}`,
      { intent: "held" },
      { cookie, params: { gatheringId: String(future.id) } },
    );
    expect(early.data.result.error[""]).toEqual(["gatherings.status.notStarted"]);

    const g = startedGathering();
    const params = { gatheringId: String(g.id) };
    await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      marksFor(g.id, (i) => (i === 0 ? "absent" : "present")),
      { cookie, params },
    );
    const held = await callAction(page.action, `/gatherings/${g.id}`, { intent: "held" }, { cookie, params });
    expect(held.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(held, cookie)).toEqual({ key: "gatherings.done.held" });
    expect(gatheringById(g.id).status).toBe("held");
    const present = invitationsOf(g.id).filter((i) => i.attendance === "present");
    const prompts = getDb()
      .select()
      .from(emailMessages)
      .where(like(emailMessages.idempotencyKey, `reflection_prompt:${g.id}:%`))
      .all();
    expect(prompts.map((p) => p.recipientPersonId).sort()).toEqual(present.map((p) => p.personId).sort());
    expect(prompts[0]!.payload).toEqual({ gatheringId: g.id, token: expect.any(String) });
    const links = () => getDb().select().from(reflectionLinks).where(eq(reflectionLinks.gatheringId, g.id)).all();
    expect(links()).toHaveLength(present.length);

    // Repeating gives no second link; someone corrected to present afterwards gets theirs.
    expect(getDb().transaction((tx) => queueReflectionPrompts(tx, g.id, clock.now()))).toBe(0);
    const late = invitationsOf(g.id)[0]!;
    await callAction(rollCall.action, `/gatherings/${g.id}/roll-call`, { [`mark.${late.id}`]: "present" }, { cookie, params });
    expect(links()).toHaveLength(present.length + 1);
    expect((await callAction(page.action, `/gatherings/${g.id}`, { intent: "held" }, { cookie, params })).status).toBe(400);
  });
});

describe("cohort moves", () => {
  it("keep past invitations and attendance as they were", async () => {
    const { cohorts } = demo();
    const g = startedGathering(cohorts[1].id);
    const cookie = await signInAs("coordinator@example.org");
    await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      marksFor(g.id, () => "present"),
      { cookie, params: { gatheringId: String(g.id) } },
    );
    const moved = invitationsOf(g.id)[0]!;
    const now = clock.now();
    getDb().transaction((tx) => {
      tx.update(cohortMemberships)
        .set({ leftAt: now })
        .where(and(eq(cohortMemberships.personId, moved.personId), eq(cohortMemberships.cohortId, cohorts[1].id)))
        .run();
      tx.insert(cohortMemberships).values({ cohortId: cohorts[2].id, personId: moved.personId, joinedAt: now }).run();
      tx.update(people).set({ leaderLevelId: cohorts[2].leaderLevelId }).where(eq(people.id, moved.personId)).run();
    });
    expect(invitationsOf(g.id)[0]).toMatchObject({
      cohortId: cohorts[1].id,
      leaderLevelId: cohorts[1].leaderLevelId,
      attendance: "present",
    });
    const { data } = await callLoader(page.loader, `/gatherings/${g.id}`, { cookie, params: { gatheringId: String(g.id) } });
    expect(inviteeRows(data.inviteeRows).find((i) => i.id === moved.id)).toMatchObject({
      cohort: cohorts[1].name,
      attendance: translator("nb")("attendance.status.present"),
    });
  });
});

describe("attendance export", () => {
  it("gives the funder's columns, ;-separated, with a byte order mark for Excel on request", async () => {
    const g = startedGathering();
    const cookie = await signInAs("coordinator@example.org");
    await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      marksFor(g.id, (i) => (i === 0 ? "absent" : "present")),
      { cookie, params: { gatheringId: String(g.id) } },
    );
    // Read as bytes: Response.text() would drop the byte order mark.
    const download = async (query: string) => {
      const request = new Request(`http://localhost:3000/gatherings/${g.id}/attendance.csv${query}`, { headers: { Cookie: cookie } });
      return (await gatheringCsv.loader({
        request,
        params: { gatheringId: String(g.id) },
        context: { clientAddress: "127.0.0.1" },
      })) as Response;
    };
    const csv = await download("?bom=1");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toContain("attachment");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "Samling;Dato;Start;Slutt;Varighet (timer);Sted;Lærekrefter;Person;Enhet;Ledernivå;Kull;Svar;Oppmøte;Dager til stede",
    );
    expect(lines).toHaveLength(1 + invitationsOf(g.id).length);
    const cells = lines[1]!.split(";");
    expect(cells[0]).toBe(g.title);
    expect(cells[4]).toBe("6");
    expect(cells[6]).toBe(demo().internalFacilitator.name);
    expect(cells[10]).toBe(demo().cohorts[0].name);
    expect(lines.filter((l) => l.endsWith(";Fravær;0"))).toHaveLength(1);

    const plain = new Uint8Array(await (await download("")).arrayBuffer());
    expect(plain[0]).toBe("S".charCodeAt(0));
  });

  it("is in Swedish, headers and answers, for a coordinator who reads Swedish", async () => {
    const g = startedGathering();
    const cookie = await signInAs("coordinator@example.org");
    await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      marksFor(g.id, (i) => (i === 0 ? "absent" : "present")),
      { cookie, params: { gatheringId: String(g.id) } },
    );
    getDb().$client.prepare("update people set preferred_language = 'sv' where email = 'coordinator@example.org'").run();
    try {
      const request = new Request(`http://localhost:3000/gatherings/${g.id}/attendance.csv`, { headers: { Cookie: cookie } });
      const csv = (await gatheringCsv.loader({
        request,
        params: { gatheringId: String(g.id) },
        context: { clientAddress: "127.0.0.1" },
      })) as Response;
      const lines = (await csv.text()).split("\r\n");
      expect(lines[0]).toBe(
        "Träff;Datum;Start;Slut;Längd (timmar);Plats;Processledare;Person;Enhet;Chefsnivå;Grupp;Svar;Närvaro;Dagar närvarande",
      );
      expect(lines.filter((l) => l.endsWith(";Frånvarande;0"))).toHaveLength(1);
      expect(lines.filter((l) => l.endsWith(";Närvarande;1")).length).toBeGreaterThan(0);
    } finally {
      getDb().$client.prepare("update people set preferred_language = 'nb' where email = 'coordinator@example.org'").run();
    }
  });

  it("covers the whole programme for the coordinator only", async () => {
    const { program } = demo();
    const params = { programId: String(program.id) };
    const csv = await callLoader(programCsv.loader, `/programs/${program.id}/attendance.csv`, {
      cookie: await signInAs("coordinator@example.org"),
      params,
    });
    const heldRows = getDb().select().from(invitations).all().length;
    expect((csv.data as string).split("\r\n").length).toBeLessThanOrEqual(heldRows + 1);
    expect(csv.data).toContain("Samling 1: Fra fagperson til leder");
    expect((await callLoader(programCsv.loader, "/", { cookie: await signInAs("union@example.org"), params })).status).toBe(403);
    expect((await callLoader(programCsv.loader, "/", { cookie: await signInAs("coordinator@elvik.example.org"), params })).status).toBe(
      404,
    );
  });
});

describe("absence flags on the coordinator's home", () => {
  it("flags a leader whose unexcused absences in a programme pass the threshold", async () => {
    const { cohorts } = demo();
    const cookie = await signInAs("coordinator@example.org");
    const gatheringsMade = [0, 1, 2].map(() => startedGathering(cohorts[0].id));
    const person = invitationsOf(gatheringsMade[0]!.id)[0]!.personId;
    const markAbsent = async (g: (typeof gatheringsMade)[number]) => {
      const inv = invitationsOf(g.id).find((i) => i.personId === person)!;
      await callAction(
        rollCall.action,
        `/gatherings/${g.id}/roll-call`,
        { [`mark.${inv.id}`]: "absent" },
        { cookie, params: { gatheringId: String(g.id) } },
      );
    };
    const flagged = async () =>
      (await callLoader(home.loader, "/", { cookie })).data.coordinator.absences.map((a: { personId: number }) => a.personId);
    const before = getDb()
      .select()
      .from(invitations)
      .where(and(eq(invitations.personId, person), eq(invitations.attendance, "absent")))
      .all().length;
    for (const g of gatheringsMade.slice(0, Math.max(0, 2 - before))) await markAbsent(g);
    expect(await flagged()).not.toContain(person);
    await markAbsent(gatheringsMade[2]!);
    expect(await flagged()).toContain(person);
  });
});
