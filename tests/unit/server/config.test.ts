import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, loadLogLevel } from "../../../app/server/config.server";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "samling-config-"));

describe("loadConfig", () => {
  it("has embedded defaults so nothing needs setting locally", () => {
    const dir = dataDir();
    const config = loadConfig({ DATABASE_PATH: path.join(dir, "x.db") });
    expect(config.port).toBe(3000);
    expect(config.appUrl).toBe("http://localhost:3000");
    expect(config.smtpUrl).toBeUndefined();
    expect(config.production).toBe(false);
  });

  it("derives APP_URL from PORT and treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "4100", APP_URL: "", DATABASE_PATH: path.join(dataDir(), "x.db") });
    expect(config.appUrl).toBe("http://localhost:4100");
  });

  it("generates a session secret once and keeps it in the data folder", () => {
    const dir = dataDir();
    const env = { DATABASE_PATH: path.join(dir, "x.db") };
    const first = loadConfig(env).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(env).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dir, "session-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "session-secret")).mode & 0o077).toBe(0);
  });

  it.each([
    [{ PORT: "eighty" }, /^Invalid configuration: PORT /],
    [{ PORT: "70000" }, /^Invalid configuration: PORT is out of range/],
    [{ APP_URL: "localhost:3000" }, /^Invalid configuration: APP_URL /],
    [{ SMTP_URL: "http://mail.example.org" }, /^Invalid configuration: SMTP_URL /],
    [{ SESSION_SECRET: "short" }, /^Invalid configuration: SESSION_SECRET must be at least 32 characters$/],
    [{ NODE_ENV: "staging" }, /^Invalid configuration: NODE_ENV must be one of/],
    [{ NODE_ENV: "production" }, /^Invalid configuration: SESSION_SECRET is required when NODE_ENV=production$/],
    [{ MAIL_FROM: "Samling" }, /^Invalid configuration: MAIL_FROM must be an e-mail address \(got "Samling"\)$/],
    [{ EMAIL_DISPATCHER: "maybe" }, /^Invalid configuration: EMAIL_DISPATCHER must be one of on, off/],
  ])("stops with one line naming the variable for %o", (env, message) => {
    expect(() => loadConfig({ DATABASE_PATH: path.join(dataDir(), "x.db"), ...env })).toThrow(message);
  });

  it("never echoes a secret in the error", () => {
    expect(() => loadConfig({ SESSION_SECRET: "hunter2" })).toThrow(/^[^\n]*$/);
    try {
      loadConfig({ SESSION_SECRET: "hunter2" });
    } catch (e) {
      expect(String(e)).not.toContain("hunter2");
    }
  });

  it("accepts a production configuration", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(40),
      APP_URL: "https://samling.example.org/",
      SMTP_URL: "smtp://mail.example.org:587",
      DATABASE_PATH: path.join(dataDir(), "x.db"),
    });
    expect(config.production).toBe(true);
    expect(config.appUrl).toBe("https://samling.example.org");
    expect(config.mailFrom).toBe("no-reply@samling.example.org");
    expect(config.emailDispatcher).toBe(true);
  });

  it("lets the local demo (SAMLING_DEMO=1) run in production mode with a generated secret", () => {
    const config = loadConfig({ NODE_ENV: "production", SAMLING_DEMO: "1", DATABASE_PATH: path.join(dataDir(), "x.db") });
    expect(config).toMatchObject({ production: true, demo: true });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("sends e-mail from MAIL_FROM, and leaves the outbox to a worker with EMAIL_DISPATCHER=off", () => {
    const config = loadConfig({ MAIL_FROM: "samling@etat.no", EMAIL_DISPATCHER: "off", DATABASE_PATH: path.join(dataDir(), "x.db") });
    expect(config.mailFrom).toBe("samling@etat.no");
    expect(config.emailDispatcher).toBe(false);
  });

  it("refuses a bad LOG_LEVEL or EMAIL_LEASE_MS instead of falling back silently", () => {
    expect(() => loadLogLevel({ LOG_LEVEL: "verbose" })).toThrow(/^Invalid configuration: LOG_LEVEL must be one of/);
    expect(loadLogLevel({ LOG_LEVEL: "warn" })).toBe("warn");
    expect(() => loadConfig({ EMAIL_LEASE_MS: "soon", DATABASE_PATH: path.join(dataDir(), "x.db") })).toThrow(/EMAIL_LEASE_MS/);
    expect(loadConfig({ EMAIL_LEASE_MS: "1000", DATABASE_PATH: path.join(dataDir(), "x.db") }).emailLeaseMs).toBe(1000);
  });

  it("runs one server process unless WEB_CONCURRENCY asks for more, and refuses a count that is not one", () => {
    const databasePath = path.join(dataDir(), "x.db");
    expect(loadConfig({ DATABASE_PATH: databasePath }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: "2", DATABASE_PATH: databasePath }).webConcurrency).toBe(2);
    for (const bad of ["0", "two", "1.5"]) {
      expect(() => loadConfig({ WEB_CONCURRENCY: bad, DATABASE_PATH: databasePath })).toThrow(/^Invalid configuration: WEB_CONCURRENCY /);
    }
  });
});
