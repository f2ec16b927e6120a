/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider on a loopback port): the
 * authorization-code flow with PKCE, state and nonce, and who gets signed in.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, people, sessions } from "../../../db/schema";
import * as home from "../../../app/routes/_index";
import * as login from "../../../app/routes/login";
import * as start from "../../../app/routes/login_.sso";
import * as callback from "../../../app/routes/login_.sso_.callback";
import { loadConfig, resetConfigForTests } from "../../../app/server/config.server";
import { getDb } from "../../../app/server/db.server";
import { flowCookie, resetSsoForTests, verifiedEmail } from "../../../app/server/sso.server";
import { signInAtProvider, startOidcProvider, type TestProvider } from "../../helpers/oidc-provider";
import { callLoader } from "../../helpers/routes";
import { personByEmail } from "../../helpers/reflections";

const appUrl = process.env.APP_URL!;
const coordinator = "coordinator@example.org";
let provider: TestProvider;

const configure = (env: Record<string, string> | null) => {
  for (const key of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME"]) delete process.env[key];
  if (env) Object.assign(process.env, env);
  resetConfigForTests();
  resetSsoForTests();
};

const cookieOf = (headers: Headers, name: string) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0];

/** Starts the flow at /login/sso; the provider's authorization URL and the flow cookie. */
async function begin(path = "/login/sso") {
  const started = await callLoader(start.loader, path);
  expect(started.status).toBe(302);
  return { authorizationUrl: started.location!, flow: cookieOf(started.headers, "samling_sso")! };
}

/** The whole journey for the provider's account `login`: the callback's answer. */
async function signIn(loginName: string, path?: string) {
  const { authorizationUrl, flow } = await begin(path);
  const back = await signInAtProvider(authorizationUrl, loginName, appUrl);
  return callLoader(callback.loader, back.slice(appUrl.length), { cookie: flow });
}

const ssoSignIns = (personId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, "sso_sign_in")))
    .all().length;
const sessionCount = () => getDb().select().from(sessions).all().length;

beforeAll(async () => {
  provider = await startOidcProvider({
    appUrl,
    displayName: "Testetaten",
    accounts: {
      // The address in other letters than Samling keeps it: matched case-insensitively.
      kari: { email: coordinator.toUpperCase(), email_verified: true },
      unverified: { email: coordinator, email_verified: false },
      stranger: { email: "nobody@elsewhere.example", email_verified: true },
    },
  });
  configure(provider.env);
});

afterAll(async () => {
  configure(null);
  await provider?.close();
});

describe("single sign-on with OpenID Connect", () => {
  it("shows the button on the sign-in page", async () => {
    const page = await callLoader(login.loader, "/login");
    expect(page.data).toEqual({ sso: "Testetaten" });
  });

  it("signs in the person with the verified e-mail address, and sends them where they were going", async () => {
    const person = personByEmail(coordinator);
    getDb().update(people).set({ activatedAt: null }).where(eq(people.id, person.id)).run();
    const before = ssoSignIns(person.id);
    const { authorizationUrl } = await begin("/login/sso?redirectTo=%2Fpeople");
    const auth = new URL(authorizationUrl);
    expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
    expect(auth.searchParams.get("state")).toBeTruthy();
    expect(auth.searchParams.get("nonce")).toBeTruthy();

    const done = await signIn("kari", "/login/sso?redirectTo=%2Fpeople");
    expect(done.status).toBe(302);
    expect(done.location).toBe("/people");
    const session = cookieOf(done.headers, "samling_session")!;
    expect(session).toBeTruthy();
    // The flow cookie is spent.
    expect(done.headers.getSetCookie().some((c) => c.startsWith("samling_sso=;"))).toBe(true);
    const me = await callLoader(home.loader, "/", { cookie: session });
    expect(me.status).toBe(200);
    expect(personByEmail(coordinator).activatedAt).not.toBeNull();
    expect(ssoSignIns(person.id)).toBe(before + 1);
    const method = getDb().select({ method: sessions.method }).from(sessions).where(eq(sessions.personId, person.id)).all();
    expect(method.map((m) => m.method)).toContain("sso");
  });

  it("never sends the browser off the site afterwards", async () => {
    const done = await signIn("kari", "/login/sso?redirectTo=https%3A%2F%2Fevil.example%2F");
    expect(done.status).toBe(302);
    expect(done.location).toBe("/");
  });

  it("refuses an answer with the wrong state", async () => {
    const { authorizationUrl, flow } = await begin();
    const back = new URL(await signInAtProvider(authorizationUrl, "kari", appUrl));
    back.searchParams.set("state", "not-the-state");
    const before = sessionCount();
    const answer = await callLoader(callback.loader, back.pathname + back.search, { cookie: flow });
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({ reason: "invalid" });
    expect(cookieOf(answer.headers, "samling_session")).toBeUndefined();
    expect(sessionCount()).toBe(before);
  });

  it("refuses an ID token whose nonce is not the one the flow started with", async () => {
    const { authorizationUrl, flow } = await begin();
    const back = await signInAtProvider(authorizationUrl, "kari", appUrl);
    // A validly signed flow cookie with another nonce (as if the code came from another flow).
    const parsed = await flowCookie().parse(flow);
    const tampered = (await flowCookie().serialize({ ...parsed, nonce: "another-nonce" })).split(";")[0]!;
    const answer = await callLoader(callback.loader, back.slice(appUrl.length), { cookie: tampered });
    expect(answer.status).toBe(400);
    expect(cookieOf(answer.headers, "samling_session")).toBeUndefined();
  });

  it("refuses a callback without the flow cookie, or with a forged one", async () => {
    const { authorizationUrl, flow } = await begin();
    const back = (await signInAtProvider(authorizationUrl, "kari", appUrl)).slice(appUrl.length);
    expect((await callLoader(callback.loader, back)).status).toBe(400);
    const forged = flow.slice(0, -4) + "AAAA";
    expect((await callLoader(callback.loader, back, { cookie: forged })).status).toBe(400);
  });

  it("shows the provider's refusal as a page, not an error", async () => {
    const { flow } = await begin();
    const parsed = await flowCookie().parse(flow);
    const answer = await callLoader(callback.loader, `/login/sso/callback?error=access_denied&state=${parsed.state}`, { cookie: flow });
    expect(answer.status).toBe(403);
    expect(answer.data).toMatchObject({ reason: "denied", name: "Testetaten" });
  });

  it("tells someone Samling does not know whom to ask, and signs no one in", async () => {
    const before = sessionCount();
    const answer = await signIn("stranger");
    expect(answer.status).toBe(403);
    expect(answer.data).toMatchObject({ reason: "unknown" });
    expect(cookieOf(answer.headers, "samling_session")).toBeUndefined();
    expect(sessionCount()).toBe(before);
  });

  it("does not trust an e-mail address the provider has not verified", async () => {
    const before = sessionCount();
    const answer = await signIn("unverified");
    expect(answer.status).toBe(403);
    expect(answer.data).toMatchObject({ reason: "unverified" });
    expect(sessionCount()).toBe(before);
  });

  it("does not sign in a deactivated person", async () => {
    const person = personByEmail(coordinator);
    getDb().update(people).set({ deactivatedAt: new Date() }).where(eq(people.id, person.id)).run();
    try {
      const answer = await signIn("kari");
      expect(answer.status).toBe(403);
      expect(answer.data).toMatchObject({ reason: "unknown" });
    } finally {
      getDb().update(people).set({ deactivatedAt: null }).where(eq(people.id, person.id)).run();
    }
  });

  it("is off without configuration: no button, and /login/sso is 404", async () => {
    configure(null);
    try {
      expect((await callLoader(login.loader, "/login")).data).toEqual({ sso: null });
      expect((await callLoader(start.loader, "/login/sso")).status).toBe(404);
      expect((await callLoader(callback.loader, "/login/sso/callback?code=x&state=y")).status).toBe(404);
    } finally {
      configure(provider.env);
    }
  });
});

describe("an unreachable provider", () => {
  it("answers 503 at the start, and a clear page at the callback", async () => {
    configure({ ...provider.env, OIDC_ISSUER: "http://127.0.0.1:9/" });
    try {
      expect((await callLoader(start.loader, "/login/sso")).status).toBe(503);
      const flow = (await flowCookie().serialize({ state: "s", nonce: "n", verifier: "v", redirectTo: "/" })).split(";")[0]!;
      const answer = await callLoader(callback.loader, "/login/sso/callback?code=x&state=s", { cookie: flow });
      expect(answer.status).toBe(400);
    } finally {
      configure(provider.env);
    }
  });
});

describe("OIDC_* configuration", () => {
  it("takes all four or none, and names what is missing in one line", () => {
    expect(loadConfig({ ...provider.env, DATABASE_PATH: process.env.DATABASE_PATH }).oidc?.displayName).toBe("Testetaten");
    expect(() => loadConfig({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: "x", DATABASE_PATH: process.env.DATABASE_PATH })).toThrow(
      /^Invalid configuration: OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME must be set too/,
    );
    expect(() => loadConfig({ ...provider.env, OIDC_ISSUER: "not a url", DATABASE_PATH: process.env.DATABASE_PATH })).toThrow(
      /OIDC_ISSUER must be a URL/,
    );
    expect(() => loadConfig({ ...provider.env, OIDC_ISSUER: "http://idp.example", DATABASE_PATH: process.env.DATABASE_PATH })).toThrow(
      /OIDC_ISSUER must be an https:\/\/ URL/,
    );
  });
});

describe("which e-mail addresses count as verified", () => {
  const entra = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";
  it("takes email_verified: true, lower-cased, and nothing less", () => {
    expect(verifiedEmail({ email: " Kari@Etat.NO ", email_verified: true }, "https://idp.example")).toBe("kari@etat.no");
    expect(verifiedEmail({ email: "kari@etat.no", email_verified: "true" }, "https://idp.example")).toBeNull();
    expect(verifiedEmail({ email: "kari@etat.no" }, "https://idp.example")).toBeNull();
    expect(verifiedEmail({ email_verified: true }, "https://idp.example")).toBeNull();
  });
  it("takes Entra's xms_edov (domain verified by the tenant) from an Entra issuer only", () => {
    expect(verifiedEmail({ email: "kari@etat.no", xms_edov: true }, entra)).toBe("kari@etat.no");
    expect(verifiedEmail({ email: "kari@etat.no", xms_edov: false }, entra)).toBeNull();
    expect(verifiedEmail({ email: "kari@etat.no" }, entra)).toBeNull();
    expect(verifiedEmail({ email: "kari@etat.no", xms_edov: true }, "https://idp.example")).toBeNull();
  });
});
