/**
 * The e-mails that changes to a gathering cause, written to the outbox in the caller's transaction.
 * Queued rows that a later change makes pointless are marked failed with last_error "superseded"
 * (kept, not deleted, so the outbox shows what happened and the idempotency keys stay taken).
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { emailMessages, facilitators, gatheringFacilitators, invitations, people } from "../../db/schema";
import type { EmailPayloads } from "../domain/email-kinds";
import { mergeChanged } from "../domain/gatherings";
import type { DbOrTx } from "./db.server";
import { enqueueEmail, enqueueEmails, enqueueEmailTo } from "./outbox.server";
import { feedbackLinkToken } from "./feedback-links.server";
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

/**
 * Facilitators' addresses: an internal one's from their person, an external one's from the
 * facilitator record (they may have no account). Those without an address are left out.
 * `facilitatorIds` names them; without it, the gathering's current facilitators.
 */
function facilitatorRecipients(tx: DbOrTx, gatheringId: number, facilitatorIds?: number[]) {
  if (facilitatorIds?.length === 0) return [];
  const rows = tx
    .select({
      facilitatorId: facilitators.id,
      personId: facilitators.personId,
      organisationId: facilitators.organisationId,
      personEmail: people.email,
      externalEmail: facilitators.email,
      locale: people.preferredLanguage,
    })
    .from(facilitators)
    .leftJoin(people, eq(people.id, facilitators.personId))
    .where(
      facilitatorIds
        ? inArray(facilitators.id, facilitatorIds)
        : inArray(
            facilitators.id,
            tx
              .select({ id: gatheringFacilitators.facilitatorId })
              .from(gatheringFacilitators)
              .where(eq(gatheringFacilitators.gatheringId, gatheringId)),
          ),
    )
    .all();
  return rows.flatMap((r) => {
    const email = r.personEmail ?? r.externalEmail;
    // An external facilitator without an account gets the organisation's working language, bokmål.
    return email
      ? [{ facilitatorId: r.facilitatorId, personId: r.personId, organisationId: r.organisationId, email, locale: r.locale ?? "nb" }]
      : [];
  });
}

const queuedForFacilitator = (gatheringId: number, facilitatorId: number, kinds: string[]) =>
  and(queuedFor(gatheringId, kinds), sql`json_extract(${emailMessages.payload}, '$.facilitatorId') = ${facilitatorId}`);

/**
 * Calendar requests to facilitators of a confirmed gathering: the first one when they are added (or
 * the gathering is confirmed), an update when time or place changes. An update waits out the same
 * settling window as invitees' change notices and absorbs a later change; a first request still
 * waiting just takes the newest sequence. The key carries the instant, so a facilitator removed and
 * added again gets a new request.
 */
export function queueFacilitatorInvitations(
  tx: DbOrTx,
  gathering: Gathering & { startsAt: Date },
  changed: string[],
  now: Date,
  facilitatorIds?: number[],
) {
  if (gathering.startsAt <= now) return;
  for (const r of facilitatorRecipients(tx, gathering.id, facilitatorIds)) {
    const queued = tx
      .select({ id: emailMessages.id, payload: emailMessages.payload })
      .from(emailMessages)
      .where(queuedForFacilitator(gathering.id, r.facilitatorId, ["facilitator_invitation"]))
      .get();
    if (queued) {
      const before = queued.payload as EmailPayloads["facilitator_invitation"];
      const first = before.changed.length === 0;
      const payload = { ...before, sequence: gathering.sequence, changed: first ? [] : mergeChanged(before.changed, changed) };
      tx.update(emailMessages)
        .set({ payload, ...(first ? {} : { dueAt: new Date(now.getTime() + settlingMs) }) })
        .where(eq(emailMessages.id, queued.id))
        .run();
      continue;
    }
    enqueueEmailTo(tx, r, {
      kind: "facilitator_invitation",
      payload: { gatheringId: gathering.id, facilitatorId: r.facilitatorId, sequence: gathering.sequence, changed },
      idempotencyKey: `facilitator_invitation:${gathering.id}:${r.facilitatorId}:${gathering.sequence}:${now.getTime()}`,
      dueAt: changed.length ? new Date(now.getTime() + settlingMs) : now,
    });
  }
}

/**
 * Calendar cancellations to facilitators: all of a cancelled gathering's, or those just removed from
 * a confirmed one. Requests still waiting for them are superseded.
 */
export function queueFacilitatorCancellations(tx: DbOrTx, gathering: Gathering, now: Date, facilitatorIds?: number[]) {
  for (const r of facilitatorRecipients(tx, gathering.id, facilitatorIds)) {
    tx.update(emailMessages)
      .set({ status: "failed", lastError: "superseded" })
      .where(queuedForFacilitator(gathering.id, r.facilitatorId, ["facilitator_invitation"]))
      .run();
    enqueueEmailTo(tx, r, {
      kind: "facilitator_cancellation",
      payload: { gatheringId: gathering.id, facilitatorId: r.facilitatorId, sequence: gathering.sequence },
      idempotencyKey: `facilitator_cancellation:${gathering.id}:${r.facilitatorId}:${gathering.sequence}:${now.getTime()}`,
      dueAt: now,
    });
  }
}

/**
 * After a held gathering, everyone marked present is asked for feedback, once: the key names the
 * gathering and the person, so marking someone present later asks them too, and nobody twice.
 */
export function queueFeedbackRequests(tx: DbOrTx, gatheringId: number) {
  const present = tx
    .select({ personId: invitations.personId })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.attendance, "present")))
    .all();
  enqueueEmails(
    tx,
    present.map(({ personId }) => ({
      kind: "feedback_request" as const,
      recipientPersonId: personId,
      payload: { gatheringId, token: feedbackLinkToken(gatheringId, personId) },
      idempotencyKey: `feedback_request:${gatheringId}:${personId}`,
    })),
  );
}
