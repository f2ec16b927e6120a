import { reflectionLinks } from "../../db/schema";
import { getConfig } from "./config.server";
import type { DbOrTx } from "./db.server";
import { hashToken, newToken } from "./tokens.server";

export const reflectionLinkDays = 14;

/**
 * Creates the single-use, expiring link from a reflection prompt e-mail to that gathering's
 * reflection form for that leader. Returns the secret token; only its hash is stored.
 */
export function createReflectionLink(tx: DbOrTx, personId: number, gatheringId: number, now = new Date()): string {
  const token = newToken();
  tx.insert(reflectionLinks)
    .values({ id: hashToken(token), personId, gatheringId, expiresAt: new Date(now.getTime() + reflectionLinkDays * 86_400_000) })
    .run();
  return token;
}

export const reflectionLinkUrl = (token: string) => `${getConfig().appUrl}/r/${token}`;
