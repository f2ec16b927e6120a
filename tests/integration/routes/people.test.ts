import { and, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cohortMemberships, invitations, organisations, people, personRoles, sessions } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as list from "../../../app/routes/people._index";
import * as create from "../../../app/routes/people.new";
import * as edit from "../../../app/routes/people.$personId";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors, lookup } from "../../helpers/lookups";

let coordinator: string;
let elvikCoordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
  elvikCoordinator = await signInAs("coordinator@elvik.example.org");
});

const peopleCount = () => getDb().select({ n: count() }).from(people).get()!.n;
const form = (values: Record<string, string | string[]>) => ({ intent: "create", formId: "person", preferredLanguage: "nb", ...values });
const rolesOf = (id: number) =>
  getDb()
    .select()
    .from(personRoles)
    .where(eq(personRoles.personId, id))
    .all()
    .map((r) => r.role)
    .sort();

describe("people list", () => {
  it("searches names with Norwegian letters in any case, and filters by unit, level, cohort and role", async () => {
    const search = await callLoader(list.loader, "/people?q=%C3%B8VERBY", { cookie: coordinator });
    expect(search.data.people.map((p: { email: string }) => p.email)).toEqual(["leader@example.org"]);
    const unit = lookup.unit("Stab");
    const level = lookup.level("Ledergruppen");
    const byUnitAndLevel = await callLoader(list.loader, `/people?unit=${unit.id}&level=${level.id}`, { cookie: coordinator });
    expect(byUnitAndLevel.data.total).toBeGreaterThan(0);
    expect(byUnitAndLevel.data.people.every((p: { unit: string; level: string }) => p.unit === "Stab" && p.level === "Ledergruppen")).toBe(
      true,
    );
    const cohort = lookup.cohort("Kull 1 – ledergruppen");
    const byCohort = await callLoader(list.loader, `/people?cohort=${cohort.id}`, { cookie: coordinator });
    expect(byCohort.data.total).toBe(8);
    const reps = await callLoader(list.loader, "/people?role=union_rep", { cookie: coordinator });
    expect(reps.data.total).toBe(4);
    const garbage = await callLoader(list.loader, "/people?unit=abc&role=king&page=-3", { cookie: coordinator });
    expect(garbage.status).toBe(200);
  });

  it("shows each organisation its own people, and lets an administrator choose the organisation", async () => {
    const elvik = await callLoader(list.loader, "/people", { cookie: elvikCoordinator });
    expect(elvik.data.people.map((p: { email: string }) => p.email)).toEqual(["coordinator@elvik.example.org"]);
    const fjellbyId = lookup.organisation("Fjellby politidistrikt").id;
    const ignored = await callLoader(list.loader, `/people?org=${fjellbyId}`, { cookie: elvikCoordinator });
    expect(ignored.data.organisationId).toBe(lookup.organisation("Elvik kommune").id);
    const admin = await signInAs("admin@example.org");
    const chosen = await callLoader(list.loader, `/people?org=${fjellbyId}`, { cookie: admin });
    expect(chosen.data.total).toBeGreaterThan(40);
    expect(chosen.data.organisations).toHaveLength(getDb().select().from(organisations).all().length);
    expect((await callLoader(list.loader, "/people?org=999999", { cookie: admin })).status).toBe(404);
    expect((await callLoader(list.loader, "/people", { cookie: await signInAs("leader@example.org") })).status).toBe(403);
  });
});

describe("creating and editing people", () => {
  it("creates a person with roles, unit and level", async () => {
    const unit = lookup.unit("Nord driftsenhet");
    const level = lookup.level("Førstelinjeledere");
    const result = await callAction(
      create.action,
      "/people/new",
      form({
        name: "Åsmund Ørnes",
        email: "Asmund.Ornes@Fjellby.example.org",
        unitId: String(unit.id),
        leaderLevelId: String(level.id),
        roles: ["leader", "facilitator"],
      }),
      { cookie: coordinator },
    );
    expect(result.status).toBe(302);
    const person = lookup.person("asmund.ornes@fjellby.example.org");
    expect(result.location).toBe(`/people/${person.id}`);
    expect(person).toMatchObject({ name: "Åsmund Ørnes", unitId: unit.id, leaderLevelId: level.id, passwordHash: null });
    expect(rolesOf(person.id)).toEqual(["facilitator", "leader"]);
  });

  it("keeps e-mail addresses unique whatever their case, across organisations", async () => {
    const before = peopleCount();
    const taken = await callAction(create.action, "/people/new", form({ name: "Dobbel", email: "LEADER@example.org" }), {
      cookie: coordinator,
    });
    expect(taken.status).toBe(400);
    expect(fieldErrors(taken.data)).toEqual({ email: ["people.emailTaken"] });
    const elsewhere = await callAction(create.action, "/people/new", form({ name: "Dobbel", email: "Coordinator@Elvik.example.org" }), {
      cookie: coordinator,
    });
    expect(fieldErrors(elsewhere.data)).toEqual({ email: ["people.emailTaken"] });
    const bad = await callAction(create.action, "/people/new", form({ name: "", email: "ikke-epost", preferredLanguage: "de" }), {
      cookie: coordinator,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldErrors(bad.data)).sort()).toEqual(["email", "name", "preferredLanguage"]);
    expect(bad.data.result.initialValue.email).toBe("ikke-epost");
    expect(peopleCount()).toBe(before);
  });

  it("never writes a unit or level of another organisation: 404", async () => {
    const before = peopleCount();
    const elvikLevel = lookup.level("Kommunalsjefer");
    const result = await callAction(
      create.action,
      "/people/new",
      form({ name: "Lånt", email: "laant@fjellby.example.org", leaderLevelId: String(elvikLevel.id) }),
      { cookie: coordinator },
    );
    expect(result.status).toBe(404);
    expect(peopleCount()).toBe(before);
    const leader = lookup.person("leader@example.org");
    const editForeign = await callAction(
      edit.action,
      "/",
      {
        intent: "update",
        formId: "person",
        name: "Lars Øverby",
        email: "leader@example.org",
        preferredLanguage: "nb",
        unitId: String(lookup.unit("Stab").id),
      },
      { cookie: elvikCoordinator, params: { personId: String(leader.id) } },
    );
    expect(editForeign.status).toBe(404);
    expect(lookup.person("leader@example.org").unitId).toBe(leader.unitId);
    expect((await callLoader(edit.loader, "/", { cookie: elvikCoordinator, params: { personId: String(leader.id) } })).status).toBe(404);
  });

  it("lets coordinators give programme roles only; an administrator's roles stay", async () => {
    const person = lookup.person("asmund.ornes@fjellby.example.org");
    const params = { personId: String(person.id) };
    const admin = await callAction(
      edit.action,
      "/",
      { intent: "update", formId: "person", name: person.name, email: person.email, preferredLanguage: "en", roles: ["leader", "admin"] },
      { cookie: coordinator, params },
    );
    expect(admin.status).toBe(400);
    expect(fieldErrors(admin.data)).toEqual({ roles: ["people.roleNotAllowed"] });
    expect(rolesOf(person.id)).toEqual(["facilitator", "leader"]);

    const ok = await callAction(
      edit.action,
      "/",
      { intent: "update", formId: "person", name: "Åsmund Ørnes-Li", email: person.email, preferredLanguage: "en", roles: ["union_rep"] },
      { cookie: coordinator, params },
    );
    expect(ok.status).toBe(302);
    expect(lookup.person(person.email)).toMatchObject({ name: "Åsmund Ørnes-Li", preferredLanguage: "en", unitId: null });
    const [update] = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, person.id), eq(auditEvents.action, "update")))
      .all();
    expect(update!.details).toMatchObject({ fields: ["name", "preferredLanguage", "unitId", "leaderLevelId"] });
    expect(rolesOf(person.id)).toEqual(["union_rep"]);
  });
});

describe("deactivating people", () => {
  it("keeps the person and their history, ends sessions and cohort memberships, and can be undone", async () => {
    const leader = lookup.person("leader@example.org");
    const params = { personId: String(leader.id) };
    await signInAs("leader@example.org");
    const invitationsBefore = getDb().select().from(invitations).where(eq(invitations.personId, leader.id)).all();
    const result = await callAction(edit.action, "/", { intent: "deactivate" }, { cookie: coordinator, params });
    expect(result.status).toBe(302);
    expect(lookup.person("leader@example.org").deactivatedAt).toBeInstanceOf(Date);
    expect(getDb().select().from(sessions).where(eq(sessions.personId, leader.id)).all()).toEqual([]);
    expect(
      getDb()
        .select()
        .from(cohortMemberships)
        .where(and(eq(cohortMemberships.personId, leader.id), isNull(cohortMemberships.leftAt)))
        .all(),
    ).toEqual([]);
    expect(getDb().select().from(invitations).where(eq(invitations.personId, leader.id)).all()).toEqual(invitationsBefore);
    const inactive = await callLoader(list.loader, "/people?status=inactive", { cookie: coordinator });
    expect(inactive.data.people.map((p: { email: string }) => p.email)).toContain("leader@example.org");

    await callAction(edit.action, "/", { intent: "reactivate" }, { cookie: coordinator, params });
    expect(lookup.person("leader@example.org").deactivatedAt).toBeNull();
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "person"), eq(auditEvents.entityId, leader.id)))
      .all();
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["deactivate", lookup.person("coordinator@example.org").id],
      ["reactivate", lookup.person("coordinator@example.org").id],
    ]);
  });

  it("does not let coordinators deactivate themselves", async () => {
    const me = lookup.person("coordinator@example.org");
    const result = await callAction(
      edit.action,
      "/",
      { intent: "deactivate" },
      { cookie: coordinator, params: { personId: String(me.id) } },
    );
    expect(result.status).toBe(409);
    expect(result.data).toEqual({ notice: "people.cannotDeactivateSelf" });
    expect(lookup.person("coordinator@example.org").deactivatedAt).toBeNull();
  });
});
