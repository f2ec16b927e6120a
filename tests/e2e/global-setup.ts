import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { assertBuilt, buildApp, portFrom, startApp } from "./helpers/app-server";
import { assertChromium } from "./helpers/chromium";
import { artifactsDir } from "./helpers/paths";
import { startMailSink } from "./helpers/smtp";
import { useTestClock } from "../helpers/test-clock";

/**
 * Once per run: the production build, served on a fresh database, with a real SMTP server on
 * loopback that keeps every message. Ports: E2E_PORT / E2E_SMTP_PORT, or free ones.
 */
export default async function setup({ provide }: TestProject) {
  assertChromium();
  // The server and the journeys (forked after this) share one clock start.
  useTestClock();
  if (process.env.E2E_SKIP_BUILD === "1") assertBuilt();
  else buildApp();

  const dir = mkdtempSync(path.join(tmpdir(), "samling-e2e-"));
  const mailDir = path.join(dir, "mail");
  mkdirSync(mailDir);
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  const mail = await startMailSink(mailDir, await portFrom(process.env.E2E_SMTP_PORT));
  let app;
  try {
    app = await startApp({
      port: await portFrom(process.env.E2E_PORT),
      databasePath: path.join(dir, "samling.db"),
      smtpPort: mail.port,
      logFile: path.join(artifactsDir, "server.log"),
    });
  } catch (error) {
    await mail.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  provide("e2eBaseUrl", app.url);
  provide("e2eMailDir", mailDir);
  provide("e2eSmtpUrl", `smtp://127.0.0.1:${mail.port}`);

  return async () => {
    await app.stop();
    await mail.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app under test answers, e.g. http://127.0.0.1:3106. */
    e2eBaseUrl: string;
    /** The folder the SMTP server writes each received message to, as NNNNN.eml. */
    e2eMailDir: string;
    /** The SMTP server the app sends through. */
    e2eSmtpUrl: string;
  }
}
