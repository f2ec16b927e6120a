import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** An environment variable left empty counts as not set. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  DATABASE_PATH: optional(z.string().min(1)),
  APP_URL: optional(z.url({ protocol: /^https?$/ })),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: optional(z.email()),
  EMAIL_DISPATCHER: optional(z.enum(["on", "off"])),
  SESSION_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  SAMLING_DEMO: optional(z.enum(["0", "1"])),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  // Shortened by the crash test (npm run crash-test), which kills workers mid-send.
  EMAIL_LEASE_MS: optional(z.coerce.number().int().min(100).max(3_600_000)),
  // Single sign-on with OpenID Connect: all four or none.
  OIDC_ISSUER: optional(z.url({ protocol: /^https?$/ })),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  OIDC_DISPLAY_NAME: optional(z.string().min(1).max(60, "must be at most 60 characters")),
  // Server processes sharing the port and the one database (see README).
  WEB_CONCURRENCY: optional(z.coerce.number().int().min(1).max(64)),
});

const oidcVariables = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME"] as const;

export type OidcConfig = {
  /** The issuer identifier; its /.well-known/openid-configuration is read at first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button: "Logg inn med <displayName>". */
  displayName: string;
};

export type Config = {
  production: boolean;
  port: number;
  databasePath: string;
  appUrl: string;
  /** Unset: e-mails are delivered to the in-app mailbox instead of an SMTP server. */
  smtpUrl: string | undefined;
  /** The sender address of every e-mail; replies go to the programme's contact person. */
  mailFrom: string;
  /** Whether the server process also sends the outbox (off when `npm run worker` does it). */
  emailDispatcher: boolean;
  sessionSecret: string;
  /** SAMLING_DEMO=1 (set by `npm start`): seed the demo into an empty database, and allow its accounts in production. */
  demo: boolean;
  /** How long a process holds its lease on an e-mail it is sending. */
  emailLeaseMs: number;
  /** Single sign-on; unset when the OIDC_* variables are not set. */
  oidc: OidcConfig | undefined;
  /** Server processes (WEB_CONCURRENCY): above 1, a primary process forks this many to serve. */
  webConcurrency: number;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const value = env[variable];
    const secret = variable === "SESSION_SECRET" || variable === "SMTP_URL" || variable === "OIDC_CLIENT_SECRET";
    const shown = secret ? "" : ` (got "${value}")`;
    throw new ConfigError(`Invalid configuration: ${variable} ${describe(issue)}${shown}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const port = e.PORT ?? 3000;
  const databasePath = path.resolve(e.DATABASE_PATH ?? "./data/samling.db");
  const demo = e.SAMLING_DEMO === "1";
  // A deployment must bring its own secret; the local demo runs in production mode too, with a generated one.
  if (production && !demo && !e.SESSION_SECRET) {
    throw new ConfigError("Invalid configuration: SESSION_SECRET is required when NODE_ENV=production");
  }
  const oidcSet = oidcVariables.filter((v) => e[v] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < oidcVariables.length) {
    const missing = oidcVariables.filter((v) => e[v] === undefined);
    throw new ConfigError(
      `Invalid configuration: ${missing.join(", ")} must be set too when ${oidcSet.join(", ")} ${oidcSet.length === 1 ? "is" : "are"} (single sign-on needs all four OIDC_* variables, or none)`,
    );
  }
  if (e.OIDC_ISSUER) {
    const issuer = new URL(e.OIDC_ISSUER);
    // Plain http only for a provider on this machine (the tests).
    if (issuer.protocol === "http:" && !["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname)) {
      throw new ConfigError(`Invalid configuration: OIDC_ISSUER must be an https:// URL (got "${e.OIDC_ISSUER}")`);
    }
  }
  const oidc: OidcConfig | undefined =
    oidcSet.length === 0
      ? undefined
      : { issuer: e.OIDC_ISSUER!, clientId: e.OIDC_CLIENT_ID!, clientSecret: e.OIDC_CLIENT_SECRET!, displayName: e.OIDC_DISPLAY_NAME! };
  const appUrl = (e.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    production,
    port,
    databasePath,
    appUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `no-reply@${new URL(appUrl).hostname}`,
    emailDispatcher: e.EMAIL_DISPATCHER !== "off",
    sessionSecret: e.SESSION_SECRET ?? localSessionSecret(path.dirname(databasePath)),
    demo,
    emailLeaseMs: e.EMAIL_LEASE_MS ?? 120_000,
    oidc,
    webConcurrency: e.WEB_CONCURRENCY ?? 1,
  };
}

/**
 * The log level, read on its own: the logger is created before the rest of the configuration is
 * checked (and reports that check), so it cannot wait for `getConfig()`. A bad value still fails.
 */
export function loadLogLevel(env: Record<string, string | undefined> = process.env): string {
  const parsed = envSchema.pick({ LOG_LEVEL: true }).safeParse(env);
  if (!parsed.success)
    throw new ConfigError(`Invalid configuration: LOG_LEVEL ${describe(parsed.error.issues[0]!)} (got "${env.LOG_LEVEL}")`);
  return parsed.data.LOG_LEVEL ?? (env.NODE_ENV === "test" || env.VITEST ? "silent" : "info");
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `must be one of ${issue.values.join(", ")}`;
    case "too_small":
    case "too_big":
      return issue.message.startsWith("must") ? issue.message : "is out of range";
    case "invalid_format":
      if (issue.format === "email") return "must be an e-mail address";
      return issue.format === "url" ? "must be a URL of the right scheme" : "has the wrong format";
    default:
      return "must be a number";
  }
}

/** Outside production (and in the local demo) a secret is generated once and kept beside the database. */
function localSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let current: Config | undefined;

export function getConfig(): Config {
  current ??= loadConfig();
  return current;
}

/**
 * Tests only: forget the configuration read so far, so the next `getConfig()` reads process.env
 * again (the single sign-on tests switch OIDC_* on and off). Cached things built from it, such as
 * the session cookie, keep their values; only read-per-use settings change.
 */
export function resetConfigForTests() {
  current = undefined;
}
