import { and, desc, eq, gt, inArray, isNull, max } from "drizzle-orm";
import { accountTokens, people, sessions } from "../../db/schema";
import { consumeAccountToken, createAccountToken, inspectAccountToken, localPath } from "./account-links.server";
import { recordAudit } from "./audit.server";
import { getDb } from "./db.server";
import { enqueueEmail } from "./outbox.server";
import { hashPassword } from "./password.server";
import { consume, limits, type Consumed } from "./throttle.server";
import { clock } from "./clock.server";

/** The active, not erased person with this (lower-case) address. */
function activePerson(email: string) {
  return getDb()
    .select({ id: people.id, organisationId: people.organisationId })
    .from(people)
    .where(and(eq(people.email, email), isNull(people.deactivatedAt), isNull(people.erasedAt)))
    .get();
}

/** Both request kinds are throttled per target address and per client address, before any lookup. */
const throttleMail = (email: string, clientAddress: string): Consumed =>
  consume([
    { limit: limits.mailToAccount, key: email },
    { limit: limits.mailFromAddress, key: clientAddress },
  ]);

/**
 * "Forgot password": queues a reset link when the address has an active account. The caller answers
 * the same either way; the only extra work for a known address is a few SQLite writes, so the
 * answer's timing does not reveal accounts either.
 */
export function requestPasswordReset(email: string, clientAddress: string): Consumed {
  const taken = throttleMail(email, clientAddress);
  if (!taken.ok) return taken;
  const person = activePerson(email);
  if (person) {
    getDb().transaction((tx) => {
      const token = createAccountToken(tx, person.id, "reset");
      enqueueEmail(tx, {
        kind: "password_reset",
        recipientPersonId: person.id,
        payload: { token },
        idempotencyKey: `password_reset:${token.slice(0, 16)}`,
      });
      recordAudit(tx, {
        actorId: null,
        organisationId: person.organisationId,
        entity: "person",
        entityId: person.id,
        action: "reset_requested",
      });
    });
  }
  return taken;
}

/** "Send me a sign-in link": only to an active account; the link returns to `redirectTo` (a local path). */
export function requestSignInLink(email: string, redirectTo: string | undefined, clientAddress: string): Consumed {
  const taken = throttleMail(email, clientAddress);
  if (!taken.ok) return taken;
  const person = activePerson(email);
  if (person) {
    getDb().transaction((tx) => {
      const token = createAccountToken(tx, person.id, "sign_in", { redirectTo: localPath(redirectTo) });
      enqueueEmail(tx, {
        kind: "sign_in_link",
        recipientPersonId: person.id,
        payload: { token },
        idempotencyKey: `sign_in_link:${token.slice(0, 16)}`,
      });
    });
  }
  return taken;
}

/**
 * Sets the password from an invitation or reset link, using the link up in the same transaction.
 * Every session the person had ends (a reset after a stolen password must lock the thief out).
 * Returns the person's id, or null when the link was used or expired meanwhile.
 */
export async function setPasswordWithLink(token: string, password: string): Promise<number | null> {
  const link = inspectAccountToken(token, ["invitation", "reset"]);
  if (link.state !== "valid") return null;
  const passwordHash = await hashPassword(password);
  return getDb().transaction((tx) => {
    if (!consumeAccountToken(tx, link.id)) return null;
    const now = clock.now();
    const person = tx.select({ activatedAt: people.activatedAt }).from(people).where(eq(people.id, link.personId)).get();
    tx.update(people)
      .set({ passwordHash, activatedAt: person?.activatedAt ?? now })
      .where(eq(people.id, link.personId))
      .run();
    tx.delete(sessions).where(eq(sessions.personId, link.personId)).run();
    recordAudit(tx, {
      actorId: link.personId,
      organisationId: link.organisationId,
      entity: "person",
      entityId: link.personId,
      action: link.purpose === "invitation" ? "activated" : "reset_done",
    });
    return link.personId;
  });
}

/** Uses a sign-in link; the person and where to go, or null when it was used or expired meanwhile. */
export function signInWithLink(token: string): { personId: number; redirectTo: string } | null {
  const link = inspectAccountToken(token, ["sign_in"]);
  if (link.state !== "valid") return null;
  return getDb().transaction((tx) => {
    if (!consumeAccountToken(tx, link.id)) return null;
    tx.update(people)
      .set({ activatedAt: clock.now() })
      .where(and(eq(people.id, link.personId), isNull(people.activatedAt)))
      .run();
    recordAudit(tx, {
      actorId: link.personId,
      organisationId: link.organisationId,
      entity: "person",
      entityId: link.personId,
      action: "link_sign_in",
    });
    return { personId: link.personId, redirectTo: localPath(link.redirectTo) ?? "/" };
  });
}

/**
 * Invites people of one organisation to activate their account: a 14-day link by e-mail, replacing
 * any earlier one. People already activated, deactivated or erased are left out. Returns how many.
 */
export function invitePeople(organisationId: number, personIds: readonly number[], actorId: number | null): number {
  if (personIds.length === 0) return 0;
  return getDb().transaction((tx) => {
    const invitees = tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          inArray(people.id, [...personIds]),
          eq(people.organisationId, organisationId),
          isNull(people.deactivatedAt),
          isNull(people.erasedAt),
          isNull(people.activatedAt),
          isNull(people.passwordHash),
        ),
      )
      .all();
    for (const { id } of invitees) {
      const token = createAccountToken(tx, id, "invitation", { createdBy: actorId });
      enqueueEmail(tx, {
        kind: "account_invitation",
        recipientPersonId: id,
        payload: { token, inviterId: actorId },
        idempotencyKey: `account_invitation:${token.slice(0, 16)}`,
      });
      recordAudit(tx, { actorId, organisationId, entity: "person", entityId: id, action: "invited" });
    }
    return invitees.length;
  });
}

/** Ends every session of a person (an administrator's "sign out everywhere" for them), audited. */
export function endSessionsOf(organisationId: number, personId: number, actorId: number) {
  getDb().transaction((tx) => {
    const ended = tx.delete(sessions).where(eq(sessions.personId, personId)).run().changes;
    recordAudit(tx, {
      actorId,
      organisationId,
      entity: "person",
      entityId: personId,
      action: "sessions_ended",
      details: { sessions: ended },
    });
  });
}

export type SignInStatus = { state: "activated" } | { state: "invited"; until: Date } | { state: "none" };

/** Who has activated, who has an invitation still open and who has neither, for the people pages. */
export function signInStatuses(personIds: readonly number[]): Map<number, SignInStatus> {
  const result = new Map<number, SignInStatus>();
  if (personIds.length === 0) return result;
  const db = getDb();
  const now = clock.now();
  for (let i = 0; i < personIds.length; i += 5_000) {
    const slice = personIds.slice(i, i + 5_000);
    const rows = db
      .select({ id: people.id, activatedAt: people.activatedAt, passwordHash: people.passwordHash })
      .from(people)
      .where(inArray(people.id, slice))
      .all();
    for (const row of rows) result.set(row.id, row.activatedAt || row.passwordHash ? { state: "activated" } : { state: "none" });
    const open = db
      .select({ personId: accountTokens.personId, until: max(accountTokens.expiresAt) })
      .from(accountTokens)
      .where(
        and(
          inArray(accountTokens.personId, slice),
          eq(accountTokens.purpose, "invitation"),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, now),
        ),
      )
      .groupBy(accountTokens.personId)
      .all();
    for (const { personId, until } of open) {
      if (result.get(personId)?.state === "none" && until) result.set(personId, { state: "invited", until: new Date(until) });
    }
  }
  return result;
}

/** The person's sessions that have not expired, newest first. */
export function sessionsOf(personId: number) {
  return getDb()
    .select({ id: sessions.id, createdAt: sessions.createdAt, userAgent: sessions.userAgent, method: sessions.method })
    .from(sessions)
    .where(and(eq(sessions.personId, personId), gt(sessions.expiresAt, clock.now())))
    .orderBy(desc(sessions.createdAt))
    .all();
}

/** "Sign out everywhere" by the person themself, audited. */
export function signOutEverywhere(personId: number, organisationId: number) {
  endSessionsOf(organisationId, personId, personId);
}
