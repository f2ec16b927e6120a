import { and, asc, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cohortMemberships, cohorts, emailMessages, gatherings, invitations, people } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as cohortList from "../../../app/routes/programs.$programId.cohorts";
import * as cohortPage from "../../../app/routes/programs.$programId.cohorts_.$cohortId";
import * as newPerson from "../../../app/routes/people.new";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { elvik, fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

const db = () => getDb();
const invitationsOf = (personId: number) =>
  db().select().from(invitations).where(eq(invitations.personId, personId)).orderBy(asc(invitations.id)).all();
const membershipsOf = (personId: number) =>
  db().select().from(cohortMemberships).where(eq(cohortMemberships.personId, personId)).orderBy(asc(cohortMemberships.id)).all();
const onPage = (cohortId: number, fields: Record<string, string | string[]>, cookie = coordinator) =>
  callAction(cohortPage.action, "/", fields, {
    cookie,
    params: { programId: String(lookup.program(fjellby).id), cohortId: String(cohortId) },
  });

describe("moving a leader to another cohort", () => {
  it("keeps past invitations and attendance exactly, ends the old membership, and invites to the new cohort's upcoming confirmed gatherings", async () => {
    const operational = lookup.cohort("Kull 2 – operative ledere");
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const [membership] = db()
      .select()
      .from(cohortMemberships)
      .where(and(eq(cohortMemberships.cohortId, operational.id), isNull(cohortMemberships.leftAt)))
      .orderBy(asc(cohortMemberships.id))
      .limit(1)
      .all();
    const personId = membership!.personId;
    const before = invitationsOf(personId);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.every((i) => i.cohortId === operational.id && i.attendance !== null)).toBe(true);

    const result = await onPage(operational.id, { intent: "move", personId: String(personId), toCohortId: String(firstLine.id) });
    expect(result.status).toBe(302);

    const after = invitationsOf(personId);
    expect(after.slice(0, before.length)).toEqual(before);
    const upcoming = db().select().from(gatherings).where(eq(gatherings.title, "Samling 1: Førstelinjelederen")).get()!;
    expect(upcoming.status).toBe("confirmed");
    const added = after.slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      gatheringId: upcoming.id,
      cohortId: firstLine.id,
      leaderLevelId: db().select().from(people).where(eq(people.id, personId)).get()!.leaderLevelId,
      rsvp: "pending",
      attendance: null,
    });

    const memberships = membershipsOf(personId);
    expect(memberships).toHaveLength(2);
    expect(memberships[0]).toMatchObject({ cohortId: operational.id, joinedAt: membership!.joinedAt });
    expect(memberships[0]!.leftAt).toBeInstanceOf(Date);
    expect(memberships[1]).toMatchObject({ cohortId: firstLine.id, leftAt: null });

    const mail = db()
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.idempotencyKey, `invitation:${upcoming.id}:${personId}:${upcoming.sequence}`))
      .get();
    expect(mail).toMatchObject({ kind: "invitation", recipientPersonId: personId, status: "queued" });
    expect(mail!.payload).toEqual({ gatheringId: upcoming.id, invitationId: added[0]!.id, sequence: upcoming.sequence });
  });

  it("invites to confirmed gatherings only: the planned ones of the old cohort stay uninvited", async () => {
    const operational = lookup.cohort("Kull 2 – operative ledere");
    const planned = db().select().from(gatherings).where(eq(gatherings.status, "planned")).all();
    expect(planned.length).toBeGreaterThan(0);
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const mover = db()
      .select()
      .from(cohortMemberships)
      .where(and(eq(cohortMemberships.cohortId, firstLine.id), isNull(cohortMemberships.leftAt)))
      .limit(1)
      .get()!;
    await onPage(firstLine.id, { intent: "move", personId: String(mover.personId), toCohortId: String(operational.id) });
    const invited = invitationsOf(mover.personId).map((i) => i.gatheringId);
    expect(planned.some((g) => invited.includes(g.id))).toBe(false);
  });
});

describe("cohort members", () => {
  it("adds a new leader by e-mail and removes them, keeping the membership on record", async () => {
    const created = await callAction(
      newPerson.action,
      "/people/new",
      {
        intent: "create",
        formId: "person",
        name: "Ny Leder",
        email: "ny.leder@fjellby.example.org",
        preferredLanguage: "nb",
        roles: "leader",
      },
      { cookie: coordinator },
    );
    const personId = Number(created.location!.split("/").pop());
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const page = await callLoader(cohortPage.loader, "/", {
      cookie: coordinator,
      params: { programId: String(lookup.program(fjellby).id), cohortId: String(firstLine.id) },
    });
    expect(page.data.candidates.map((c: { id: number }) => c.id)).toContain(personId);

    expect((await onPage(firstLine.id, { intent: "addMembers", formId: "add", email: "Ny.Leder@fjellby.example.org" })).status).toBe(302);
    expect(membershipsOf(personId)).toMatchObject([{ cohortId: firstLine.id, leftAt: null }]);
    expect(invitationsOf(personId)).toHaveLength(1);

    await onPage(firstLine.id, { intent: "remove", personId: String(personId) });
    const [ended] = membershipsOf(personId);
    expect(ended!.leftAt).toBeInstanceOf(Date);
    expect(invitationsOf(personId)).toHaveLength(1);
  });

  it("needs someone chosen, and never writes a person of another organisation", async () => {
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const empty = await onPage(firstLine.id, { intent: "addMembers", formId: "add" });
    expect(empty.status).toBe(400);
    expect(fieldErrors(empty.data)).toEqual({ personIds: ["cohorts.chooseSomeone"] });

    const foreign = lookup.person("coordinator@elvik.example.org");
    const result = await onPage(firstLine.id, { intent: "addMembers", formId: "add", personIds: [String(foreign.id)] });
    expect(result.status).toBe(404);
    expect(membershipsOf(foreign.id)).toEqual([]);
  });
});

describe("cohorts of a programme", () => {
  it("creates a cohort with a level and rollout order, refusing bad input and foreign levels", async () => {
    const program = lookup.program(fjellby);
    const params = { programId: String(program.id) };
    const level = lookup.level("Førstelinjeledere");
    const created = await callAction(
      cohortList.action,
      "/",
      {
        intent: "create",
        formId: "cohort",
        name: "Kull 4 – førstelinjeledere vest",
        leaderLevelId: String(level.id),
        rolloutOrder: "4",
        startsOn: "2027-01-10",
      },
      { cookie: coordinator, params },
    );
    expect(created.status).toBe(302);
    expect(lookup.cohort("Kull 4 – førstelinjeledere vest")).toMatchObject({
      programId: program.id,
      leaderLevelId: level.id,
      rolloutOrder: 4,
      endsOn: null,
    });

    const before = db().select({ n: count() }).from(cohorts).get()!.n;
    const bad = await callAction(
      cohortList.action,
      "/",
      { intent: "create", formId: "cohort", name: "", rolloutOrder: "0" },
      { cookie: coordinator, params },
    );
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.data)).toEqual({ name: ["cohorts.nameRequired"], rolloutOrder: ["cohorts.orderRequired"] });
    const elvikLevel = lookup.level("Virksomhetsledere");
    const foreign = await callAction(
      cohortList.action,
      "/",
      { intent: "create", formId: "cohort", name: "Lånt nivå", leaderLevelId: String(elvikLevel.id), rolloutOrder: "5" },
      { cookie: coordinator, params },
    );
    expect(foreign.status).toBe(404);
    expect(db().select({ n: count() }).from(cohorts).get()!.n).toBe(before);
  });

  it("keeps cohorts of other programmes and organisations out of reach", async () => {
    const elvikCoordinator = await signInAs("coordinator@elvik.example.org");
    const elvikProgram = lookup.program(elvik);
    await callAction(
      cohortList.action,
      "/",
      { intent: "create", formId: "cohort", name: "Elvik kull 1", rolloutOrder: "1" },
      { cookie: elvikCoordinator, params: { programId: String(elvikProgram.id) } },
    );
    const elvikCohort = lookup.cohort("Elvik kull 1");
    const fjellbyProgram = lookup.program(fjellby);
    const viaFjellby = await callLoader(cohortPage.loader, "/", {
      cookie: coordinator,
      params: { programId: String(fjellbyProgram.id), cohortId: String(elvikCohort.id) },
    });
    expect(viaFjellby.status).toBe(404);
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const leader = lookup.person("leader@example.org");
    const before = membershipsOf(leader.id);
    const moveAway = await onPage(firstLine.id, { intent: "move", personId: String(leader.id), toCohortId: String(elvikCohort.id) });
    expect(moveAway.status).toBe(404);
    expect(membershipsOf(leader.id)).toEqual(before);
    expect(
      (await callLoader(cohortList.loader, "/", { cookie: elvikCoordinator, params: { programId: String(fjellbyProgram.id) } })).status,
    ).toBe(404);
  });

  it("does not delete a cohort with history", async () => {
    const firstLine = lookup.cohort("Kull 3 – førstelinjeledere");
    const result = await onPage(firstLine.id, { intent: "delete" });
    expect(result.status).toBe(409);
    expect(lookup.cohort("Kull 3 – førstelinjeledere")).toBeDefined();
  });
});
