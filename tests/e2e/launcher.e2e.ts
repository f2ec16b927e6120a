import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { ParsedMail } from "mailparser";
import { expect, inject } from "vitest";
import { portFrom, startApp } from "./helpers/app-server";
import { demoAccounts, demoPassword } from "./helpers/auth";
import { addresses, allMail, waitForMail } from "./helpers/mail";
import { artifactsDir } from "./helpers/paths";
import { test } from "./helpers/test";

/** A sign-in post as a reverse proxy forwards it: the browser's Origin, but the proxy's own Host. */
function postLogin(headers: Record<string, string>): Promise<number> {
  const base = new URL(inject("e2eBaseUrl"));
  const body = new URLSearchParams({ email: demoAccounts.leader, password: demoPassword }).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: "/login",
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("a form post from the public address works behind a proxy that does not pass the Host on", async () => {
  const publicOrigin = inject("e2eBaseUrl");
  const proxyHost = `localhost:${new URL(publicOrigin).port}`;
  expect(await postLogin({ Origin: publicOrigin, Host: proxyHost })).toBe(302);
});

test("a form post from another site is still refused", async () => {
  const proxyHost = `localhost:${new URL(inject("e2eBaseUrl")).port}`;
  expect(await postLogin({ Origin: "https://evil.example", Host: proxyHost })).toBe(403);
});

/** The server processes a primary has forked (Linux lists a process's children in /proc). */
const childrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);

test("WEB_CONCURRENCY=2 serves from two processes on one port and one database, sends each e-mail once, and replaces a crashed process", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samling-cluster-"));
  const port = await portFrom(undefined);
  const app = await startApp({
    port,
    databasePath: path.join(dir, "samling.db"),
    smtpPort: Number(new URL(inject("e2eSmtpUrl")).port),
    logFile: path.join(artifactsDir, "cluster-server.log"),
    env: { WEB_CONCURRENCY: "2" },
  });
  try {
    await expect.poll(() => childrenOf(app.pid).length, { timeout: 30_000 }).toBe(2);
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${app.url}/login`).then((r) => r.status)));
    expect(answers.every((status) => status === 200)).toBe(true);

    // A sign-in link asked for in one process is sent by the primary's dispatcher, once.
    const asked = await fetch(`${app.url}/login/link`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.url },
      body: new URLSearchParams({ email: demoAccounts.leader }),
    });
    expect(asked.status).toBeLessThan(400);
    const fromThisServer = (mail: ParsedMail) =>
      addresses(mail).includes(demoAccounts.leader) &&
      mail.subject === "Lenke for å logge inn i Samling" &&
      (mail.text ?? "").includes(app.url);
    await waitForMail(fromThisServer, 30_000);
    await sleep(3_000);
    expect((await allMail()).filter(fromThisServer)).toHaveLength(1);

    // A crashed server process is replaced while the other keeps serving.
    const [crashed] = childrenOf(app.pid);
    process.kill(crashed!, "SIGKILL");
    // A request in flight to the killed process (or on a kept-alive connection it owned) is lost with it, so
    // each try has its own deadline; the next one must be served by the other process at once.
    const health = () =>
      fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.status,
        () => 0,
      );
    await expect.poll(health, { timeout: 10_000, interval: 100 }).toBe(200);
    await expect.poll(() => childrenOf(app.pid).filter((pid) => pid !== crashed).length, { timeout: 30_000 }).toBe(2);
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
