import { eq, inArray, sql } from "drizzle-orm";
import { emailMessages, people } from "../../db/schema";
import type { EmailKind, EmailPayloads } from "../domain/email-kinds";
import type { DbOrTx } from "./db.server";
import { clock } from "./clock.server";

export type QueuedEmail<K extends EmailKind> = {
  kind: K;
  recipientPersonId: number;
  payload: EmailPayloads[K];
  /** Same key, same message: a retried action or a crash never queues a second one. */
  idempotencyKey: string;
  /** Not sent before; defaults to now. */
  dueAt?: Date;
};

let enqueued: (() => void) | undefined;

/** Lets this process's dispatcher hear of new messages (one listener; undefined removes it). */
export const onEnqueued = (listener: (() => void) | undefined) => {
  enqueued = listener;
};
type Recipient = { email: string; locale: (typeof people.$inferSelect)["preferredLanguage"]; organisationId: number };

const outboxRow = <K extends EmailKind>(recipient: Recipient, email: QueuedEmail<K>) => ({
  organisationId: recipient.organisationId,
  kind: email.kind,
  recipientPersonId: email.recipientPersonId,
  recipientEmail: recipient.email,
  locale: recipient.locale,
  idempotencyKey: email.idempotencyKey,
  payload: email.payload,
  dueAt: email.dueAt ?? clock.now(),
});

const recipientColumns = { email: people.email, locale: people.preferredLanguage, organisationId: people.organisationId };

/**
 * Writes a message to the outbox inside the caller's transaction, in the recipient's language.
 * Returns false when a message with the same idempotency key already exists.
 */
export function enqueueEmail<K extends EmailKind>(tx: DbOrTx, email: QueuedEmail<K>): boolean {
  const recipient = tx.select(recipientColumns).from(people).where(eq(people.id, email.recipientPersonId)).get();
  if (!recipient) throw new Error(`enqueueEmail: no person ${email.recipientPersonId}`);
  const result = tx
    .insert(emailMessages)
    .values(outboxRow(recipient, email))
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .run();
  // Woken for a later-due message too: the dispatcher then finds nothing due, at no cost.
  if (result.changes === 1) enqueued?.();
  return result.changes === 1;
}

/**
 * enqueueEmail to someone who may have no account (an external facilitator): the address, language
 * and organisation are given rather than read from a person. Returns false for a repeated key.
 */
export function enqueueEmailTo<K extends EmailKind>(
  tx: DbOrTx,
  recipient: Recipient & { personId: number | null },
  email: Omit<QueuedEmail<K>, "recipientPersonId">,
): boolean {
  const row = { ...outboxRow(recipient, { ...email, recipientPersonId: 0 }), recipientPersonId: recipient.personId };
  const result = tx.insert(emailMessages).values(row).onConflictDoNothing({ target: emailMessages.idempotencyKey }).run();
  if (result.changes === 1) enqueued?.();
  return result.changes === 1;
}

/**
 * enqueueEmail for many messages at once (a cohort of newcomers, a roster import): recipients are
 * read in slices and the rows written through one prepared statement, because building a query per
 * message costs far more than SQLite's insert. Returns how many were new.
 */
export function enqueueEmails<K extends EmailKind>(tx: DbOrTx, emails: readonly QueuedEmail<K>[]): number {
  const ids = [...new Set(emails.map((e) => e.recipientPersonId))];
  const recipients = new Map<number, Recipient>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = tx
      .select({ id: people.id, ...recipientColumns })
      .from(people)
      .where(inArray(people.id, ids.slice(i, i + 5_000)))
      .all();
    for (const { id, ...recipient } of rows) recipients.set(id, recipient);
  }
  const column = (name: keyof ReturnType<typeof outboxRow>) => sql.placeholder(name);
  const insert = tx
    .insert(emailMessages)
    .values({
      organisationId: column("organisationId"),
      kind: column("kind"),
      recipientPersonId: column("recipientPersonId"),
      recipientEmail: column("recipientEmail"),
      locale: column("locale"),
      idempotencyKey: column("idempotencyKey"),
      payload: column("payload"),
      dueAt: column("dueAt"),
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .prepare();
  let created = 0;
  for (const email of emails) {
    const recipient = recipients.get(email.recipientPersonId);
    if (!recipient) throw new Error(`enqueueEmail: no person ${email.recipientPersonId}`);
    created += insert.run(outboxRow(recipient, email)).changes;
  }
  if (created > 0) enqueued?.();
  return created;
}
