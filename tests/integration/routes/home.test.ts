import { clock } from "../../../app/server/clock.server";
import { organisations } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { describe, expect, it } from "vitest";
import * as home from "../../../app/routes/_index";
import * as healthz from "../../../app/routes/healthz";
import * as language from "../../../app/routes/language";
import * as root from "../../../app/root";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

describe("home page per role", () => {
  it("sends visitors to the login page, remembering where they were going", async () => {
    const result = await callLoader(home.loader, "/");
    expect(result.location).toBe("/login");
  });

  it("shows the coordinator their organisation's programmes only", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("coordinator@example.org") });
    expect(data.coordinator.programs.map((p: { title: string }) => p.title)).toEqual(["Ledelse i Fjellby 2025–2027"]);
    expect(data.leader).toBeNull();
    const elvik = await callLoader(home.loader, "/", { cookie: await signInAs("coordinator@elvik.example.org") });
    expect(elvik.data.coordinator.programs.map((p: { title: string }) => p.title)).toEqual(["Lederløftet i Elvik"]);
  });

  it("shows the leader their next gatherings and the baseline reflection due", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("leader@example.org") });
    expect(data.leader.upcoming.length).toBeGreaterThan(0);
    expect(data.leader.upcoming[0].title).toBe("Samling 1: Førstelinjelederen");
    expect(data.leader.baselineDue.map((p: { title: string }) => p.title)).toEqual(["Ledelse i Fjellby 2025–2027"]);
    expect(data.coordinator).toBeNull();
  });

  it("shows the union representative their participation and open consultations", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("union@example.org") });
    expect(data.union.participations[0]).toMatchObject({ mode: "secretariat", isChiefRepresentative: true });
    expect(data.union.consultations).toHaveLength(1);
  });

  it("shows the facilitator the gatherings they lead", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("facilitator@example.org") });
    expect(data.facilitator.gatherings.length).toBeGreaterThan(0);
  });

  it("shows the directorate requested reports across organisations", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("directorate@example.org") });
    expect(data.directorate.pending[0].organisationName).toBe("Fjellby politidistrikt");
  });

  it("shows the admin every organisation", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("admin@example.org") });
    expect(data.admin.organisations).toHaveLength(getDb().select().from(organisations).all().length);
  });
});

describe("language", () => {
  it("is bokmål by default and follows the user's choice, remembered on the profile", async () => {
    const cookie = await signInAs("leader@example.org");
    expect((await callLoader(root.loader, "/", { cookie })).data.locale).toBe("nb");
    const switched = await callAction(language.action, "/language", { locale: "en", redirectTo: "/" }, { cookie });
    expect(switched.location).toBe("/");
    expect((await callLoader(root.loader, "/", { cookie: await signInAs("leader@example.org") })).data.locale).toBe("en");
    await callAction(language.action, "/language", { locale: "nb", redirectTo: "/" }, { cookie });
  });

  it("remembers a visitor's choice in a cookie and never redirects off-site", async () => {
    const result = await callAction(language.action, "/language", { locale: "en", redirectTo: "//evil.example.com" });
    expect(result.location).toBe("/");
    const cookie = result.headers.get("Set-Cookie")!.split(";")[0]!;
    expect((await callLoader(root.loader, "/", { cookie })).data.locale).toBe("en");
  });

  it.each(["/%5Cevil.example/x", "/\\evil.example/x", "/\t/evil.example"])("stays on the site for %j", async (redirectTo) => {
    const result = await callAction(language.action, "/language", { locale: "en", redirectTo });
    expect(result.location).toBe("/");
  });
});

describe("GET /healthz", () => {
  it("answers ok while the database answers", async () => {
    const result = await callLoader(healthz.loader, "/healthz");
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ status: "ok" });
  });
});

describe("coordinator's programme cards", () => {
  it("count the programme's cohorts and show its next gathering", async () => {
    const { data } = await callLoader(home.loader, "/", { cookie: await signInAs("coordinator@example.org") });
    const card = data.coordinator.programs[0];
    expect(card.cohortCount).toBe(3);
    expect(card.nextGatheringAt).toBeInstanceOf(Date);
    expect(card.nextGatheringAt.getTime()).toBeGreaterThan(clock.nowMs());
  });
});
