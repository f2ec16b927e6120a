import { and, eq } from "drizzle-orm";
import { notificationPreferences } from "../../db/schema";
import {
  categoryDefault,
  categoryOf,
  isNotificationCategory,
  notificationCategories,
  type NotificationCategory,
} from "../domain/notification-preferences";
import { clock } from "./clock.server";
import { getConfig } from "./config.server";
import { getDb, type DbOrTx } from "./db.server";
import { sign, unsign } from "./tokens.server";

/** Each optional category on or off for the person (their choice, or the category's default). */
export function preferencesOf(personId: number, db: DbOrTx = getDb()): Record<NotificationCategory, boolean> {
  const chosen = new Map(
    db
      .select({ category: notificationPreferences.category, enabled: notificationPreferences.enabled })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.personId, personId))
      .all()
      .map((row) => [row.category, row.enabled] as const),
  );
  return Object.fromEntries(notificationCategories.map((c) => [c, chosen.get(c) ?? categoryDefault[c]])) as Record<
    NotificationCategory,
    boolean
  >;
}

export function setPreference(tx: DbOrTx, personId: number, category: NotificationCategory, enabled: boolean, now = clock.now()) {
  tx.insert(notificationPreferences)
    .values({ personId, category, enabled, updatedAt: now })
    .onConflictDoUpdate({ target: [notificationPreferences.personId, notificationPreferences.category], set: { enabled, updatedAt: now } })
    .run();
}

/** Why a message of `kind` is not sent to the person, or null: only optional kinds can be turned off. */
export function turnedOff(db: DbOrTx, personId: number, kind: string): string | null {
  const category = categoryOf(kind);
  if (!category) return null;
  const row = db
    .select({ enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.personId, personId), eq(notificationPreferences.category, category)))
    .get();
  const enabled = row?.enabled ?? categoryDefault[category];
  return enabled ? null : `the recipient has turned off ${category.replace(/_/g, " ")}`;
}

// One-click unsubscribe (RFC 8058): the link is signed with the session secret, so it acts without
// signing in and cannot be forged for someone else or another category.
const unsubscribeValue = (personId: number, category: NotificationCategory) => `unsubscribe-${personId}-${category}`;

export const unsubscribeToken = (personId: number, category: NotificationCategory) => sign(unsubscribeValue(personId, category));

/** The one-click link for an optional kind (null for the essential ones). */
export function unsubscribeUrl(personId: number, kind: string): string | null {
  const category = categoryOf(kind);
  return category ? `${getConfig().appUrl}/unsubscribe/${unsubscribeToken(personId, category)}` : null;
}

/** What a link stands for, or null when it is forged, altered or not an unsubscribe link. */
export function readUnsubscribeToken(token: string): { personId: number; category: NotificationCategory } | null {
  if (token.length > 300) return null;
  const value = unsign(token);
  const match = value && /^unsubscribe-(\d{1,15})-([a-z_]+)$/.exec(value);
  if (!match || !isNotificationCategory(match[2]!)) return null;
  return { personId: Number(match[1]), category: match[2] };
}
