import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { externalPartners, facilitators } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as page from "../../../app/routes/facilitators";
import * as programNew from "../../../app/routes/programs.new";
import * as partners from "../../../app/routes/programs.$programId.partners";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors } from "../../helpers/lookups";

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

const byName = (name: string) => getDb().select().from(facilitators).where(eq(facilitators.name, name)).get();

describe("facilitators", () => {
  it("lists the organisation's internal and external facilitators with their partner", async () => {
    const { data } = await callLoader(page.loader, "/facilitators", { cookie: coordinator });
    expect(data.facilitators.map((f: { name: string; kind: string; partner: string | null }) => [f.name, f.kind, f.partner])).toEqual([
      ["Kari Nordvik", "external", "Lederkraft AS"],
      ["Terje Foss", "internal", null],
    ]);
  });

  it("adds an internal facilitator from the organisation's people, taking the unit as affiliation", async () => {
    const result = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveInternal", formId: "internal-new", email: "leader@example.org" },
      { cookie: coordinator },
    );
    expect(result.status).toBe(302);
    expect(byName("Lars Øverby")).toMatchObject({ kind: "internal", affiliation: "Nord driftsenhet", email: null });
    const again = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveInternal", formId: "internal-new", email: "leader@example.org" },
      { cookie: coordinator },
    );
    expect(fieldErrors(again.data)).toEqual({ email: ["facilitators.alreadyFacilitator"] });
    const foreign = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveInternal", formId: "internal-new", email: "coordinator@elvik.example.org" },
      { cookie: coordinator },
    );
    expect(fieldErrors(foreign.data)).toEqual({ email: ["programs.personUnknown"] });
  });

  it("adds an external facilitator linked to a partner, never to another organisation's partner", async () => {
    const partner = getDb().select().from(externalPartners).where(eq(externalPartners.name, "Lederkraft AS")).get()!;
    const ok = await callAction(
      page.action,
      "/facilitators",
      {
        intent: "saveExternal",
        formId: "external-new",
        name: "Per Veileder",
        affiliation: "Lederkraft AS",
        email: "Per@Lederkraft.example.com",
        externalPartnerId: String(partner.id),
      },
      { cookie: coordinator },
    );
    expect(ok.status).toBe(302);
    expect(byName("Per Veileder")).toMatchObject({
      kind: "external",
      email: "per@lederkraft.example.com",
      externalPartnerId: partner.id,
      personId: null,
    });

    const elvik = await signInAs("coordinator@elvik.example.org");
    const created = await callAction(
      programNew.action,
      "/programs/new",
      { title: "Elvik 2", periodStart: "2026-01-01", periodEnd: "2026-12-31" },
      { cookie: elvik },
    );
    const elvikProgramId = created.location!.split("/").pop()!;
    await callAction(
      partners.action,
      "/",
      { intent: "addPartner", formId: "partner", name: "Elvik Consult" },
      { cookie: elvik, params: { programId: elvikProgramId } },
    );
    const elvikPartner = getDb().select().from(externalPartners).where(eq(externalPartners.name, "Elvik Consult")).get()!;
    const stolen = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveExternal", formId: "external-new", name: "Lånt Konsulent", externalPartnerId: String(elvikPartner.id) },
      { cookie: coordinator },
    );
    expect(stolen.status).toBe(404);
    expect(byName("Lånt Konsulent")).toBeUndefined();

    const missing = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveExternal", formId: "external-new", name: " ", email: "nei" },
      { cookie: coordinator },
    );
    expect(fieldErrors(missing.data)).toEqual({ name: ["facilitators.nameRequired"], email: ["programs.emailInvalid"] });
  });

  it("keeps facilitators who have led gatherings, and other organisations' facilitators out of reach", async () => {
    const terje = byName("Terje Foss")!;
    const inUse = await callAction(
      page.action,
      "/facilitators",
      { intent: "delete", facilitatorId: String(terje.id) },
      { cookie: coordinator },
    );
    expect(inUse.status).toBe(409);
    const elvik = await signInAs("coordinator@elvik.example.org");
    const foreign = await callAction(
      page.action,
      "/facilitators",
      { intent: "delete", facilitatorId: String(byName("Per Veileder")!.id) },
      { cookie: elvik },
    );
    expect(foreign.status).toBe(404);
    const edit = await callAction(
      page.action,
      "/facilitators",
      { intent: "saveExternal", formId: "x", facilitatorId: String(terje.id), name: "Kapret" },
      { cookie: elvik },
    );
    expect(edit.status).toBe(404);
    expect(byName("Terje Foss")).toEqual(terje);
    expect(
      (
        await callAction(
          page.action,
          "/facilitators",
          { intent: "delete", facilitatorId: String(byName("Per Veileder")!.id) },
          { cookie: coordinator },
        )
      ).status,
    ).toBe(302);
    expect(byName("Per Veileder")).toBeUndefined();
  });
});
