import { and, eq, inArray } from "drizzle-orm";
import { emailMessages, invitations } from "../../db/schema";
import type { DbOrTx } from "./db.server";
import { enqueueEmail } from "./outbox.server";
import { createReflectionLink } from "./reflection-links.server";

const promptKey = (gatheringId: number, personId: number) => `reflection_prompt:${gatheringId}:${personId}`;

/**
 * After a held gathering, everyone marked present gets a reflection prompt with a single-use link.
 * Whoever already has one is skipped (checked first, so a repeated action makes no second link).
 */
export function queueReflectionPrompts(tx: DbOrTx, gatheringId: number, now: Date) {
  const present = tx
    .select({ personId: invitations.personId })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.attendance, "present")))
    .all();
  if (!present.length) return 0;
  const keys = present.map((p) => promptKey(gatheringId, p.personId));
  const sent = new Set(
    tx.select({ key: emailMessages.idempotencyKey }).from(emailMessages).where(inArray(emailMessages.idempotencyKey, keys)).all().map((r) => r.key),
  );
  let queued = 0;
  for (const { personId } of present) {
    const idempotencyKey = promptKey(gatheringId, personId);
    if (sent.has(idempotencyKey)) continue;
    const token = createReflectionLink(tx, personId, gatheringId, now);
    enqueueEmail(tx, { kind: "reflection_prompt", recipientPersonId: personId, payload: { gatheringId, token }, idempotencyKey });
    queued++;
  }
  return queued;
}
