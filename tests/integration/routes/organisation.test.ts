import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { leaderLevels, organisations, units } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as organisation from "../../../app/routes/organisation";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors, lookup } from "../../helpers/lookups";

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

const post = (fields: Record<string, string>, cookie = coordinator, path = "/organisation") =>
  callAction(organisation.action, path, fields, { cookie });
const levelsOf = (organisationId: number) =>
  getDb().select().from(leaderLevels).where(eq(leaderLevels.organisationId, organisationId)).orderBy(asc(leaderLevels.position)).all();

describe("organisation settings", () => {
  it("shows units, ordered levels with the first-line one, and the strategy's focus areas", async () => {
    const { data } = await callLoader(organisation.loader, "/organisation", { cookie: coordinator });
    expect(data.organisation.name).toBe("Fjellby politidistrikt");
    expect(data.units).toHaveLength(5);
    expect(data.levels.map((l: { name: string; isFirstLine: boolean }) => [l.name, l.isFirstLine])).toEqual([
      ["Ledergruppen", false],
      ["Operative ledere", false],
      ["Førstelinjeledere", true],
    ]);
    expect(data.focusAreas).toHaveLength(3);
    expect(data.organisations).toBeNull();
  });

  it("adds and renames units, refusing a name already used (in any case)", async () => {
    expect((await post({ intent: "saveUnit", formId: "unit-new", name: "Vest driftsenhet" })).status).toBe(302);
    const unit = lookup.unit("Vest driftsenhet");
    const clash = await post({ intent: "saveUnit", formId: `unit-${unit.id}`, unitId: String(unit.id), name: "stab" });
    expect(clash.status).toBe(400);
    expect(fieldErrors(clash.data)).toEqual({ name: ["organisation.nameTaken"] });
    await post({ intent: "saveUnit", formId: `unit-${unit.id}`, unitId: String(unit.id), name: "Vest" });
    expect(getDb().select().from(units).where(eq(units.id, unit.id)).get()!.name).toBe("Vest");
    expect((await post({ intent: "deleteUnit", unitId: String(unit.id) })).status).toBe(302);
    const inUse = await post({ intent: "deleteUnit", unitId: String(lookup.unit("Stab").id) });
    expect(inUse.status).toBe(409);
    expect(inUse.data).toEqual({ notice: "organisation.unitInUse" });
  });

  it("keeps one first-line level and reorders levels", async () => {
    const orgId = lookup.organisation("Fjellby politidistrikt").id;
    await post({ intent: "saveLevel", formId: "level-new", name: "Teamledere", isFirstLine: "on" });
    let levels = levelsOf(orgId);
    expect(levels.map((l) => [l.name, l.isFirstLine])).toEqual([
      ["Ledergruppen", false],
      ["Operative ledere", false],
      ["Førstelinjeledere", false],
      ["Teamledere", true],
    ]);
    const team = levels[3]!;
    await post({ intent: "moveLevel", levelId: String(team.id), direction: "up" });
    levels = levelsOf(orgId);
    expect(levels.map((l) => l.name)).toEqual(["Ledergruppen", "Operative ledere", "Teamledere", "Førstelinjeledere"]);
    const firstLine = lookup.level("Førstelinjeledere");
    await post({
      intent: "saveLevel",
      formId: `level-${firstLine.id}`,
      levelId: String(firstLine.id),
      name: "Førstelinjeledere",
      isFirstLine: "on",
    });
    expect(
      levelsOf(orgId)
        .filter((l) => l.isFirstLine)
        .map((l) => l.name),
    ).toEqual(["Førstelinjeledere"]);
    expect((await post({ intent: "moveLevel", levelId: String(team.id), direction: "sideways" })).status).toBe(400);
    expect((await post({ intent: "deleteLevel", levelId: String(firstLine.id) })).status).toBe(409);
    expect((await post({ intent: "deleteLevel", levelId: String(team.id) })).status).toBe(302);
  });

  it("adds focus areas with goal, measures and rationale", async () => {
    const bad = await post({ intent: "saveFocusArea", formId: "focus-new", title: "Trygghet", goal: "" });
    expect(fieldErrors(bad.data)).toEqual({ goal: ["organisation.goalRequired"] });
    await post({
      intent: "saveFocusArea",
      formId: "focus-new",
      title: "Trygghet",
      goal: "Alle ledere er trygge i rollen.",
      measures: "Mentorordning",
      rationale: "Trygge ledere tar beslutninger.",
    });
    const { data } = await callLoader(organisation.loader, "/organisation", { cookie: coordinator });
    expect(data.focusAreas.at(-1)).toMatchObject({ title: "Trygghet", measures: "Mentorordning", position: 4 });
  });

  it("never lets a coordinator touch another organisation's settings", async () => {
    const elvikCoordinator = await signInAs("coordinator@elvik.example.org");
    const fjellbyUnit = lookup.unit("Stab");
    const rename = await post({ intent: "saveUnit", formId: "u", unitId: String(fjellbyUnit.id), name: "Kapret" }, elvikCoordinator);
    expect(rename.status).toBe(404);
    expect(lookup.unit("Stab")).toEqual(fjellbyUnit);
    const level = lookup.level("Ledergruppen");
    expect((await post({ intent: "deleteLevel", levelId: String(level.id) }, elvikCoordinator)).status).toBe(404);
    // ?org= is for administrators; a coordinator stays in their own organisation.
    const fjellbyId = lookup.organisation("Fjellby politidistrikt").id;
    await post({ intent: "saveUnit", formId: "unit-new", name: "Oppvekst" }, elvikCoordinator, `/organisation?org=${fjellbyId}`);
    expect(lookup.unit("Oppvekst").organisationId).toBe(lookup.organisation("Elvik kommune").id);
    expect((await post({ intent: "createOrganisation", formId: "createOrganisation", name: "Ny etat", kind: "agency" })).status).toBe(403);
  });

  it("lets an administrator create organisations and work in any of them", async () => {
    const admin = await signInAs("admin@example.org");
    const created = await post(
      { intent: "createOrganisation", formId: "createOrganisation", name: "Sjøvik politidistrikt", kind: "police_district" },
      admin,
    );
    const org = getDb().select().from(organisations).where(eq(organisations.name, "Sjøvik politidistrikt")).get()!;
    expect(created.location).toBe(`/organisation?org=${org.id}`);
    const dupe = await post(
      { intent: "createOrganisation", formId: "createOrganisation", name: "sjøvik politidistrikt", kind: "agency" },
      admin,
    );
    expect(dupe.status).toBe(400);
    await post({ intent: "saveLevel", formId: "level-new", name: "Ledere", isFirstLine: "on" }, admin, `/organisation?org=${org.id}`);
    expect(levelsOf(org.id).map((l) => l.name)).toEqual(["Ledere"]);
    const page = await callLoader(organisation.loader, `/organisation?org=${org.id}`, { cookie: admin });
    expect(page.data.organisation.name).toBe("Sjøvik politidistrikt");
    expect(page.data.organisations.length).toBe(getDb().select().from(organisations).all().length);
  });
});
