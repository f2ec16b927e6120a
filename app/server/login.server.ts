import { eq } from "drizzle-orm";
import { people } from "../../db/schema";
import { getDb } from "./db.server";
import { hashPassword, needsRehash, verifyPassword } from "./password.server";
import { consume, limits, purgeExpiredLimits, refund, reset } from "./throttle.server";
import { RuleViolation } from "../domain/rule-violation";

/** Too many attempts: 429, and when to try again (the route's Retry-After header). */
export class SignInThrottled extends RuleViolation {
  constructor(readonly retryAfterSeconds: number) {
    super("login.throttled", 429);
  }
}

/**
 * Checks the credentials. A point is taken per account-and-address pair and per address before the
 * password is checked (see throttle.server.ts), so parallel guesses cannot race past the limit, and
 * a colleague's wrong guesses from another address never lock this account for its owner.
 * Returns the person's id; refuses with SignInThrottled, or with one generic "login.invalid" (400)
 * whether the account is unknown, deactivated or the password wrong.
 */
export async function attemptLogin(email: string, password: string, clientAddress: string): Promise<number> {
  const pair = `${email}|${clientAddress}`;
  const taken = consume([
    { limit: limits.signInPair, key: pair },
    { limit: limits.signInAddress, key: clientAddress },
  ]);
  if (!taken.ok) throw new SignInThrottled(taken.retryAfterSeconds);

  const person = getDb()
    .select({ id: people.id, passwordHash: people.passwordHash, deactivatedAt: people.deactivatedAt })
    .from(people)
    .where(eq(people.email, email))
    .get();
  const valid = await verifyPassword(password, person?.passwordHash ?? null);
  if (person && valid && !person.deactivatedAt) {
    reset(limits.signInPair, pair);
    // An office behind one address signs in all morning: only failures count against the address.
    refund(limits.signInAddress, clientAddress);
    if (needsRehash(person.passwordHash!)) {
      const passwordHash = await hashPassword(password);
      getDb().update(people).set({ passwordHash }).where(eq(people.id, person.id)).run();
    }
    return person.id;
  }
  purgeExpiredLimits();
  throw new RuleViolation("login.invalid", 400);
}
