import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

/** Boots the app in a process of its own (configuration is read once per process). */
async function bootWith(env: Record<string, string>, seeded: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), "samling-boot-"));
  const databasePath = path.join(dir, "samling.db");
  if (seeded) copyFileSync(inject("templateDb"), databasePath);
  const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "tests/helpers/boot-probe.ts"], {
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      SESSION_SECRET: "demo-policy-secret-demo-policy-secret-0",
      EMAIL_DISPATCHER: "off",
      SAMLING_DEMO: "",
      ...env,
    },
    timeout: 90_000,
  });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as { started: boolean; people?: number; demoLogins?: number; error?: string };
}

describe("demo data and production", { timeout: 180_000 }, () => {
  it("a production start on an empty database seeds nothing", async () => {
    expect(await bootWith({ NODE_ENV: "production" }, false)).toEqual({ started: true, people: 0, demoLogins: 0 });
  });

  it("a local start seeds the demo only when SAMLING_DEMO=1 asks (npm start sets it)", async () => {
    expect(await bootWith({}, false)).toMatchObject({ started: true, people: 0 });
    const demo = await bootWith({ SAMLING_DEMO: "1" }, false);
    expect(demo.started).toBe(true);
    expect(demo.people).toBeGreaterThan(10);
  });

  it("production refuses to start while an account has the demo password, unless the demo is asked for", async () => {
    const refused = await bootWith({ NODE_ENV: "production" }, true);
    expect(refused.started).toBe(false);
    expect(refused.error).toMatch(/^Refusing to start: \d+ account\(s\) have the published demo password/);
    expect((await bootWith({ NODE_ENV: "production", SAMLING_DEMO: "1" }, true)).started).toBe(true);
  });
});
