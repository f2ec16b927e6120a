import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { participationModeChanges, personRoles, unionParticipations } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as participation from "../../../app/routes/participation";
import * as union from "../../../app/routes/programs.$programId.union";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let rep: string;
let coordinator: string;
beforeAll(async () => {
  rep = await signInAs("union@example.org");
  coordinator = await signInAs("coordinator@example.org");
});

const participationOf = (email: string) =>
  getDb()
    .select()
    .from(unionParticipations)
    .where(eq(unionParticipations.personId, lookup.person(email).id))
    .get()!;
const historyOf = (participationId: number) =>
  getDb()
    .select()
    .from(participationModeChanges)
    .where(eq(participationModeChanges.participationId, participationId))
    .orderBy(asc(participationModeChanges.id))
    .all();
const programParams = () => ({ programId: String(lookup.program(fjellby).id) });

describe("a union representative's participation mode", () => {
  it("is set by the representative, and every change is kept with its date", async () => {
    const mine = participationOf("union@example.org");
    expect(mine.mode).toBe("secretariat");
    const page = await callLoader(participation.loader, "/participation", { cookie: rep });
    expect(page.data.participations).toMatchObject([{ id: mine.id, mode: "secretariat", isChiefRepresentative: true }]);

    const result = await callAction(
      participation.action,
      "/participation",
      { intent: "setMode", formId: `mode-${mine.id}`, participationId: String(mine.id), mode: "full" },
      { cookie: rep },
    );
    expect(result.status).toBe(302);
    expect(participationOf("union@example.org").mode).toBe("full");
    const history = historyOf(mine.id);
    expect(history.map((h) => [h.fromMode, h.toMode])).toEqual([
      [null, "secretariat"],
      ["secretariat", "full"],
    ]);
    expect(history[1]!.changedById).toBe(lookup.person("union@example.org").id);
    expect(history[1]!.at).toBeInstanceOf(Date);

    // Choosing the same mode again is not a change.
    await callAction(
      participation.action,
      "/participation",
      { intent: "setMode", participationId: String(mine.id), mode: "full" },
      { cookie: rep },
    );
    expect(historyOf(mine.id)).toHaveLength(2);
  });

  it("refuses an unknown mode, and another representative's participation is a 404", async () => {
    const mine = participationOf("union@example.org");
    const bad = await callAction(
      participation.action,
      "/participation",
      { intent: "setMode", formId: "m", participationId: String(mine.id), mode: "boss" },
      { cookie: rep },
    );
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.data)).toHaveProperty("mode");
    const theirs = participationOf("petter.tillitsvalgt@fjellby.example.org");
    const result = await callAction(
      participation.action,
      "/participation",
      { intent: "setMode", participationId: String(theirs.id), mode: "observer" },
      { cookie: rep },
    );
    expect(result.status).toBe(404);
    expect(participationOf("petter.tillitsvalgt@fjellby.example.org").mode).toBe(theirs.mode);
  });

  it("is seen by the coordinator with its history, but the coordinator cannot change it", async () => {
    const page = await callLoader(union.loader, "/", { cookie: coordinator, params: programParams() });
    const chief = page.data.representatives.find((r: { email: string }) => r.email === "union@example.org");
    expect(chief).toMatchObject({ mode: "full", isChiefRepresentative: true });
    expect(chief.history.map((h: { toMode: string }) => h.toMode)).toEqual(["full", "secretariat"]);

    expect((await callLoader(participation.loader, "/participation", { cookie: coordinator })).status).toBe(403);
    const viaOwnPage = await callAction(
      participation.action,
      "/participation",
      { intent: "setMode", participationId: String(chief.id), mode: "informed" },
      { cookie: coordinator },
    );
    expect(viaOwnPage.status).toBe(403);
    const viaUnionTab = await callAction(
      union.action,
      "/",
      { intent: "setMode", participationId: String(chief.id), mode: "informed" },
      { cookie: coordinator, params: programParams() },
    );
    expect(viaUnionTab.status).toBe(400);
    const viaEdit = await callAction(
      union.action,
      "/",
      {
        intent: "updateRepresentative",
        formId: `rep-${chief.id}`,
        participationId: String(chief.id),
        unionName: "Politiets Fellesforbund",
        isChiefRepresentative: "on",
        mode: "informed",
      },
      { cookie: coordinator, params: programParams() },
    );
    expect(viaEdit.status).toBe(302);
    expect(participationOf("union@example.org").mode).toBe("full");
  });

  it("shows union representatives the tab read-only", async () => {
    const page = await callLoader(union.loader, "/", { cookie: rep, params: programParams() });
    expect(page.data.canManage).toBe(false);
    expect(page.data.representatives).toHaveLength(4);
    const result = await callAction(
      union.action,
      "/",
      { intent: "addRepresentative", email: "leader@example.org", unionName: "X" },
      { cookie: rep, params: programParams() },
    );
    expect(result.status).toBe(403);
  });
});

describe("registering representatives", () => {
  it("adds a person of the organisation as representative, kept informed until they choose", async () => {
    const leader = lookup.person("leader@example.org");
    const result = await callAction(
      union.action,
      "/",
      { intent: "addRepresentative", formId: "add", email: "leader@example.org", unionName: "Parat" },
      { cookie: coordinator, params: programParams() },
    );
    expect(result.status).toBe(302);
    const added = participationOf("leader@example.org");
    expect(added).toMatchObject({ unionName: "Parat", mode: "informed", isChiefRepresentative: false });
    expect(historyOf(added.id).map((h) => [h.fromMode, h.toMode])).toEqual([[null, "informed"]]);
    const roles = getDb()
      .select()
      .from(personRoles)
      .where(eq(personRoles.personId, leader.id))
      .all()
      .map((r) => r.role);
    expect(roles.sort()).toEqual(["leader", "union_rep"]);

    const again = await callAction(
      union.action,
      "/",
      { intent: "addRepresentative", formId: "add", email: "leader@example.org", unionName: "Parat" },
      { cookie: coordinator, params: programParams() },
    );
    expect(again.status).toBe(400);
    expect(fieldErrors(again.data)).toEqual({ email: ["union.alreadyRepresentative"] });
  });

  it("refuses people of other organisations and bad input, writing nothing", async () => {
    const before = getDb().select().from(unionParticipations).all().length;
    const foreign = await callAction(
      union.action,
      "/",
      { intent: "addRepresentative", formId: "add", email: "coordinator@elvik.example.org", unionName: "Fagforbundet" },
      { cookie: coordinator, params: programParams() },
    );
    expect(fieldErrors(foreign.data)).toEqual({ email: ["programs.personUnknown"] });
    const bad = await callAction(
      union.action,
      "/",
      { intent: "addRepresentative", formId: "add", email: "x", unionName: "" },
      { cookie: coordinator, params: programParams() },
    );
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.data)).toEqual({ email: ["programs.emailInvalid"], unionName: ["union.unionRequired"] });
    expect(getDb().select().from(unionParticipations).all().length).toBe(before);
    const elvik = await callLoader(union.loader, "/", { cookie: await signInAs("coordinator@elvik.example.org"), params: programParams() });
    expect(elvik.status).toBe(404);
  });
});
