import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import { loginFailures, people } from "../../db/schema";
import { getDb } from "./db.server";
import { hashPassword, needsRehash, verifyPassword } from "./password.server";
import { clock } from "./clock.server";

export const throttle = {
  windowMs: 15 * 60_000,
  /** Failed attempts allowed per account, and per client address, within the window. */
  perAccount: 5,
  perAddress: 30,
};

export type LoginResult =
  | { ok: true; personId: number }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks the credentials, counting failures per account and per client address. While either
 * is over its limit the answer is "throttled" without checking the password, so guessing stops.
 */
export async function attemptLogin(email: string, password: string, clientAddress: string): Promise<LoginResult> {
  const db = getDb();
  const now = clock.nowMs();
  const keys = [`account:${email}`, `address:${clientAddress}`];
  const since = new Date(now - throttle.windowMs);
  const counts = db
    .select({ key: loginFailures.key, n: sql<number>`count(*)` })
    .from(loginFailures)
    .where(and(or(eq(loginFailures.key, keys[0]!), eq(loginFailures.key, keys[1]!)), gt(loginFailures.at, since)))
    .groupBy(loginFailures.key)
    .all();
  const count = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
  if (count(keys[0]!) >= throttle.perAccount || count(keys[1]!) >= throttle.perAddress) {
    return { ok: false, reason: "throttled" };
  }

  const person = db
    .select({ id: people.id, passwordHash: people.passwordHash, deactivatedAt: people.deactivatedAt })
    .from(people)
    .where(eq(people.email, email))
    .get();
  const valid = await verifyPassword(password, person?.passwordHash ?? null);
  if (person && valid && !person.deactivatedAt) {
    db.delete(loginFailures).where(eq(loginFailures.key, keys[0]!)).run();
    if (needsRehash(person.passwordHash!)) {
      const passwordHash = await hashPassword(password);
      db.update(people).set({ passwordHash }).where(eq(people.id, person.id)).run();
    }
    return { ok: true, personId: person.id };
  }
  db.transaction((tx) => {
    tx.insert(loginFailures)
      .values(keys.map((key) => ({ key, at: new Date(now) })))
      .run();
    tx.delete(loginFailures).where(lt(loginFailures.at, since)).run();
  });
  return { ok: false, reason: "invalid" };
}
