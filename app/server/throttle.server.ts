import { lt } from "drizzle-orm";
import { rateLimits } from "../../db/schema";
import { getDb } from "./db.server";
import { clock } from "./clock.server";

/** A limit: at most `points` requests per key within a fixed window of `windowMs`. */
export type Limit = { name: string; points: number; windowMs: number };

const quarter = 15 * 60_000;

export const limits = {
  /** Password attempts for one account from one address: a colleague elsewhere is not locked out. */
  signInPair: { name: "sign-in:pair", points: 5, windowMs: quarter },
  /** Password attempts from one address, whatever the account. */
  signInAddress: { name: "sign-in:address", points: 30, windowMs: quarter },
  /** "Forgot password" and "send me a sign-in link" to one address, so nobody is flooded with e-mail. */
  mailToAccount: { name: "mail:account", points: 3, windowMs: quarter },
  /** Those requests from one client address. */
  mailFromAddress: { name: "mail:address", points: 10, windowMs: quarter },
} satisfies Record<string, Limit>;

// Not a refusal: whether a point could be taken; the caller decides what refusing means (sign-in throws SignInThrottled).
export type Consumed = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Takes one point from every key, atomically, before the caller does any slow or revealing work:
 * each key is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which SQLite runs as a single write,
 * so 200 parallel requests (in one process or several) count 1, 2, … 200 and only the first
 * `points` pass. A refused request still counts, so hammering does not shorten the wait.
 */
export function consume(entries: readonly { limit: Limit; key: string }[]): Consumed {
  const db = getDb();
  const now = clock.nowMs();
  let retryAfterMs = 0;
  const statement = db.$client.prepare(
    `INSERT INTO rate_limits (key, points, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       points = CASE WHEN reset_at <= ? THEN 1 ELSE points + 1 END,
       reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
     RETURNING points, reset_at AS resetAt`,
  );
  db.transaction(() => {
    for (const { limit, key } of entries) {
      const row = statement.get(`${limit.name}:${key}`, now + limit.windowMs, now, now) as { points: number; resetAt: number };
      if (row.points > limit.points) retryAfterMs = Math.max(retryAfterMs, row.resetAt - now);
    }
  });
  return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { ok: true };
}

/** Gives back the points of a key (after a successful sign-in, the pair starts afresh). */
export function reset(limit: Limit, key: string) {
  getDb().$client.prepare("DELETE FROM rate_limits WHERE key = ?").run(`${limit.name}:${key}`);
}

/** Gives back one point of a key (a successful sign-in does not count against its address). */
export function refund(limit: Limit, key: string) {
  getDb().$client.prepare("UPDATE rate_limits SET points = max(points - 1, 0) WHERE key = ?").run(`${limit.name}:${key}`);
}

/** Counters whose window has passed; run now and then so the table stays small. */
export function purgeExpiredLimits() {
  getDb().delete(rateLimits).where(lt(rateLimits.resetAt, clock.now())).run();
}

/** The 429 answer's headers. */
export const retryAfter = (seconds: number) => ({ "Retry-After": String(seconds) });
