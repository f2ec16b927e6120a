import { safeRedirect } from "../domain/safe-redirect";
import { and, eq, gt, isNull } from "drizzle-orm";
import { accountTokens, people, type AccountTokenPurpose } from "../../db/schema";
import { dayMs } from "../domain/time";
import { getConfig } from "./config.server";
import { getDb, type DbOrTx } from "./db.server";
import { hashToken, newToken } from "./tokens.server";
import { clock } from "./clock.server";

/** How long each kind of single-use link works. */
export const accountLinkLifetimeMs: Record<AccountTokenPurpose, number> = {
  invitation: 14 * dayMs,
  reset: 30 * 60_000,
  sign_in: 15 * 60_000,
};

/**
 * Creates a single-use link for a person and returns its secret (only the hash is stored). An
 * earlier unused link of the same kind stops working, so only the newest e-mail's link counts.
 */
export function createAccountToken(
  tx: DbOrTx,
  personId: number,
  purpose: AccountTokenPurpose,
  options: { createdBy?: number | null; redirectTo?: string | null } = {},
): string {
  const now = clock.now();
  tx.update(accountTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountTokens.personId, personId),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .run();
  const token = newToken();
  tx.insert(accountTokens)
    .values({
      id: hashToken(token),
      personId,
      purpose,
      createdBy: options.createdBy ?? null,
      redirectTo: options.redirectTo ?? null,
      expiresAt: new Date(now.getTime() + accountLinkLifetimeMs[purpose]),
    })
    .run();
  return token;
}

/** Invitations and resets open the page to choose a password; sign-in links sign in. */
export const accountLinkPath = (purpose: AccountTokenPurpose, token: string) =>
  purpose === "sign_in" ? `/login/link/${token}` : `/account/password/${token}`;
export const accountLinkUrl = (purpose: AccountTokenPurpose, token: string) => `${getConfig().appUrl}${accountLinkPath(purpose, token)}`;

export type AccountLink =
  | { state: "unknown" }
  | { state: "expired" | "used"; purpose: AccountTokenPurpose }
  | {
      state: "valid";
      id: string;
      purpose: AccountTokenPurpose;
      personId: number;
      organisationId: number;
      name: string;
      email: string;
      redirectTo: string | null;
    };

/** What a link stands for, without using it up (a mail scanner opening it spends nothing). */
export function inspectAccountToken(token: string, purposes: readonly AccountTokenPurpose[]): AccountLink {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "unknown" };
  const row = getDb()
    .select({
      id: accountTokens.id,
      purpose: accountTokens.purpose,
      usedAt: accountTokens.usedAt,
      expiresAt: accountTokens.expiresAt,
      redirectTo: accountTokens.redirectTo,
      personId: people.id,
      organisationId: people.organisationId,
      name: people.name,
      email: people.email,
      deactivatedAt: people.deactivatedAt,
      erasedAt: people.erasedAt,
    })
    .from(accountTokens)
    .innerJoin(people, eq(people.id, accountTokens.personId))
    .where(eq(accountTokens.id, hashToken(token)))
    .get();
  if (!row || !purposes.includes(row.purpose) || row.deactivatedAt || row.erasedAt) return { state: "unknown" };
  if (row.usedAt) return { state: "used", purpose: row.purpose };
  if (row.expiresAt <= clock.now()) return { state: "expired", purpose: row.purpose };
  const { usedAt: _u, expiresAt: _e, deactivatedAt: _d, erasedAt: _x, ...valid } = row;
  return { state: "valid", ...valid };
}

/** Uses a link up. False when it was used or expired meanwhile, so two clicks at once cannot both pass. */
export function consumeAccountToken(tx: DbOrTx, id: string): boolean {
  const now = clock.now();
  return (
    tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
      .run().changes > 0
  );
}

/** Whether a link in an outbox payload still works (a message whose link was used or replaced is skipped). */
export function accountTokenUsable(token: string): boolean {
  const now = clock.now();
  return (
    getDb()
      .select({ id: accountTokens.id })
      .from(accountTokens)
      .where(and(eq(accountTokens.id, hashToken(token)), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
      .get() !== undefined
  );
}

/** A path on this site for a redirect taken from a form or link (the one rule: safeRedirect), or null. */
export const localPath = (to: string | null | undefined): string | null => safeRedirect(to, "") || null;
