// Conditional GET on the production server (issue 21): whole documents and single-fetch data answer 304
// with no body and no CSP while unchanged, and 200 after another process writes to the database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { portFrom, startApp, type AppServer } from "./helpers/app-server";
import { demoAccounts, demoPassword } from "./helpers/auth";
import { artifactsDir } from "./helpers/paths";

const dir = mkdtempSync(path.join(tmpdir(), "samling-etag-"));
const databasePath = path.join(dir, "samling.db");
let app: AppServer;

beforeAll(async () => {
  app = await startApp({
    port: await portFrom(undefined),
    databasePath,
    smtpPort: Number(new URL(inject("e2eSmtpUrl")).port),
    logFile: path.join(artifactsDir, "conditional-get-server.log"),
  });
}, 90_000);

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(email: string): Promise<string> {
  const answer = await fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.url },
    body: new URLSearchParams({ email, password: demoPassword }),
  });
  expect(answer.status).toBe(302);
  return answer.headers
    .getSetCookie()
    .find((c) => c.startsWith("samling_session="))!
    .split(";")[0]!;
}

const get = (pathname: string, cookie: string, etag?: string | null) =>
  fetch(`${app.url}${pathname}`, { redirect: "manual", headers: { Cookie: cookie, ...(etag ? { "If-None-Match": etag } : {}) } });

/** Another process's write: a connection of this test process to the server's database file. */
function writeElsewhere(sql: string, ...values: unknown[]) {
  const db = new Database(databasePath);
  try {
    db.prepare(sql).run(...values);
  } finally {
    db.close();
  }
}

const fjellbyId = () => {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare("select id from programs where title = ?").get("Ledelse i Fjellby 2025–2027") as { id: number }).id;
  } finally {
    db.close();
  }
};

describe("conditional GET", () => {
  it("answers the analytics page with 304 (no body, no CSP) until another process changes it", async () => {
    const cookie = await signIn(demoAccounts.coordinator);
    const page = `/programs/${fjellbyId()}/reflections`;
    const first = await get(page, cookie);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("content-security-policy")).toContain("'nonce-");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    await first.text();

    const again = await get(page, cookie, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    // The stored copy keeps its own policy, whose nonce its inline scripts carry.
    expect(again.headers.get("content-security-policy")).toBeNull();

    writeElsewhere(
      "update cohorts set name = name || ' (endret)' where id = (select min(id) from cohorts where program_id = ?)",
      fjellbyId(),
    );
    const changed = await get(page, cookie, etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain(" (endret)");
  });

  it("answers single-fetch data requests the same way", async () => {
    const cookie = await signIn(demoAccounts.coordinator);
    const data = `/programs/${fjellbyId()}/reflections.data`;
    const first = await get(data, cookie);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    await first.text();
    const again = await get(data, cookie, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("gives each user their own tag, and the comparison its 304", async () => {
    const coordinator = await signIn(demoAccounts.coordinator);
    const union = await signIn(demoAccounts.union);
    const page = `/programs/${fjellbyId()}/reflections`;
    const mine = (await get(page, coordinator)).headers.get("etag");
    const theirs = await get(page, union);
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get("etag")).not.toBe(mine);
    expect((await get(page, union, mine)).status).toBe(200);

    const directorate = await signIn(demoAccounts.directorate);
    const compare = await get("/directorate/compare", directorate);
    expect(compare.status).toBe(200);
    expect((await get("/directorate/compare", directorate, compare.headers.get("etag"))).status).toBe(304);
  });

  it("draws a distribution table only when its link opens it, without JavaScript", async () => {
    const cookie = await signIn(demoAccounts.coordinator);
    const page = `/programs/${fjellbyId()}/reflections`;
    const closed = await (await get(page, cookie)).text();
    expect(closed).toContain(`href="${page}?open=distribution-overall#overall-distribution"`);
    expect(closed).not.toContain('id="overall-distribution"');
    const opened = await (await get(`${page}?open=distribution-overall`, cookie)).text();
    expect(opened).toMatch(/<details [^>]*\bopen=""[^>]*id="overall-distribution"/);
    expect(opened).toContain("Antall som valgte hver verdi, Hele programmet");
  });

  it("clears the browser's stored pages at sign-out", async () => {
    const cookie = await signIn(demoAccounts.coordinator);
    const out = await fetch(`${app.url}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(out.status).toBe(302);
    expect(out.headers.get("clear-site-data")).toBe('"cache"');
  });
});
