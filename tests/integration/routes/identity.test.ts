import { and, desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, emailMessages, people, sessions } from "../../../db/schema";
import * as password from "../../../app/routes/account.password.$token";
import * as login from "../../../app/routes/login";
import * as forgot from "../../../app/routes/login_.forgot";
import * as linkRequest from "../../../app/routes/login_.link";
import * as linkPage from "../../../app/routes/login_.link.$token";
import * as reflectionLink from "../../../app/routes/r.$token";
import * as home from "../../../app/routes/_index";
import { createAdministrator } from "../../../app/cli/admin";
import { invitePeople } from "../../../app/server/identity.server";
import { createReflectionLink } from "../../../app/server/reflection-links.server";
import { accountsWithDemoPassword } from "../../../app/server/demo-accounts.server";
import { clock, setClock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { heldGatheringOf, personByEmail } from "../../helpers/reflections";

const cookieFrom = (headers: Headers) => headers.get("Set-Cookie")!.split(";")[0]!;
/** The secret of the newest outbox message of a kind to a person (what the e-mail will carry). */
const latestToken = (kind: string, personId: number): string => {
  const row = getDb()
    .select({ payload: emailMessages.payload })
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, kind), eq(emailMessages.recipientPersonId, personId)))
    .orderBy(desc(emailMessages.id))
    .get();
  return (row!.payload as { token: string }).token;
};
const messageCount = () => getDb().select().from(emailMessages).all().length;
const choose = (token: string, pw = "en lang nok frase", confirm = pw) =>
  callAction(password.action, `/account/password/${token}`, { password: pw, confirm }, { params: { token } });
const audited = (personId: number, action: string) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, action)))
    .all().length;

afterEach(() => setClock(null));

describe("the first administrator from npm run admin -- create", () => {
  it("creates an admin without a password whose link works once", async () => {
    const link = createAdministrator({ email: "Sjef@Etat.no", name: "Kari Sjef", organisation: "Fjellby politidistrikt" });
    const token = new URL(link).pathname.split("/").pop()!;
    expect(personByEmail("sjef@etat.no").passwordHash).toBeNull();
    expect(() => createAdministrator({ email: "sjef@etat.no", name: "Again" })).toThrow(/already has an account/);
    const page = await callLoader(password.loader, `/account/password/${token}`, { params: { token } });
    expect(page.data).toMatchObject({ state: "valid", purpose: "invitation", email: "sjef@etat.no" });
    const done = await choose(token);
    expect(done.status).toBe(302);
    const me = await callLoader(home.loader, "/", { cookie: cookieFrom(done.headers) });
    expect(me.data.name).toBe("Kari Sjef");
    expect((await choose(token)).status).toBe(410);
    const again = await callLoader(password.loader, `/account/password/${token}`, { params: { token } });
    expect(again.status).toBe(410);
    expect(again.data.state).toBe("used");
    const signIn = await callAction(login.action, "/login", { email: "sjef@etat.no", password: "en lang nok frase" });
    expect(signIn.status).toBe(302);
  });
});

describe("invitations", () => {
  const newcomer = () => {
    const org = personByEmail("coordinator@example.org").organisationId;
    return getDb()
      .insert(people)
      .values({ organisationId: org, name: "Nina Ny", email: `nina${messageCount()}@fjellby.example.org` })
      .returning()
      .get();
  };

  it("invitation → choose password → sign in; audited as invited and activated", async () => {
    const nina = newcomer();
    const coordinator = personByEmail("coordinator@example.org");
    expect(invitePeople(nina.organisationId, [nina.id], coordinator.id)).toBe(1);
    const token = latestToken("account_invitation", nina.id);
    expect((await choose(token, "kort", "kort")).status).toBe(400);
    expect((await choose(token, "en lang nok frase", "en annen frase!")).status).toBe(400);
    expect((await choose(token)).status).toBe(302);
    expect(personByEmail(nina.email).activatedAt).toBeInstanceOf(Date);
    expect(audited(nina.id, "invited")).toBe(1);
    expect(audited(nina.id, "activated")).toBe(1);
    const signIn = await callAction(login.action, "/login", { email: nina.email, password: "en lang nok frase" });
    expect(signIn.status).toBe(302);
    // Activated people are not invited again.
    expect(invitePeople(nina.organisationId, [nina.id], coordinator.id)).toBe(0);
  });

  it("an expired invitation explains itself and offers a new link; a re-sent one replaces the old", async () => {
    const nina = newcomer();
    invitePeople(nina.organisationId, [nina.id], null);
    const first = latestToken("account_invitation", nina.id);
    setClock(new Date(clock.nowMs() + 15 * 86_400_000));
    const expired = await callLoader(password.loader, `/account/password/${first}`, { params: { token: first } });
    expect(expired.status).toBe(410);
    expect(expired.data.state).toBe("expired");
    expect((await choose(first)).status).toBe(410);
    setClock(null);
    invitePeople(nina.organisationId, [nina.id], null);
    const second = latestToken("account_invitation", nina.id);
    invitePeople(nina.organisationId, [nina.id], null);
    const third = latestToken("account_invitation", nina.id);
    expect((await choose(second)).status).toBe(410);
    expect((await choose(third)).status).toBe(302);
  });
});

describe("forgotten password", () => {
  const ask = (email: string, clientAddress = "127.0.0.1") =>
    callAction(forgot.action, "/login/forgot", { email }, { context: { clientAddress } });

  it("answers a known and an unknown address alike, in the same timing band", async () => {
    const before = messageCount();
    const known = await ask("union@example.org", "10.1.0.1");
    const unknown = await ask("nobody-here@example.org", "10.1.0.2");
    expect(known.status).toBe(unknown.status);
    expect(known.data.sent).toBe(true);
    expect(unknown.data.sent).toBe(true);
    expect(messageCount()).toBe(before + 1);
    const time = async (email: string, i: number) => {
      const started = performance.now();
      await ask(email, `10.2.${i}.1`);
      return performance.now() - started;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    // Different known people, so the per-address limit is not what is measured.
    const knownPeople = getDb()
      .select({ email: people.email })
      .from(people)
      .limit(40)
      .all()
      .map((p) => p.email);
    for (let i = 0; i < 20; i++) {
      knownTimes.push(await time(knownPeople[i]!, i));
      unknownTimes.push(await time(`ghost${i}@nowhere.example`, 100 + i));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Both answers take a few milliseconds; no scrypt or other slow step tells them apart.
    expect(Math.abs(median(knownTimes) - median(unknownTimes))).toBeLessThan(25);
  });

  it("a reset link sets a new password once and ends every other session", async () => {
    const union = personByEmail("union@example.org");
    const cookie = await signInAs(union.email);
    await ask(union.email, "10.3.0.1");
    const token = latestToken("password_reset", union.id);
    expect((await choose(token, "helt nytt passord")).status).toBe(302);
    expect((await callLoader(home.loader, "/", { cookie })).status).toBe(302);
    expect((await choose(token, "et tredje passord")).status).toBe(410);
    expect(audited(union.id, "reset_requested")).toBeGreaterThan(0);
    expect(audited(union.id, "reset_done")).toBe(1);
    expect((await callAction(login.action, "/login", { email: union.email, password: "helt nytt passord" })).status).toBe(302);
  });

  it("expires after 30 minutes", async () => {
    const person = personByEmail("facilitator@example.org");
    await ask(person.email, "10.3.0.2");
    const token = latestToken("password_reset", person.id);
    setClock(new Date(clock.nowMs() + 31 * 60_000));
    expect((await choose(token)).status).toBe(410);
  });

  it("is throttled per address asked for, known or not, with Retry-After", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await ask("flooded@nowhere.example", `10.4.0.${i}`));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(Number(results[3]!.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

describe("sign-in by e-mail link", () => {
  const request = (email: string, redirectTo = "") =>
    callAction(linkRequest.action, "/login/link", { email, redirectTo }, { context: { clientAddress: `10.5.${messageCount() % 250}.1` } });

  it("works once, and only by pressing the button (a scanner opening it spends nothing)", async () => {
    const leader = personByEmail("leader@example.org");
    await request(leader.email);
    const token = latestToken("sign_in_link", leader.id);
    const page = await callLoader(linkPage.loader, `/login/link/${token}`, { params: { token } });
    expect(page.data).toMatchObject({ state: "valid", email: leader.email });
    const first = await callAction(linkPage.action, `/login/link/${token}`, {}, { params: { token } });
    expect(first.status).toBe(302);
    expect(first.location).toBe("/");
    expect((await callLoader(home.loader, "/", { cookie: cookieFrom(first.headers) })).status).toBe(200);
    expect((await callAction(linkPage.action, `/login/link/${token}`, {}, { params: { token } })).status).toBe(410);
  });

  it("expires after 15 minutes", async () => {
    const leader = personByEmail("leader@example.org");
    await request(leader.email);
    const token = latestToken("sign_in_link", leader.id);
    setClock(new Date(clock.nowMs() + 16 * 60_000));
    const page = await callLoader(linkPage.loader, `/login/link/${token}`, { params: { token } });
    expect(page.data.state).toBe("expired");
    expect((await callAction(linkPage.action, `/login/link/${token}`, {}, { params: { token } })).status).toBe(410);
  });

  it("is sent only to an active account, answering alike otherwise", async () => {
    const before = messageCount();
    const unknown = await request("ghost@nowhere.example");
    expect(unknown.data.sent).toBe(true);
    expect(messageCount()).toBe(before);
  });

  it("takes a signed-out leader from the reflection prompt e-mail to the form", async () => {
    const ingrid = personByEmail("ingrid.haugen@fjellby.example.org");
    const gathering = heldGatheringOf(ingrid.id);
    const prompt = createReflectionLink(getDb(), ingrid.id, gathering.id);
    const opened = await callLoader(reflectionLink.loader, `/r/${prompt}`, { params: { token: prompt } });
    const redirectTo = new URL(opened.location!, "http://x").searchParams.get("redirectTo")!;
    expect(redirectTo).toBe(`/r/${prompt}`);
    await request(ingrid.email, redirectTo);
    const token = latestToken("sign_in_link", ingrid.id);
    const signedIn = await callAction(linkPage.action, `/login/link/${token}`, {}, { params: { token } });
    expect(signedIn.location).toBe(`/r/${prompt}`);
    const form = await callLoader(reflectionLink.loader, `/r/${prompt}`, {
      params: { token: prompt },
      cookie: cookieFrom(signedIn.headers),
    });
    expect(form.location).toBe(`/my/reflections/new?gatheringId=${gathering.id}`);
  });

  it("never sends anyone to another site", async () => {
    const leader = personByEmail("leader@example.org");
    await request(leader.email, "//evil.example.com/x");
    const token = latestToken("sign_in_link", leader.id);
    const signedIn = await callAction(linkPage.action, `/login/link/${token}`, {}, { params: { token } });
    expect(signedIn.location).toBe("/");
  });
});

describe("demo accounts in production", () => {
  it("counts the seeded accounts that still have the demo password", async () => {
    expect(await accountsWithDemoPassword(getDb())).toBeGreaterThan(5);
  });

  it("deactivating a person ends their sessions", async () => {
    const { setActive } = await import("../../../app/server/people.server");
    const person = personByEmail("facilitator@example.org");
    await signInAs(person.email);
    const admin = personByEmail("admin@example.org");
    setActive(person.organisationId, person.id, false, admin.id);
    expect(getDb().select().from(sessions).where(eq(sessions.personId, person.id)).all()).toEqual([]);
    setActive(person.organisationId, person.id, true, admin.id);
  });
});

describe("my sign-ins and ending sessions", () => {
  it("lists my sessions with browser and way in, and signs out everywhere", async () => {
    const sessionsPage = await import("../../../app/routes/account.sessions");
    const leader = personByEmail("leader@example.org");
    const ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    const signedIn = await callAction(login.action, "/login", { email: leader.email, password: "samling-demo" });
    const other = await signInAs(leader.email);
    const cookie = cookieFrom(signedIn.headers);
    const page = await callLoader(sessionsPage.loader, "/account/sessions", { cookie });
    expect(page.data.sessions.length).toBeGreaterThanOrEqual(2);
    expect(page.data.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(page.data.sessions.find((s: { current: boolean }) => s.current).method).toBe("password");
    const { describeBrowser } = await import("../../../app/domain/identity");
    expect(describeBrowser(ua)).toBe("Firefox · Windows");
    const out = await callAction(sessionsPage.action, "/account/sessions", {}, { cookie });
    expect(out.location).toBe("/login");
    expect((await callLoader(home.loader, "/", { cookie: other })).status).toBe(302);
    expect(audited(leader.id, "sessions_ended")).toBe(1);
  });

  it("an administrator ends a person's sessions from the person's page; a coordinator cannot", async () => {
    const personPage = await import("../../../app/routes/people.$personId");
    const union = personByEmail("union@example.org");
    const theirs = await signInAs(union.email);
    const params = { personId: String(union.id) };
    const byCoordinator = await callAction(
      personPage.action,
      `/people/${union.id}`,
      { intent: "endSessions" },
      {
        params,
        cookie: await signInAs("coordinator@example.org"),
      },
    );
    expect(byCoordinator.status).toBe(400);
    expect((await callLoader(home.loader, "/", { cookie: theirs })).status).toBe(200);
    await callAction(
      personPage.action,
      `/people/${union.id}`,
      { intent: "endSessions" },
      { params, cookie: await signInAs("admin@example.org") },
    );
    expect((await callLoader(home.loader, "/", { cookie: theirs })).status).toBe(302);
  });

  it("a coordinator invites a person from their page, and the page shows the invitation", async () => {
    const personPage = await import("../../../app/routes/people.$personId");
    const coordinator = await signInAs("coordinator@example.org");
    const org = personByEmail("coordinator@example.org").organisationId;
    const newcomer = getDb()
      .insert(people)
      .values({ organisationId: org, name: "Per Ny", email: "per.ny@fjellby.example.org" })
      .returning()
      .get();
    const params = { personId: String(newcomer.id) };
    const before = await callLoader(personPage.loader, `/people/${newcomer.id}`, { params, cookie: coordinator });
    expect(before.data.person.signIn.state).toBe("none");
    await callAction(personPage.action, `/people/${newcomer.id}`, { intent: "invite" }, { params, cookie: coordinator });
    const after = await callLoader(personPage.loader, `/people/${newcomer.id}`, { params, cookie: coordinator });
    expect(after.data.person.signIn.state).toBe("invited");
    expect(latestToken("account_invitation", newcomer.id)).toMatch(/^[\w-]{40,}$/);
  });
});

describe("the people list", () => {
  it("shows each person's sign-in state and invites the selected ones", async () => {
    const list = await import("../../../app/routes/people._index");
    const coordinator = await signInAs("coordinator@example.org");
    const org = personByEmail("coordinator@example.org").organisationId;
    const a = getDb()
      .insert(people)
      .values({ organisationId: org, name: "Åse Liste", email: "ase.liste@fjellby.example.org" })
      .returning()
      .get();
    const page = await callLoader(list.loader, "/people?q=Liste", { cookie: coordinator });
    expect(page.data.signIn[a.id].state).toBe("none");
    const leader = personByEmail("leader@example.org");
    expect(page.data.signIn[leader.id]?.state ?? "activated").toBe("activated");
    const none = await callAction(list.action, "/people", { personId: String(leader.id) }, { cookie: coordinator });
    expect(none.status).toBe(409);
    const sent = await callAction(list.action, "/people", { personId: [String(a.id), String(leader.id)] }, { cookie: coordinator });
    expect(sent.data).toEqual({ invited: 1 });
    const after = await callLoader(list.loader, "/people?q=Liste", { cookie: coordinator });
    expect(after.data.signIn[a.id].state).toBe("invited");
  });
});
