import type { emailMessages } from "../../../db/schema";
import { emailKinds, type EmailKind, type EmailPayloads } from "../../domain/email-kinds";
import { buildCalendar, type CalendarMethod } from "../../domain/icalendar";
import type { Db } from "../db.server";
import { turnedOff, unsubscribeUrl } from "../notification-preferences.server";
import { emailQueries } from "./queries.server";
import { loadContent, type Address, type Content, type Recipient } from "./content.server";
import { emailLanguage, renderGatheringDetails, renderTemplate, type EmailLanguage, type RenderedParts } from "./templates.server";

export type EmailRow = typeof emailMessages.$inferSelect;

export type RenderedEmail = RenderedParts & {
  kind: EmailKind;
  language: EmailLanguage;
  to: Address;
  replyTo: Address | null;
  calendar: { method: CalendarMethod; content: string } | null;
  /** The signed one-click unsubscribe link of an optional kind (List-Unsubscribe, RFC 8058). */
  unsubscribe: string | null;
};

export const isEmailKind = (kind: string): kind is EmailKind => (emailKinds as readonly string[]).includes(kind);

/** The message from its content: template parts, and the calendar event for the gathering kinds. */
export async function renderContent<K extends EmailKind>(kind: K, recipient: Recipient, content: Content<K>): Promise<RenderedEmail> {
  const language = emailLanguage(recipient.locale);
  const parts = await renderTemplate(kind, language, content.model);
  const calendar = content.calendar && {
    method: content.calendar.method,
    content: buildCalendar({ ...content.calendar, description: renderGatheringDetails(language, content.model) }),
  };
  return {
    ...parts,
    kind,
    language,
    to: { name: recipient.name, address: recipient.email },
    replyTo: content.replyTo,
    calendar,
    unsubscribe: null,
  };
}

export type RenderOptions = { now: Date; appUrl: string; mailFrom: string; hideSecrets: boolean };

/**
 * An outbox row as the message to send now, or why it is not sent (the recipient's data was erased,
 * the gathering was cancelled …). Throws when the row cannot be rendered at all (an unknown kind).
 */
export async function renderOutboxMessage(db: Db, row: EmailRow, options: RenderOptions): Promise<RenderedEmail | { skip: string }> {
  const kind = row.kind;
  if (!isEmailKind(kind)) throw new Error(`unknown e-mail kind "${kind}"`);
  const person = row.recipientPersonId ? emailQueries(db).recipient.get({ id: row.recipientPersonId }) : undefined;
  if (person?.erasedAt) return { skip: "the recipient's personal data was erased" };
  if (person?.deactivatedAt) return { skip: "the recipient is deactivated" };
  const off = row.recipientPersonId === null ? null : turnedOff(db, row.recipientPersonId, kind);
  if (off) return { skip: off };
  const recipient: Recipient = {
    id: row.recipientPersonId,
    name: person?.name ?? row.recipientEmail,
    email: row.recipientEmail,
    locale: row.locale,
  };
  const loaded = loadContent(kind, row.payload as EmailPayloads[typeof kind], { db, recipient, ...options });
  if ("skip" in loaded) return loaded;
  const rendered = await renderContent(kind, recipient, loaded);
  // Not in the copy kept in the local mailbox, which coordinators read: the link acts for the recipient.
  const unsubscribe = recipient.id === null || options.hideSecrets ? null : unsubscribeUrl(recipient.id, kind);
  return { ...rendered, unsubscribe };
}
