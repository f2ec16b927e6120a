/**
 * The e-mails that changes to a gathering cause, written to the outbox in the caller's transaction.
 * Queued rows that a later change makes pointless are marked failed with last_error "superseded"
 * (kept, not deleted, so the outbox shows what happened and the idempotency keys stay taken).
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { emailMessages, invitations } from "../../db/schema";
import type { EmailPayloads } from "../domain/email-kinds";
import { mergeChanged } from "../domain/gatherings";
import type { DbOrTx } from "./db.server";
import { enqueueEmail, enqueueEmails } from "./outbox.server";
import { createReflectionLink } from "./reflection-links.server";

/** How long a change notice waits for further edits before it is sent. */
export const settlingMs = 10 * 60_000;

type Gathering = { id: number; sequence: number };

const queuedFor = (gatheringId: number, kinds: string[]) =>
  and(
    eq(emailMessages.status, "queued"),
    inArray(emailMessages.kind, kinds),
    sql`json_extract(${emailMessages.payload}, '$.gatheringId') = ${gatheringId}`,
  );

const notDeclined = (tx: DbOrTx, gatheringId: number) =>
  tx
    .select({ id: invitations.id, personId: invitations.personId })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), ne(invitations.rsvp, "declined")))
    .all();

/** Queued in bulk: a roster import can invite thousands of newcomers at once. */
export function queueInvitations(tx: DbOrTx, gathering: Gathering, invited: { id: number; personId: number }[]) {
  enqueueEmails(
    tx,
    invited.map((inv) => ({
      kind: "invitation" as const,
      recipientPersonId: inv.personId,
      payload: { gatheringId: gathering.id, invitationId: inv.id, sequence: gathering.sequence },
      idempotencyKey: `invitation:${gathering.id}:${inv.personId}:${gathering.sequence}`,
    })),
  );
}

/**
 * Tells invitees (all but those who declined) that time or place changed, after a settling window:
 * a notice still waiting for the same person absorbs this change (union of fields, newest sequence)
 * and waits another window, so a burst of edits sends one e-mail.
 */
export function queueChangeNotices(tx: DbOrTx, gathering: Gathering, changed: string[], now: Date) {
  const dueAt = new Date(now.getTime() + settlingMs);
  const waiting = new Map(
    tx
      .select({ id: emailMessages.id, personId: emailMessages.recipientPersonId, payload: emailMessages.payload })
      .from(emailMessages)
      .where(queuedFor(gathering.id, ["change_notice"]))
      .all()
      .map((m) => [m.personId, m]),
  );
  for (const inv of notDeclined(tx, gathering.id)) {
    const queued = waiting.get(inv.personId);
    if (queued) {
      const before = queued.payload as EmailPayloads["change_notice"];
      const payload: EmailPayloads["change_notice"] = {
        ...before,
        sequence: gathering.sequence,
        changed: mergeChanged(before.changed, changed),
      };
      tx.update(emailMessages).set({ payload, dueAt }).where(eq(emailMessages.id, queued.id)).run();
    } else {
      enqueueEmail(tx, {
        kind: "change_notice",
        recipientPersonId: inv.personId,
        payload: { gatheringId: gathering.id, invitationId: inv.id, sequence: gathering.sequence, changed },
        idempotencyKey: `change_notice:${gathering.id}:${inv.personId}:${gathering.sequence}`,
        dueAt,
      });
    }
  }
}

/** Cancellation notices now, and nothing else about this gathering left waiting in the outbox. */
export function queueCancellations(tx: DbOrTx, gathering: Gathering, now: Date) {
  tx.update(emailMessages)
    .set({ status: "failed", lastError: "superseded" })
    .where(queuedFor(gathering.id, ["invitation", "change_notice", "reminder"]))
    .run();
  for (const inv of notDeclined(tx, gathering.id)) {
    enqueueEmail(tx, {
      kind: "cancellation",
      recipientPersonId: inv.personId,
      payload: { gatheringId: gathering.id, invitationId: inv.id, sequence: gathering.sequence },
      idempotencyKey: `cancellation:${gathering.id}:${inv.personId}:${gathering.sequence}`,
      dueAt: now,
    });
  }
}

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
    tx
      .select({ key: emailMessages.idempotencyKey })
      .from(emailMessages)
      .where(inArray(emailMessages.idempotencyKey, keys))
      .all()
      .map((r) => r.key),
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
