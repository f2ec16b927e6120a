import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { serverArguments } from "../../helpers/server-command";
import { repoRoot } from "./paths";

/** `npm run build`, with its output shown only when it fails. */
export function buildApp(): void {
  const result = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

export function assertBuilt(): void {
  if (!existsSync(path.join(repoRoot, "build/server/index.js"))) {
    throw new Error("E2E_SKIP_BUILD=1 but there is no build: run `npm run build` first");
  }
}

/** The port in `value` (an environment variable), or a free one the system hands out. */
export async function portFrom(value: string | undefined): Promise<number> {
  if (value) return Number(value);
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type AppServer = { url: string; pid: number; stop: () => Promise<void> };

/**
 * The production server (`npm run serve`) on a fresh database, which it migrates and
 * seeds at start; resolves once GET /healthz answers. Its output goes to `logFile`.
 */
export async function startApp(options: {
  port: number;
  databasePath: string;
  smtpPort: number;
  logFile: string;
  /** More environment for this server, e.g. the OIDC_* of a test identity provider (tests/e2e/sso.e2e.ts). */
  env?: Record<string, string>;
}) {
  const url = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "w");
  const child = spawn(process.execPath, serverArguments, {
    cwd: repoRoot,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      // The journeys sign in as the demo accounts: seeded at start, and allowed in production only when asked for.
      SAMLING_DEMO: "1",
      PORT: String(options.port),
      DATABASE_PATH: options.databasePath,
      APP_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}`,
      SESSION_SECRET: randomBytes(32).toString("base64url"),
      ...options.env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // Should vitest end without running the teardown (a crash, Ctrl-C), the server ends with it.
  const orphanGuard = () => child.kill();
  process.once("exit", orphanGuard);
  const stop = async () => {
    process.off("exit", orphanGuard);
    await stopProcess(child, exited);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await healthy(url)) return { url, pid: child.pid!, stop } satisfies AppServer;
    await sleep(200);
  }
  await stop();
  throw new Error(`The app did not answer ${url}/healthz; its output is in ${options.logFile}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
