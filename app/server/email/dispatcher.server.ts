import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type Mail from "nodemailer/lib/mailer";
import { emailMessages, mailboxMessages, organisations } from "../../../db/schema";
import { afterFailure, describeFailure, type SendFailure } from "../../domain/outbox-retry";
import { getConfig } from "../config.server";
import { getDb, type Db } from "../db.server";
import { onEnqueued } from "../outbox.server";
import { scheduleReflectionReminders } from "./reflection-reminders.server";
import { scheduleWeeklyDigests } from "./digest.server";
import { scheduleReminders } from "./reminders.server";
import { scheduleConsultationReminders } from "../consultation-notices.server";
import { renderOutboxMessage, type EmailRow, type RenderedEmail } from "./render.server";
import type { Delivery, MailTransport } from "./transport.server";
import { clock } from "../clock.server";

/**
 * The outbox dispatcher. A process claims due messages by taking a lease on them in one statement
 * (status `sending`, its own random owner id, a time limit), so two processes never send the same
 * message; a process that dies leaves leases that run out, and the messages are claimed again.
 * Every later write names the owner, so a process that lost its lease cannot overwrite the outcome.
 */
// EMAIL_LEASE_MS (config.server.ts) shortens it for the crash test, which kills workers mid-send.
export const leaseMs = () => getConfig().emailLeaseMs;

export type DispatchOptions = {
  db?: Db;
  transport: MailTransport;
  owner: string;
  now?: () => Date;
  batchSize?: number;
  /** Messages sent at the same time (the SMTP pool holds as many connections). */
  concurrency?: number;
  /** Asked before each message: true stops the batch, and messages not begun are handed back. */
  stopping?: () => boolean;
};

export type DispatchReport = { claimed: number; sent: number; retried: number; failed: number; skipped: number; released: number };

/** Takes the lease on up to `limit` due messages: queued and due, or sending with a lease run out. */
export function claimDue(db: Db, owner: string, now: Date, limit: number): EmailRow[] {
  return db.transaction(
    (tx) => {
      const due = tx
        .select({ id: emailMessages.id })
        .from(emailMessages)
        .where(
          or(
            and(eq(emailMessages.status, "queued"), lte(emailMessages.dueAt, now)),
            and(eq(emailMessages.status, "sending"), lt(emailMessages.leaseUntil, now)),
          ),
        )
        .orderBy(asc(emailMessages.dueAt), asc(emailMessages.id))
        .limit(limit);
      return tx
        .update(emailMessages)
        .set({
          status: "sending",
          leaseOwner: owner,
          leaseUntil: new Date(now.getTime() + leaseMs()),
          attempts: sql`${emailMessages.attempts} + 1`,
        })
        .where(inArray(emailMessages.id, due))
        .returning()
        .all();
    },
    { behavior: "immediate" },
  );
}

const leased = (id: number, owner: string) =>
  and(eq(emailMessages.id, id), eq(emailMessages.leaseOwner, owner), eq(emailMessages.status, "sending"));

/** Extends the lease just before sending; false when another process has taken the message over. */
function renewLease(db: Db, row: EmailRow, owner: string, now: Date): boolean {
  const result = db
    .update(emailMessages)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs()) })
    .where(leased(row.id, owner))
    .run();
  return result.changes === 1;
}

const endLease = { leaseOwner: null, leaseUntil: null } as const;

function markSent(db: Db, row: EmailRow, owner: string, now: Date, delivery: Delivery, email: RenderedEmail) {
  db.transaction((tx) => {
    const result = tx
      .update(emailMessages)
      .set({ status: "sent", sentAt: now, messageId: delivery.messageId, lastError: null, ...endLease })
      .where(leased(row.id, owner))
      .run();
    if (result.changes !== 1 || delivery.raw === null) return;
    tx.insert(mailboxMessages)
      .values({
        emailMessageId: row.id,
        subject: email.subject,
        html: email.html,
        text: email.text,
        attachments: email.calendar
          ? [
              {
                filename: calendarFilename(email),
                contentType: `text/calendar; charset=utf-8; method=${email.calendar.method}`,
                content: email.calendar.content,
              },
            ]
          : [],
        raw: delivery.raw,
        deliveredAt: now,
      })
      .onConflictDoNothing()
      .run();
  });
}

function markOutcome(db: Db, row: EmailRow, owner: string, values: Partial<typeof emailMessages.$inferInsert>) {
  db.update(emailMessages)
    .set({ ...values, ...endLease })
    .where(leased(row.id, owner))
    .run();
}

/** Gives messages claimed but not begun back to the queue, as if never claimed. */
function release(db: Db, rows: EmailRow[], owner: string) {
  if (rows.length === 0) return;
  db.update(emailMessages)
    .set({ status: "queued", attempts: sql`${emailMessages.attempts} - 1`, ...endLease })
    .where(
      and(
        inArray(
          emailMessages.id,
          rows.map((r) => r.id),
        ),
        eq(emailMessages.leaseOwner, owner),
        eq(emailMessages.status, "sending"),
      ),
    )
    .run();
}

const calendarFilename = (email: RenderedEmail) => (email.calendar?.method === "CANCEL" ? "cancellation.ics" : "invitation.ics");

function sender(db: Db, row: EmailRow, mailFrom: string) {
  const organisation = row.organisationId
    ? db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)).get()
    : undefined;
  return { name: organisation ? `${organisation.name} (Samling)` : "Samling", address: mailFrom };
}

/** The MIME message: HTML and text alternatives, and for calendar kinds the iTIP part Outlook reads. */
export function composeMail(email: RenderedEmail, from: Mail.Address): Mail.Options {
  return {
    from,
    to: email.to,
    replyTo: email.replyTo ?? undefined,
    subject: email.subject,
    html: email.html,
    text: email.text,
    // nodemailer puts it both as a text/calendar alternative (with the method) and as an .ics attachment.
    icalEvent: email.calendar
      ? { method: email.calendar.method, filename: calendarFilename(email), content: email.calendar.content }
      : undefined,
    headers: {
      "Auto-Submitted": "auto-generated",
      "X-Auto-Response-Suppress": "OOF, AutoReply",
      "Content-Language": email.language,
      ...(email.unsubscribe && { "List-Unsubscribe": `<${email.unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }),
    },
  };
}

/**
 * The same Message-ID for every attempt of one outbox message: a message sent again after a crash
 * (accepted by the server, not yet recorded as sent) can be recognised as the same by mail clients.
 */
function stableMessageId(row: EmailRow, mailFrom: string) {
  const key = createHash("sha256").update(`${row.id}:${row.idempotencyKey}`).digest("hex").slice(0, 24);
  return `<outbox.${key}@${mailFrom.split("@")[1]}>`;
}

const asFailure = (error: unknown): SendFailure => {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  return {
    code: typeof e?.code === "string" ? e.code : undefined,
    responseCode: typeof e?.responseCode === "number" ? e.responseCode : undefined,
    message: typeof e?.message === "string" ? e.message : String(error),
  };
};

type Outcome = "sent" | "retried" | "failed" | "skipped" | "lost";

async function deliver(db: Db, row: EmailRow, options: Required<Omit<DispatchOptions, "db" | "stopping">>): Promise<Outcome> {
  const { transport, owner, now } = options;
  if (!renewLease(db, row, owner, now())) return "lost";
  const config = getConfig();
  let email: RenderedEmail;
  try {
    const rendered = await renderOutboxMessage(db, row, {
      now: now(),
      appUrl: config.appUrl,
      mailFrom: config.mailFrom,
      hideSecrets: transport.keepsCopy,
    });
    if ("skip" in rendered) {
      markOutcome(db, row, owner, { status: "skipped", lastError: rendered.skip });
      return "skipped";
    }
    email = rendered;
  } catch (error) {
    // Rendering again will not help until someone fixes the data or the template: no retries.
    markOutcome(db, row, owner, { status: "failed", lastError: `cannot render: ${asFailure(error).message}` });
    return "failed";
  }
  try {
    const mail = composeMail(email, sender(db, row, config.mailFrom));
    const delivery = await transport.send({ ...mail, messageId: stableMessageId(row, config.mailFrom) });
    markSent(db, row, owner, now(), delivery, email);
    return "sent";
  } catch (error) {
    const failure = asFailure(error);
    const next = afterFailure(failure, row.attempts, now());
    markOutcome(db, row, owner, { ...next, lastError: describeFailure(failure) });
    return next.status === "failed" ? "failed" : "retried";
  }
}

/** Claims one batch of due messages and sends them; returns what became of them. */
export async function dispatchDue(options: DispatchOptions): Promise<DispatchReport> {
  const db = options.db ?? getDb();
  const claimed = claimDue(db, options.owner, (options.now ?? (() => clock.now()))(), options.batchSize ?? 20);
  return sendClaimed(claimed, options);
}

/**
 * Sends messages this owner has claimed, a few at a time. A message whose lease another process
 * has taken over meanwhile is left to that process (it counts in none of the outcomes).
 */
export async function sendClaimed(claimed: EmailRow[], options: DispatchOptions): Promise<DispatchReport> {
  const db = options.db ?? getDb();
  const settings = {
    transport: options.transport,
    owner: options.owner,
    now: options.now ?? (() => clock.now()),
    batchSize: options.batchSize ?? 20,
    concurrency: options.concurrency ?? 3,
  };
  const stopping = options.stopping ?? (() => false);
  const report: DispatchReport = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, skipped: 0, released: 0 };
  const waiting = [...claimed];
  const worker = async () => {
    for (let row = waiting.shift(); row; row = waiting.shift()) {
      if (stopping()) {
        waiting.unshift(row);
        return;
      }
      const outcome = await deliver(db, row, settings);
      if (outcome !== "lost") report[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, claimed.length) }, worker));
  release(db, waiting, settings.owner);
  report.released = waiting.length;
  return report;
}

/**
 * Sends batch after batch while messages go out; with the server down (nothing sent in a batch),
 * it stops and leaves the rest for later.
 */
export async function dispatchAllDue(options: DispatchOptions): Promise<DispatchReport> {
  const total: DispatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0, released: 0 };
  for (;;) {
    const report = await dispatchDue(options);
    for (const key of Object.keys(total) as (keyof DispatchReport)[]) total[key] += report[key];
    if (options.stopping?.() || report.claimed === 0 || report.sent + report.skipped === 0) return total;
  }
}

export type Dispatcher = { owner: string; stop(): Promise<void> };

/**
 * Runs inside the server (and in `npm run worker`): every `intervalMs`, schedules due reminders and
 * the weekly digests (at most once a minute) and sends due messages until none are left. `stop()` lets messages being
 * sent finish, hands back the rest, and closes the transport.
 */
export function startDispatcher({
  transport,
  intervalMs = 5_000,
  reminderIntervalMs = 60_000,
  onError = (error: unknown) => console.error("E-mail dispatcher:", error),
}: {
  transport: MailTransport;
  intervalMs?: number;
  reminderIntervalMs?: number;
  onError?: (error: unknown) => void;
}): Dispatcher {
  const owner = randomUUID();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let remindersAt = 0;
  let busy = false;
  let again = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  const tick = async () => {
    busy = true;
    try {
      if (clock.nowMs() - remindersAt >= reminderIntervalMs) {
        scheduleReminders(getDb());
        scheduleReflectionReminders(getDb());
        scheduleConsultationReminders(getDb());
        scheduleWeeklyDigests(getDb());
        remindersAt = clock.nowMs();
      }
      await dispatchAllDue({ transport, owner, stopping: () => stopped });
    } catch (error) {
      onError(error);
    }
    busy = false;
    schedule(again ? 0 : intervalMs);
    again = false;
  };
  const run = () => {
    running = tick();
  };
  // A message queued in this process goes out at once rather than at the next interval. The timer
  // fires after the enqueuing transaction has committed (better-sqlite3 transactions are synchronous).
  onEnqueued(() => (busy ? (again = true) : schedule(0)));
  run();

  return {
    owner,
    async stop() {
      stopped = true;
      onEnqueued(undefined);
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
