import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { emailMessages, emailStatuses, locales, mailboxMessages, people, type Locale } from "../../../db/schema";
import { emailKinds, type EmailKind } from "../../domain/email-kinds";
import { getDb } from "../db.server";
import { redirectWithFlash } from "../flash.server";
import { conflict, postedId, readIntent, unknownIntent } from "../forms.server";
import { hasRole, notFound } from "../guards.server";
import type { SessionUser } from "../session.server";
import { clock } from "../clock.server";

/**
 * The coordinator's view of the outbox: their organisation's messages (an administrator sees all),
 * what became of each, the local mailbox copy, and retrying a failed message.
 */
export type OutboxScope = { organisationId: number | null };
export type EmailStatus = (typeof emailStatuses)[number];

export const outboxScope = (user: Pick<SessionUser, "roles" | "organisationId">): OutboxScope => ({
  organisationId: hasRole(user, "admin") ? null : user.organisationId,
});

const inScope = (scope: OutboxScope): SQL | undefined =>
  scope.organisationId === null ? undefined : eq(emailMessages.organisationId, scope.organisationId);

export const outboxPageSize = 50;

export function listOutbox(scope: OutboxScope, { status, page }: { status: EmailStatus | null; page: number }) {
  const db = getDb();
  const where = and(inScope(scope), status ? eq(emailMessages.status, status) : undefined);
  const rows = db
    .select({
      id: emailMessages.id,
      kind: emailMessages.kind,
      recipientEmail: emailMessages.recipientEmail,
      recipientName: people.name,
      status: emailMessages.status,
      attempts: emailMessages.attempts,
      lastError: emailMessages.lastError,
      dueAt: emailMessages.dueAt,
      sentAt: emailMessages.sentAt,
      createdAt: emailMessages.createdAt,
    })
    .from(emailMessages)
    .leftJoin(people, eq(people.id, emailMessages.recipientPersonId))
    .where(where)
    .orderBy(desc(emailMessages.createdAt), desc(emailMessages.id))
    .limit(outboxPageSize + 1)
    .offset((page - 1) * outboxPageSize)
    .all();
  const counts = Object.fromEntries(emailStatuses.map((s) => [s, 0])) as Record<EmailStatus, number>;
  for (const row of db
    .select({ status: emailMessages.status, n: count() })
    .from(emailMessages)
    .where(inScope(scope))
    .groupBy(emailMessages.status)
    .all()) {
    counts[row.status] = row.n;
  }
  return { messages: rows.slice(0, outboxPageSize), hasMore: rows.length > outboxPageSize, counts };
}

export function getOutboxMessage(scope: OutboxScope, id: number) {
  const row = getDb()
    .select({
      message: emailMessages,
      recipientName: people.name,
      delivered: {
        subject: mailboxMessages.subject,
        text: mailboxMessages.text,
        attachments: mailboxMessages.attachments,
        deliveredAt: mailboxMessages.deliveredAt,
      },
    })
    .from(emailMessages)
    .leftJoin(people, eq(people.id, emailMessages.recipientPersonId))
    .leftJoin(mailboxMessages, eq(mailboxMessages.emailMessageId, emailMessages.id))
    .where(and(eq(emailMessages.id, id), inScope(scope)))
    .get();
  if (!row) return null;
  const { message, recipientName, delivered } = row;
  return {
    ...message,
    recipientName,
    delivered: delivered?.subject == null ? null : delivered,
  };
}

/** The local mailbox copy of a message in scope: the HTML, the MIME source, the attachments. */
export function getMailboxCopy(scope: OutboxScope, id: number) {
  return (
    getDb()
      .select({ html: mailboxMessages.html, raw: mailboxMessages.raw, attachments: mailboxMessages.attachments })
      .from(mailboxMessages)
      .innerJoin(emailMessages, eq(emailMessages.id, mailboxMessages.emailMessageId))
      .where(and(eq(mailboxMessages.emailMessageId, id), inScope(scope)))
      .get() ?? null
  );
}

export type RetryResult = "retried" | "not_failed" | "not_found";

/** A failed message back in the queue with a fresh set of attempts, due now. */
export function retryFailedMessage(scope: OutboxScope, id: number, now = clock.now()): RetryResult {
  const db = getDb();
  return db.transaction((tx) => {
    const message = tx
      .select({ status: emailMessages.status })
      .from(emailMessages)
      .where(and(eq(emailMessages.id, id), inScope(scope)))
      .get();
    if (!message) return "not_found";
    if (message.status !== "failed") return "not_failed";
    tx.update(emailMessages)
      .set({ status: "queued", attempts: 0, dueAt: now, lastError: null, leaseOwner: null, leaseUntil: null })
      .where(eq(emailMessages.id, id))
      .run();
    return "retried";
  });
}

/**
 * The "try again" button on the outbox pages: back to `back` with a flash when the message went
 * back in the queue, 409 with a notice when it had not failed, 404 outside the user's scope (or for
 * a tampered id).
 */
export async function retryFromForm(request: Request, scope: OutboxScope, back: string) {
  const posted = await readIntent(request);
  if (posted.intent !== "retry") throw unknownIntent();
  const result = retryFailedMessage(scope, postedId(posted, "messageId"));
  if (result === "not_found") throw notFound();
  if (result === "not_failed") return conflict("outbox.notFailed");
  return redirectWithFlash(back, { key: "outbox.retried" });
}

/**
 * A stored e-mail's HTML for the sandboxed frame on the message page: no scripts, no requests
 * anywhere but images, and framed by this site only (frame-ancestors also overrides the
 * X-Frame-Options: DENY the server sets on every other page).
 */
export function emailHtmlResponse(html: string) {
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A file to download (an attachment, the .eml), never shown inline. */
export function downloadResponse(content: string, contentType: string, filename: string) {
  return new Response(content, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The template and language asked for on the preview page; the first of each, with an error, when not valid. */
export function parsePreview(params: URLSearchParams): { kind: EmailKind; locale: Locale; errors: { kind: boolean; locale: boolean } } {
  const kind = z.enum(emailKinds).safeParse(params.get("kind") ?? emailKinds[0]);
  const locale = z.enum(locales).safeParse(params.get("locale") ?? locales[0]);
  return {
    kind: kind.success ? kind.data : emailKinds[0],
    locale: locale.success ? locale.data : locales[0],
    errors: { kind: !kind.success, locale: !locale.success },
  };
}
