import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cohortMemberships, directionDocuments, directionVersions, people, personRoles, programMembers } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import * as programPage from "../../../app/routes/my.programs.$programId";
import * as gatheringPage from "../../../app/routes/my.gatherings_.$gatheringId";
import * as home from "../../../app/routes/_index";
import { demo, invitationsOf, makeGathering, moveGathering, personByEmail } from "../../helpers/gatherings";
import { flashAfter } from "../../helpers/flash";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

const openProgram = (cookie: string, programId: number) =>
  callLoader(programPage.loader, `/my/programs/${programId}`, { cookie, params: { programId: String(programId) } });
const openGathering = (cookie: string, gatheringId: number) =>
  callLoader(gatheringPage.loader, `/my/gatherings/${gatheringId}`, { cookie, params: { gatheringId: String(gatheringId) } });
const answer = (cookie: string, gatheringId: number, form: Record<string, string>) =>
  callAction(gatheringPage.action, `/my/gatherings/${gatheringId}`, form, { cookie, params: { gatheringId: String(gatheringId) } });

/** A leader of the demo organisation who takes part in no programme yet. */
function outsider() {
  const { program } = demo();
  const person = getDb()
    .insert(people)
    .values({
      organisationId: program.organisationId,
      name: "Olav Utenfor",
      email: `olav-${Math.random().toString(36).slice(2)}@fjellby.example.org`,
    })
    .returning()
    .get();
  getDb().insert(personRoles).values({ personId: person.id, role: "leader" }).run();
  return person;
}

const leaderCohort = () =>
  getDb()
    .select({ cohortId: cohortMemberships.cohortId })
    .from(cohortMemberships)
    .where(and(eq(cohortMemberships.personId, personByEmail("leader@example.org").id), isNull(cohortMemberships.leftAt)))
    .get()!.cohortId;

let leader: string;
beforeAll(async () => {
  leader = await signInAs("leader@example.org");
});

describe("the participant's programme page", () => {
  it("shows a leader the whole schedule: planned gatherings marked and not opened, cancelled ones left out", async () => {
    const { program } = demo();
    const planned = makeGathering({ startsAt: new Date(clock.nowMs() + 90 * dayMs), cohortIds: [leaderCohort()] });
    const page = await openProgram(leader, program.id);
    expect(page.status).toBe(200);
    const row = page.data.schedule.find((g: { id: number }) => g.id === planned.id);
    expect(row).toMatchObject({ status: "planned", rsvp: null, canOpen: false });
    const confirmed = makeGathering({ startsAt: new Date(clock.nowMs() + 91 * dayMs), cohortIds: [leaderCohort()], confirm: true });
    const invited = (await openProgram(leader, program.id)).data.schedule.find((g: { id: number }) => g.id === confirmed.id);
    expect(invited).toMatchObject({ status: "confirmed", rsvp: "pending", canOpen: true });
    expect(page.data.schedule.some((g: { status: string }) => g.status === "cancelled")).toBe(false);
    const decided = getDb()
      .select({ n: directionVersions.number })
      .from(directionVersions)
      .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
      .where(and(eq(directionDocuments.programId, program.id), eq(directionVersions.status, "decided")))
      .all();
    expect(page.data.direction?.number ?? null).toBe(decided.length ? Math.max(...decided.map((v) => v.n)) : null);
  });

  it("is a 404 to someone of the organisation who takes part in nothing, until they join the working group", async () => {
    const { program } = demo();
    const person = outsider();
    const cookie = await signInAs(person.email);
    expect((await openProgram(cookie, program.id)).status).toBe(404);
    expect((await callLoader(home.loader, "/", { cookie })).data.programmes).toEqual([]);
    getDb().insert(programMembers).values({ programId: program.id, personId: person.id, memberGroup: "working_group" }).run();
    expect((await openProgram(cookie, program.id)).status).toBe(200);
    expect((await callLoader(home.loader, "/", { cookie })).data.programmes).toEqual([{ id: program.id, title: program.title }]);
  });

  it("is a 404 for another organisation's programme", async () => {
    expect((await openProgram(leader, demo().elvikProgram.id)).status).toBe(404);
  });
});

describe("the invitee's gathering page", () => {
  it("lets the invitee answer, and change the answer until the start; others get a 404", async () => {
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 20 * dayMs), cohortIds: [leaderCohort()], confirm: true });
    const page = await openGathering(leader, g.id);
    expect(page.status).toBe(200);
    expect(page.data.invitation).toMatchObject({ rsvp: "pending", closed: null });
    expect(await flashAfter(await answer(leader, g.id, { answer: "accepted" }), leader)).toEqual({ key: "rsvp.done.accepted" });
    const declined = await answer(leader, g.id, { answer: "declined", reason: "Sykdom" });
    expect(declined.location).toBe(`/my/gatherings/${g.id}`);
    expect(await flashAfter(declined, leader)).toEqual({ key: "rsvp.done.declined" });
    const mine = invitationsOf(g.id).find((i) => i.personId === personByEmail("leader@example.org").id)!;
    expect(mine).toMatchObject({ rsvp: "declined", declineReason: "Sykdom" });

    const stranger = await signInAs(outsider().email);
    expect((await openGathering(stranger, g.id)).status).toBe(404);
    expect((await answer(stranger, g.id, { answer: "accepted" })).status).toBe(404);

    moveGathering(g.id, new Date(clock.nowMs() - dayMs));
    const refused = await answer(leader, g.id, { answer: "accepted" });
    expect(refused.status).toBe(409);
    expect(refused.data.result.error).toEqual({ "": ["rsvp.tooLate"] });
    const after = await openGathering(leader, g.id);
    expect(after.data.invitation.closed).toBe("rsvp.tooLate");
    expect(after.data.ended).toBe(true);
  });

  it("is open to the gathering's facilitator and the coordinator, who have nothing to answer", async () => {
    const { internalFacilitator } = demo();
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 25 * dayMs), facilitatorIds: [internalFacilitator.id], confirm: true });
    const facilitator = getDb().select({ email: people.email }).from(people).where(eq(people.id, internalFacilitator.personId!)).get()!;
    for (const cookie of [await signInAs(facilitator.email), await signInAs("coordinator@example.org")]) {
      const page = await openGathering(cookie, g.id);
      expect(page.status).toBe(200);
      expect(page.data.invitation).toBeNull();
      expect((await answer(cookie, g.id, { answer: "accepted" })).status).toBe(404);
    }
  });
});
