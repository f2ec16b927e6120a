import { eq } from "drizzle-orm";
import { emailMessages, people } from "../../db/schema";
import type { EmailKind, EmailPayloads } from "../domain/email-kinds";
import type { DbOrTx } from "./db.server";

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

/**
 * Writes a message to the outbox inside the caller's transaction, in the recipient's language.
 * Returns false when a message with the same idempotency key already exists.
 */
export function enqueueEmail<K extends EmailKind>(tx: DbOrTx, email: QueuedEmail<K>): boolean {
  const recipient = tx
    .select({ email: people.email, locale: people.preferredLanguage, organisationId: people.organisationId })
    .from(people)
    .where(eq(people.id, email.recipientPersonId))
    .get();
  if (!recipient) throw new Error(`enqueueEmail: no person ${email.recipientPersonId}`);
  const result = tx
    .insert(emailMessages)
    .values({
      organisationId: recipient.organisationId,
      kind: email.kind,
      recipientPersonId: email.recipientPersonId,
      recipientEmail: recipient.email,
      locale: recipient.locale,
      idempotencyKey: email.idempotencyKey,
      payload: email.payload,
      dueAt: email.dueAt ?? new Date(),
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .run();
  if (result.changes === 1 && (!email.dueAt || email.dueAt.getTime() <= Date.now())) enqueued?.();
  return result.changes === 1;
}
