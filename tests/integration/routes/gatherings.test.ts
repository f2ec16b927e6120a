import { clock } from "../../../app/server/clock.server";
import { and, eq, inArray, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, cohortMemberships, emailMessages, gatherings, invitations, unionParticipations } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { utcToOslo } from "../../../app/domain/gatherings";
import { changeStatus, inviteToUpcomingGatherings } from "../../../app/server/gathering-commands.server";
import * as calendar from "../../../app/routes/programs.$programId.gatherings";
import * as newGathering from "../../../app/routes/programs.$programId.gatherings_.new";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import * as edit from "../../../app/routes/gatherings.$gatheringId_.edit";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { day, nextDstChange, osloAt } from "../../helpers/days";
import {
  currentMembers,
  demo,
  gatheringById,
  gatheringByTitle,
  invitationsOf,
  makeGathering,
  personByEmail,
} from "../../helpers/gatherings";

/** Union representatives whose own mode (full, secretariat) invites them to every confirmed gathering. */
const unionObservers = () =>
  getDb()
    .select({ personId: unionParticipations.personId })
    .from(unionParticipations)
    .where(and(eq(unionParticipations.programId, demo().program.id), inArray(unionParticipations.mode, ["full", "secretariat"])))
    .all()
    .map((r) => r.personId);
const gatheringCount = () => getDb().select({ id: gatherings.id }).from(gatherings).all().length;

/** A complete, valid form for the new/edit pages; `over` replaces fields. */
function form(over: Record<string, string | string[]> = {}) {
  return {
    title: "Testsamling",
    theme: "Rolleforståelse",
    kind: "gathering",
    startDate: day(29),
    startTime: "09:00",
    endDate: day(29),
    endTime: "15:00",
    venueName: "Testhuset",
    venueAddress: "Testveien 1",
    "agenda[0].time": "09:00",
    "agenda[0].title": "Velkommen",
    "agenda[1].time": "",
    "agenda[1].title": "",
    ...over,
  };
}

async function create(over: Record<string, string | string[]>, cookie?: string) {
  const { program } = demo();
  return callAction(newGathering.action, `/programs/${program.id}/gatherings/new`, form(over), {
    cookie: cookie ?? (await signInAs("coordinator@example.org")),
    params: { programId: String(program.id) },
  });
}

const createdId = (location: string | null) => Number(location!.split("/").pop()!.split("?")[0]);

describe("scheduling a gathering", () => {
  it("keeps the Oslo wall-clock time on both sides of the daylight-saving changes", async () => {
    const springDay = nextDstChange("march");
    const autumnDay = nextDstChange("october");
    const spring = await create({ title: "Vår", startDate: springDay, endDate: springDay, venueName: "Sted A" });
    const autumn = await create({ title: "Høst", startDate: autumnDay, endDate: autumnDay, venueName: "Sted B" });
    expect(spring.status).toBe(302);
    expect(autumn.status).toBe(302);
    const s = gatheringById(createdId(spring.location));
    const a = gatheringById(createdId(autumn.location));
    expect(s.startsAt.toISOString()).toBe(`${springDay}T07:00:00.000Z`);
    expect(a.startsAt.toISOString()).toBe(`${autumnDay}T08:00:00.000Z`);
    expect(utcToOslo(s.startsAt).time).toBe("09:00");
    expect(utcToOslo(a.endsAt).time).toBe("15:00");
    // The edit form shows the same wall-clock times back.
    const cookie = await signInAs("coordinator@example.org");
    const loaded = await callLoader(edit.loader, `/gatherings/${s.id}/edit`, { cookie, params: { gatheringId: String(s.id) } });
    expect(loaded.data.defaults).toMatchObject({ startDate: springDay, startTime: "09:00", endTime: "15:00" });
    expect(loaded.data.defaults.agenda[0]).toMatchObject({ time: "09:00", title: "Velkommen" });
  });

  it("stores agenda, cohorts, extra invitees and facilitators, and records who created it", async () => {
    const { cohorts, internalFacilitator } = demo();
    const rep = personByEmail("union@example.org");
    const result = await create({
      title: "Med alt",
      startDate: day(36),
      endDate: day(37),
      cohortIds: [String(cohorts[0].id)],
      extraInviteeIds: [String(rep.id)],
      facilitatorIds: [String(internalFacilitator.id)],
      "agenda[1].date": day(37),
      "agenda[1].time": "10:00",
      "agenda[1].title": "Dag to",
      "agenda[1].facilitatorId": String(internalFacilitator.id),
      capacity: "25",
    });
    expect(result.status).toBe(302);
    const id = createdId(result.location);
    const cookie = await signInAs("coordinator@example.org");
    const { data } = await callLoader(page.loader, `/gatherings/${id}`, { cookie, params: { gatheringId: String(id) } });
    expect(data.gathering).toMatchObject({ capacity: 25, status: "planned" });
    expect(data.agenda.map((a: { title: string }) => a.title)).toEqual(["Velkommen", "Dag to"]);
    expect(data.agenda[1].facilitator).toBe(internalFacilitator.name);
    expect(data.cohorts.map((c: { id: number }) => c.id)).toEqual([cohorts[0].id]);
    expect(data.extraInvitees.map((p: { id: number }) => p.id)).toEqual([rep.id]);
    expect(data.prospective).toBe(currentMembers(cohorts[0].id).length + 1);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "gathering"), eq(auditEvents.entityId, id)))
      .all();
    expect(audit.map((a) => a.action)).toEqual(["created"]);
  });

  it("adds an agenda row without JavaScript and saves nothing", async () => {
    const before = gatheringCount();
    const result = await create({ __intent__: JSON.stringify({ type: "insert", payload: { name: "agenda" } }) });
    expect(result.status).toBe(200);
    expect(result.data.result.initialValue.agenda).toHaveLength(3);
    expect(gatheringCount()).toBe(before);
  });

  it("rejects an end before the start with the error on the end time, and cannot be overridden", async () => {
    const before = gatheringCount();
    const result = await create({ endTime: "08:00", saveAnyway: "on" });
    expect(result.status).toBe(400);
    expect(result.data.result.error).toEqual({ endTime: ["gatherings.endBeforeStart"] });
    expect(gatheringCount()).toBe(before);
  });

  it("rejects choices from outside the programme or organisation (a forged form)", async () => {
    const elvikCoordinator = personByEmail("coordinator@elvik.example.org");
    const result = await create({ extraInviteeIds: [String(elvikCoordinator.id)] });
    expect(result.status).toBe(400);
    expect(result.data.result.error.extraInviteeIds).toEqual(["form.invalid"]);
  });

  it("keeps other roles and other organisations out", async () => {
    const { program, elvikProgram } = demo();
    expect((await create({}, await signInAs("union@example.org"))).status).toBe(403);
    expect((await create({}, await signInAs("coordinator@elvik.example.org"))).status).toBe(404);
    const elvik = await callLoader(calendar.loader, `/programs/${elvikProgram.id}/gatherings`, {
      cookie: await signInAs("coordinator@example.org"),
      params: { programId: String(elvikProgram.id) },
    });
    expect(elvik.status).toBe(404);
    const leader = await callLoader(calendar.loader, `/programs/${program.id}/gatherings`, {
      cookie: await signInAs("leader@example.org"),
      params: { programId: String(program.id) },
    });
    expect(leader.status).toBe(403);
  });
});

describe("conflict warnings", () => {
  const seeded = () => gatheringByTitle("Samling 1: Førstelinjelederen");
  const sameTime = () => {
    const g = seeded();
    const day = utcToOslo(g.startsAt).date;
    return { startDate: day, startTime: "10:00", endDate: day, endTime: "12:00", "agenda[0].time": "10:00" };
  };

  it("warns about invitees already booked, and saves when the coordinator deliberately overrides", async () => {
    const { cohorts } = demo();
    const before = gatheringCount();
    const first = await create({ ...sameTime(), cohortIds: [String(cohorts[2].id)] });
    expect(first.status).toBe(409);
    expect(gatheringCount()).toBe(before);
    const [warning] = first.data.warnings;
    expect(warning).toMatchObject({ kind: "invitees_booked", gatheringId: seeded().id });
    expect(warning.names).toHaveLength(currentMembers(cohorts[2].id).length);
    expect(warning.names).toContain("Lars Øverby");

    // Ticking "save anyway" without having seen these warnings does not count.
    const blind = await create({ ...sameTime(), cohortIds: [String(cohorts[2].id)], saveAnyway: "on", acknowledged: "" });
    expect(blind.status).toBe(409);
    const saved = await create({
      ...sameTime(),
      cohortIds: [String(cohorts[2].id)],
      saveAnyway: "on",
      acknowledged: first.data.warningsKey,
    });
    expect(saved.status).toBe(302);
    expect(gatheringCount()).toBe(before + 1);
  });

  it("warns about a facilitator already booked", async () => {
    const { internalFacilitator } = demo();
    const result = await create({ ...sameTime(), venueName: "Et annet sted", facilitatorIds: [String(internalFacilitator.id)] });
    expect(result.status).toBe(409);
    expect(result.data.warnings).toEqual([expect.objectContaining({ kind: "facilitators_booked", names: [internalFacilitator.name] })]);
  });

  it("warns about a venue double-booked", async () => {
    const result = await create({ ...sameTime(), venueName: "fjellby hotell", venueAddress: "Storgata 12, 2800 Fjellby" });
    expect(result.status).toBe(409);
    expect(result.data.warnings).toEqual([expect.objectContaining({ kind: "venue_booked", gatheringId: seeded().id })]);
  });

  it("warns about a gathering outside the programme period", async () => {
    const { program } = demo();
    const result = await create({ startDate: day(729), endDate: day(729) });
    expect(result.status).toBe(409);
    expect(result.data.warnings).toEqual([
      { kind: "outside_programme", periodStart: program.periodStart, periodEnd: program.periodEnd, names: [] },
    ]);
  });

  it("does not count a cancelled gathering", async () => {
    const g = makeGathering({ startsAt: osloAt(84, "09:00"), venueName: "Kantina" });
    getDb().update(gatherings).set({ status: "cancelled" }).where(eq(gatherings.id, g.id)).run();
    const result = await create({ startDate: day(84), endDate: day(84), venueName: "Kantina" });
    expect(result.status).toBe(302);
  });
});

describe("confirming: invitations and their e-mails", () => {
  it("invites current cohort members and extra invitees with a snapshot of cohort and level, once", async () => {
    const { cohorts, actor } = demo();
    const rep = personByEmail("union@example.org");
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 30 * 86_400_000), cohortIds: [cohorts[1].id], extraInviteeIds: [rep.id] });
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const result = await callAction(page.action, `/gatherings/${g.id}`, { intent: "confirm" }, { cookie, params });
    expect(result.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(result, cookie)).toEqual({ key: "gatherings.done.confirmed" });
    expect(gatheringById(g.id).status).toBe("confirmed");

    const members = currentMembers(cohorts[1].id);
    const invited = invitationsOf(g.id);
    expect(invited).toHaveLength(new Set([...members.map((m) => m.personId), rep.id, ...unionObservers()]).size);
    const member = invited.find((i) => i.personId === members[0]!.personId)!;
    expect(member).toMatchObject({ cohortId: cohorts[1].id, rsvp: "pending", leaderLevelId: cohorts[1].leaderLevelId });
    expect(invited.find((i) => i.personId === rep.id)).toMatchObject({ cohortId: null, leaderLevelId: null });

    const mails = getDb()
      .select()
      .from(emailMessages)
      .where(like(emailMessages.idempotencyKey, `invitation:${g.id}:%`))
      .all();
    expect(mails).toHaveLength(invited.length);
    expect(mails.find((m) => m.recipientPersonId === rep.id)).toMatchObject({
      kind: "invitation",
      status: "queued",
      idempotencyKey: `invitation:${g.id}:${rep.id}:0`,
      payload: { gatheringId: g.id, invitationId: invited.find((i) => i.personId === rep.id)!.id, sequence: 0 },
    });

    const again = await callAction(page.action, `/gatherings/${g.id}`, { intent: "confirm" }, { cookie, params });
    expect(again.status).toBe(400);
    expect(again.data.result.error[""]).toEqual(["gatherings.status.notAllowed"]);
    expect(invitationsOf(g.id)).toHaveLength(invited.length);
    expect(actor.organisationId).toBe(gatheringById(g.id) && demo().program.organisationId);
  });

  it("sends no invitation e-mails when a gathering is confirmed after it started", () => {
    const { cohorts, actor } = demo();
    const g = makeGathering({ startsAt: new Date(clock.nowMs() - 86_400_000), cohortIds: [cohorts[0].id] });
    changeStatus(g, { to: "confirmed" }, actor, clock.now());
    expect(invitationsOf(g.id).length).toBe(currentMembers(cohorts[0].id).length + unionObservers().length);
    expect(
      getDb()
        .select()
        .from(emailMessages)
        .where(like(emailMessages.idempotencyKey, `invitation:${g.id}:%`))
        .all(),
    ).toEqual([]);
  });

  it("invites people added to a confirmed gathering when it is edited", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: osloAt(7, "09:00"), cohortIds: [cohorts[0].id], confirm: true });
    const before = invitationsOf(g.id).length;
    const cookie = await signInAs("coordinator@example.org");
    const result = await callAction(
      edit.action,
      `/gatherings/${g.id}/edit`,
      form({
        title: g.title,
        startDate: day(7),
        startTime: "09:00",
        endDate: day(7),
        endTime: "15:00",
        venueName: "",
        venueAddress: "",
        onlineUrl: g.onlineUrl,
        cohortIds: [String(cohorts[0].id), String(cohorts[1].id)],
      }),
      { cookie, params: { gatheringId: String(g.id) } },
    );
    expect(result.status).toBe(302);
    expect(invitationsOf(g.id)).toHaveLength(before + currentMembers(cohorts[1].id).length);
    expect(gatheringById(g.id).sequence).toBe(0);
  });
});

describe("change notices", () => {
  it("coalesces two edits into one queued notice per invitee with the union of changes and the latest sequence", async () => {
    const { cohorts } = demo();
    const g = makeGathering({
      startsAt: osloAt(14, "09:00"),
      cohortIds: [cohorts[0].id],
      venueName: "Rom 1",
      onlineUrl: "",
      confirm: true,
    });
    const invited = invitationsOf(g.id);
    // One invitee declined: they are not told.
    getDb().update(invitations).set({ rsvp: "declined" }).where(eq(invitations.id, invited[0]!.id)).run();
    const cookie = await signInAs("coordinator@example.org");
    const base = {
      title: g.title,
      startDate: day(14),
      endDate: day(14),
      venueName: "Rom 1",
      venueAddress: "",
      startTime: "09:00",
      endTime: "15:00",
      "agenda[0].time": "11:00",
    };
    const save = (over: Record<string, string>) =>
      callAction(edit.action, `/gatherings/${g.id}/edit`, form({ ...base, cohortIds: [String(cohorts[0].id)], ...over }), {
        cookie,
        params: { gatheringId: String(g.id) },
      });
    const before = clock.nowMs();
    expect((await save({ startTime: "10:00" })).status).toBe(302);
    expect((await save({ startTime: "10:00", venueName: "Rom 2" })).status).toBe(302);
    // A save that changes neither time nor place tells nobody.
    expect((await save({ startTime: "10:00", venueName: "Rom 2", title: "Nytt navn" })).status).toBe(302);

    expect(gatheringById(g.id).sequence).toBe(2);
    const notices = getDb()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, "change_notice"), like(emailMessages.idempotencyKey, `change_notice:${g.id}:%`)))
      .all();
    expect(notices).toHaveLength(invited.length - 1);
    expect(notices.map((n) => n.recipientPersonId)).not.toContain(invited[0]!.personId);
    for (const n of notices) {
      expect(n.status).toBe("queued");
      expect(n.payload).toMatchObject({ gatheringId: g.id, sequence: 2, changed: ["startsAt", "venueName"] });
      expect(n.dueAt.getTime()).toBeGreaterThanOrEqual(before + 10 * 60_000);
      expect(n.idempotencyKey).toMatch(new RegExp(`^change_notice:${g.id}:\\d+:1$`));
    }
  });

  it("queues a new notice once the previous one has been sent", async () => {
    const { cohorts } = demo();
    const g = makeGathering({
      startsAt: osloAt(21, "09:00"),
      cohortIds: [cohorts[0].id],
      venueName: "Rom 1",
      onlineUrl: "",
      confirm: true,
    });
    const cookie = await signInAs("coordinator@example.org");
    const base = { title: g.title, startDate: day(21), endDate: day(21), venueAddress: "", startTime: "09:00", endTime: "15:00" };
    const save = (venueName: string) =>
      callAction(edit.action, `/gatherings/${g.id}/edit`, form({ ...base, venueName, cohortIds: [String(cohorts[0].id)] }), {
        cookie,
        params: { gatheringId: String(g.id) },
      });
    await save("Rom 2");
    getDb()
      .update(emailMessages)
      .set({ status: "sent" })
      .where(like(emailMessages.idempotencyKey, `change_notice:${g.id}:%`))
      .run();
    await save("Rom 3");
    const rows = getDb()
      .select()
      .from(emailMessages)
      .where(like(emailMessages.idempotencyKey, `change_notice:${g.id}:%:2`))
      .all();
    expect(rows).toHaveLength(invitationsOf(g.id).length);
    expect(rows[0]!.payload).toMatchObject({ sequence: 2, changed: ["venueName"] });
  });
});

describe("cancelling", () => {
  it("needs a reason, then tells invitees (not those who declined) and supersedes waiting e-mails", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: osloAt(28, "09:00"), cohortIds: [cohorts[0].id], confirm: true });
    const invited = invitationsOf(g.id);
    getDb().update(invitations).set({ rsvp: "declined" }).where(eq(invitations.id, invited[0]!.id)).run();
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };

    const noReason = await callAction(page.action, `/gatherings/${g.id}`, { intent: "cancel", reason: " " }, { cookie, params });
    expect(noReason.status).toBe(400);
    expect(noReason.data.result.error.reason).toEqual(["gatherings.cancelReasonRequired"]);
    expect(gatheringById(g.id).status).toBe("confirmed");

    const result = await callAction(page.action, `/gatherings/${g.id}`, { intent: "cancel", reason: "Sykdom" }, { cookie, params });
    expect(result.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(result, cookie)).toEqual({ key: "gatherings.done.cancelled" });
    expect(gatheringById(g.id)).toMatchObject({ status: "cancelled", cancelReason: "Sykdom", sequence: 1 });
    const mailsOf = (kind: string) =>
      getDb()
        .select()
        .from(emailMessages)
        .where(like(emailMessages.idempotencyKey, `${kind}:${g.id}:%`))
        .all();
    const cancellations = mailsOf("cancellation");
    expect(cancellations).toHaveLength(invited.length - 1);
    expect(cancellations[0]).toMatchObject({ status: "queued", payload: expect.objectContaining({ sequence: 1 }) });
    const superseded = mailsOf("invitation");
    expect(superseded).toHaveLength(invited.length);
    expect(superseded.every((m) => m.status === "failed" && m.lastError === "superseded")).toBe(true);

    const twice = await callAction(page.action, `/gatherings/${g.id}`, { intent: "cancel", reason: "Igjen" }, { cookie, params });
    expect(twice.status).toBe(400);
  });
});

describe("bulk message", () => {
  it("queues one message per invitee, once per form, for the coordinator only", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: osloAt(35, "09:00"), cohortIds: [cohorts[0].id], confirm: true });
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    // The form (and its key) is drawn only when its link opens it.
    expect((await callLoader(page.loader, `/gatherings/${g.id}`, { cookie, params })).data.messageKey).toBeNull();
    const { data } = await callLoader(page.loader, `/gatherings/${g.id}?open=message`, { cookie, params });
    const message = { intent: "message", subject: "Husk", body: "Ta med boka.", messageKey: data.messageKey };
    const sent = await callAction(page.action, `/gatherings/${g.id}`, message, { cookie, params });
    expect(sent.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(sent, cookie)).toEqual({ key: "gatherings.done.message", values: { count: invitationsOf(g.id).length } });
    await callAction(page.action, `/gatherings/${g.id}`, message, { cookie, params });
    const rows = getDb()
      .select()
      .from(emailMessages)
      .where(like(emailMessages.idempotencyKey, `bulk_message:${g.id}:%`))
      .all();
    expect(rows).toHaveLength(invitationsOf(g.id).length);
    expect(rows[0]!.payload).toMatchObject({ subject: "Husk", body: "Ta med boka.", gatheringId: g.id });

    const empty = await callAction(page.action, `/gatherings/${g.id}`, { ...message, subject: "" }, { cookie, params });
    expect(empty.status).toBe(400);
    expect(empty.data.result.error.subject).toEqual(["gatherings.subjectRequired"]);
  });
});

describe("who sees a gathering", () => {
  const seeded = () => gatheringByTitle("Samling 1: Førstelinjelederen");
  const open = async (email: string, id = seeded().id) =>
    callLoader(page.loader, `/gatherings/${id}`, { cookie: await signInAs(email), params: { gatheringId: String(id) } });

  it("lets the facilitator of the gathering see it, but not manage it", async () => {
    const result = await open("facilitator@example.org");
    expect(result.status).toBe(200);
    expect(result.data.canManage).toBe(false);
    const g = seeded();
    const cancel = await callAction(
      page.action,
      `/gatherings/${g.id}`,
      { intent: "cancel", reason: "x" },
      {
        cookie: await signInAs("facilitator@example.org"),
        params: { gatheringId: String(g.id) },
      },
    );
    expect(cancel.status).toBe(403);
    const editPage = await callLoader(edit.loader, `/gatherings/${g.id}/edit`, {
      cookie: await signInAs("facilitator@example.org"),
      params: { gatheringId: String(g.id) },
    });
    expect(editPage.status).toBe(403);
  });

  it("keeps a facilitator out of gatherings they do not lead", async () => {
    const g = makeGathering({ startsAt: osloAt(42, "09:00") });
    expect((await open("facilitator@example.org", g.id)).status).toBe(403);
  });

  it("keeps leaders and union representatives out, and another organisation sees a 404", async () => {
    expect((await open("leader@example.org")).status).toBe(403);
    expect((await open("union@example.org")).status).toBe(403);
    expect((await open("coordinator@elvik.example.org")).status).toBe(404);
    expect((await open("coordinator@example.org", 999999)).status).toBe(404);
  });

  it("shows union representatives the programme calendar without links, and a facilitator only their gatherings", async () => {
    const { program } = demo();
    const params = { programId: String(program.id) };
    const union = await callLoader(calendar.loader, `/programs/${program.id}/gatherings?view=month&month=2026-13`, {
      cookie: await signInAs("union@example.org"),
      params,
    });
    expect(union.status).toBe(200);
    expect(union.data).toMatchObject({ view: "month", canOpen: false });
    expect(union.data.month).toMatch(/^\d{4}-\d{2}$/);
    expect(union.data.gatherings.length).toBeGreaterThanOrEqual(7);
    const seededRow = union.data.gatherings.find((g: { id: number }) => g.id === seeded().id);
    const seededInvitations = invitationsOf(seeded().id);
    expect(seededRow).toMatchObject({
      invited: seededInvitations.length,
      accepted: seededInvitations.filter((i) => i.rsvp === "accepted").length,
    });
    const notLed = makeGathering({ startsAt: osloAt(49, "09:00") });
    const facilitator = await callLoader(calendar.loader, `/programs/${program.id}/gatherings?view=bogus`, {
      cookie: await signInAs("facilitator@example.org"),
      params,
    });
    expect(facilitator.data.view).toBe("list");
    expect(facilitator.data.canOpen).toBe(true);
    const ids = facilitator.data.gatherings.map((g: { id: number }) => g.id);
    expect(ids).toContain(gatheringByTitle("Samling 1: Førstelinjelederen").id);
    expect(ids).not.toContain(notLed.id);
    expect(ids.length).toBeLessThan(union.data.gatherings.length);
  });
});

describe("joining a cohort later", () => {
  it("brings invitations to the cohort's confirmed gatherings that have not started, not to past ones", () => {
    const { cohorts } = demo();
    const upcoming = makeGathering({ startsAt: new Date(clock.nowMs() + 20 * 86_400_000), cohortIds: [cohorts[1].id], confirm: true });
    const past = makeGathering({ startsAt: new Date(clock.nowMs() + 21 * 86_400_000), cohortIds: [cohorts[1].id], confirm: true });
    getDb()
      .update(gatherings)
      .set({ startsAt: new Date(clock.nowMs() - 86_400_000), endsAt: new Date(clock.nowMs() - 80_000_000) })
      .where(eq(gatherings.id, past.id))
      .run();
    // A representative kept informed only: not invited as an observer already.
    const newcomer = personByEmail("kjell.tillitsvalgt@fjellby.example.org");
    getDb().transaction((tx) => {
      tx.insert(cohortMemberships).values({ cohortId: cohorts[1].id, personId: newcomer.id, joinedAt: clock.now() }).run();
      inviteToUpcomingGatherings(tx, cohorts[1].id, clock.now());
    });
    expect(invitationsOf(upcoming.id).find((i) => i.personId === newcomer.id)).toMatchObject({ cohortId: cohorts[1].id, rsvp: "pending" });
    expect(invitationsOf(past.id).find((i) => i.personId === newcomer.id)).toBeUndefined();
    const mail = getDb()
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.idempotencyKey, `invitation:${upcoming.id}:${newcomer.id}:0`))
      .get();
    expect(mail?.kind).toBe("invitation");
  });
});
