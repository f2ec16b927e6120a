import { and, eq, gt, isNull } from "drizzle-orm";
import { reflectionLinks } from "../../db/schema";
import { getConfig } from "./config.server";
import { getDb, type DbOrTx } from "./db.server";
import { hashToken, newToken } from "./tokens.server";
import { clock } from "./clock.server";

export const reflectionLinkDays = 14;

/**
 * Creates the single-use, expiring link from a reflection prompt e-mail to that gathering's
 * reflection form for that leader. Returns the secret token; only its hash is stored.
 */
export function createReflectionLink(tx: DbOrTx, personId: number, gatheringId: number, now = clock.now()): string {
  const token = newToken();
  tx.insert(reflectionLinks)
    .values({ id: hashToken(token), personId, gatheringId, expiresAt: new Date(now.getTime() + reflectionLinkDays * 86_400_000) })
    .run();
  return token;
}

export const reflectionLinkUrl = (token: string) => `${getConfig().appUrl}/r/${token}`;

export type LinkState =
  { state: "unknown" | "expired" | "used" } | { state: "valid"; id: string; personId: number; gatheringId: number; expiresAt: Date };

/** What a link token stands for, without using it up. */
export function inspectReflectionLink(token: string, now = clock.now()): LinkState {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "unknown" };
  const link = getDb()
    .select()
    .from(reflectionLinks)
    .where(eq(reflectionLinks.id, hashToken(token)))
    .get();
  if (!link) return { state: "unknown" };
  if (link.usedAt) return { state: "used" };
  if (link.expiresAt <= now) return { state: "expired" };
  return { state: "valid", id: link.id, personId: link.personId, gatheringId: link.gatheringId, expiresAt: link.expiresAt };
}

/**
 * Uses the link up for its own person. False when it was used (or expired) in the meantime, so two
 * clicks at once cannot both pass.
 */
export function consumeReflectionLink(linkId: string, personId: number, now = clock.now()): boolean {
  return (
    getDb()
      .update(reflectionLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(reflectionLinks.id, linkId),
          eq(reflectionLinks.personId, personId),
          isNull(reflectionLinks.usedAt),
          gt(reflectionLinks.expiresAt, now),
        ),
      )
      .run().changes > 0
  );
}
