import { describe, expect, it } from "vitest";
import { scryptSync } from "node:crypto";
import { eq } from "drizzle-orm";
import { people, sessions } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as login from "../../../app/routes/login";
import * as logout from "../../../app/routes/logout";
import * as home from "../../../app/routes/_index";
import { callAction, callLoader } from "../../helpers/routes";

const cookieFrom = (headers: Headers) => headers.get("Set-Cookie")!.split(";")[0]!;

describe("sign-in", () => {
  it("signs in with the demo password, case-insensitively, and lands on the home page", async () => {
    const result = await callAction(login.action, "/login", { email: " Coordinator@Example.org ", password: "samling-demo" });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/");
    const setCookie = result.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const page = await callLoader(home.loader, "/", { cookie: cookieFrom(result.headers) });
    expect(page.data.name).toBe("Hege Sandvik");
  });

  it("every demo account signs in", async () => {
    for (const who of ["coordinator", "leader", "union", "facilitator", "directorate", "admin"]) {
      const result = await callAction(login.action, "/login", { email: `${who}@example.org`, password: "samling-demo" });
      expect(result.status, who).toBe(302);
    }
  });

  it("gives a new session id at every sign-in", async () => {
    const a = await callAction(login.action, "/login", { email: "leader@example.org", password: "samling-demo" });
    const b = await callAction(login.action, "/login", { email: "leader@example.org", password: "samling-demo" });
    expect(cookieFrom(a.headers)).not.toBe(cookieFrom(b.headers));
  });

  it("returns to a local redirectTo, never to another site", async () => {
    const local = await callAction(login.action, "/login", {
      email: "leader@example.org",
      password: "samling-demo",
      redirectTo: "/programs/1",
    });
    expect(local.location).toBe("/programs/1");
    const offsite = await callAction(login.action, "/login", {
      email: "leader@example.org",
      password: "samling-demo",
      redirectTo: "//evil.example.com",
    });
    expect(offsite.location).toBe("/");
  });

  it.each(["/%5Cevil.example/x", "/\\evil.example/x", "/\t/evil.example", "//evil.example", "https://evil.example"])(
    "keeps the redirect after sign-in on the site for %j",
    async (redirectTo) => {
      const result = await callAction(login.action, "/login", { email: "leader@example.org", password: "samling-demo", redirectTo });
      expect(result.status).toBe(302);
      expect(new URL(result.location!, "https://samling.example").host).toBe("samling.example");
      expect(result.location).not.toContain("\\");
    },
  );

  it("never echoes fields the form does not have", async () => {
    const result = await callAction(login.action, "/login", { email: "x@example.org", password: "wrong", junk: "y".repeat(50_000) });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.data)).not.toContain("yyyy");
    expect(JSON.stringify(result.data).length).toBeLessThan(2_000);
  });

  it("replaces a hash made with the old scrypt parameters at sign-in", async () => {
    const salt = Buffer.from("0123456789abcdef");
    const old = scryptSync("samling-demo", salt, 64, { N: 16384, r: 8, p: 1 });
    const oldHash = ["scrypt", 16384, 8, 1, salt.toString("base64"), old.toString("base64")].join("$");
    const email = "directorate@example.org";
    getDb().update(people).set({ passwordHash: oldHash }).where(eq(people.email, email)).run();
    expect((await callAction(login.action, "/login", { email, password: "samling-demo" })).status).toBe(302);
    const stored = getDb().select({ hash: people.passwordHash }).from(people).where(eq(people.email, email)).get()!.hash!;
    expect(stored.startsWith("scrypt$16384$8$5$")).toBe(true);
    expect((await callAction(login.action, "/login", { email, password: "samling-demo" })).status).toBe(302);
  });

  it("shows field errors for a malformed e-mail and a missing password", async () => {
    const result = await callAction(login.action, "/login", { email: "not-an-address", password: "" });
    expect(result.status).toBe(400);
    expect(result.data.result.error.email).toEqual(["login.emailInvalid"]);
    expect(result.data.result.error.password).toEqual(["login.passwordRequired"]);
    const missing = await callAction(login.action, "/login", { email: "x@example.org" });
    expect(missing.data.result.error.password).toEqual(["login.passwordRequired"]);
    expect(missing.data.result.error.email).toBeUndefined();
  });

  it("rejects a wrong password with a form error and never echoes the password", async () => {
    const result = await callAction(login.action, "/login", { email: "union@example.org", password: "wrong" });
    expect(result.status).toBe(400);
    expect(result.data.result.error[""]).toEqual(["login.invalid"]);
    expect(JSON.stringify(result.data)).not.toContain("wrong");
  });

  it("throttles an account from one address after five failures, with Retry-After, but not its owner elsewhere", async () => {
    const email = "facilitator@example.org";
    const colleague = { context: { clientAddress: "10.0.0.9" } };
    for (let i = 0; i < 5; i++) {
      const r = await callAction(login.action, "/login", { email, password: `guess-${i}` }, colleague);
      expect(r.status).toBe(400);
    }
    const blocked = await callAction(login.action, "/login", { email, password: "samling-demo" }, colleague);
    expect(blocked.status).toBe(429);
    expect(blocked.data.result.error[""]).toEqual(["login.throttled"]);
    const wait = Number(blocked.headers.get("Retry-After"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // The owner, at their own desk, is not locked out by the colleague's guesses.
    const owner = await callAction(
      login.action,
      "/login",
      { email, password: "samling-demo" },
      { context: { clientAddress: "10.0.0.10" } },
    );
    expect(owner.status).toBe(302);
  });

  it("200 parallel guesses check no more passwords than the limit allows, and the right one among them is refused", async () => {
    const email = "directorate@example.org";
    const from = { context: { clientAddress: "198.51.100.20" } };
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        callAction(login.action, "/login", { email, password: i === 150 ? "samling-demo" : `guess-${i}` }, from),
      ),
    );
    const statuses = results.map((r) => r.status);
    // Only a checked password can answer 400 (wrong) or 302 (right); the rest were refused unchecked.
    expect(statuses.filter((s) => s === 400 || s === 302).length).toBeLessThanOrEqual(5);
    expect(statuses[150]).toBe(429);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(195);
  });

  it("throttles a client address that tries many accounts", async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < 30; i++) {
      await callAction(login.action, "/login", { email: `nobody${i}@example.org`, password: "x" }, { context: { clientAddress: address } });
    }
    const blocked = await callAction(
      login.action,
      "/login",
      { email: "admin@example.org", password: "samling-demo" },
      { context: { clientAddress: address } },
    );
    expect(blocked.status).toBe(429);
    const elsewhere = await callAction(
      login.action,
      "/login",
      { email: "admin@example.org", password: "samling-demo" },
      { context: { clientAddress: "192.0.2.78" } },
    );
    expect(elsewhere.status).toBe(302);
    // 32 password checks at the stronger scrypt cost (app/server/password.server.ts).
  }, 120_000);

  it("does not count successful sign-ins against an office's shared address", async () => {
    const office = { context: { clientAddress: "203.0.113.5" } };
    for (let i = 0; i < 40; i++) {
      const r = await callAction(login.action, "/login", { email: "leader@example.org", password: "samling-demo" }, office);
      expect(r.status).toBe(302);
    }
    // 40 password checks, like the test above.
  }, 120_000);

  it("signs out: the session row is gone and the cookie no longer works", async () => {
    const signedIn = await callAction(login.action, "/login", { email: "leader@example.org", password: "samling-demo" });
    const cookie = cookieFrom(signedIn.headers);
    const before = getDb().select().from(sessions).all().length;
    const out = await callAction(logout.action, "/logout", {}, { cookie });
    expect(out.location).toBe("/login");
    expect(getDb().select().from(sessions).all().length).toBe(before - 1);
    const page = await callLoader(home.loader, "/", { cookie });
    expect(page.status).toBe(302);
    expect(page.location).toBe("/login");
  });
});
