import { clock } from "../../../app/server/clock.server";
import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { emailMessages } from "../../../db/schema";
import { maxSendAttempts } from "../../../app/domain/outbox-retry";
import { osloAt } from "../../helpers/days";
import { getDb } from "../../../app/server/db.server";
import { claimDue, dispatchAllDue, dispatchDue, leaseMs, sendClaimed, startDispatcher } from "../../../app/server/email/dispatcher.server";
import { smtpTransport } from "../../../app/server/email/transport.server";
import { createGathering, outboxRow } from "../../helpers/email";
import { useSmtpServer } from "../../helpers/smtp";
import { enqueueEmail } from "../../../app/server/outbox.server";

const mail = useSmtpServer();
afterEach(() => {
  mail.smtp.refuse(() => null);
  mail.smtp.slowDown(0);
});

const leaders = () =>
  getDb()
    .query.people.findMany({ where: (p, { like }) => like(p.email, "%@fjellby.example.org") })
    .sync()
    .filter((p) => p.preferredLanguage === "nb");

let round = 0;
/** A new gathering with `count` invitees, and their invitations queued; returns the idempotency keys. */
function queueRound(count: number) {
  round++;
  const invitees = leaders().slice(0, count);
  const { gathering, invitations } = createGathering({
    title: `Runde ${round}`,
    startsAt: osloAt(237, "09:00"),
    endsAt: osloAt(237, "16:00"),
    invitees: invitees.map((p) => p.id),
  });
  const keys = invitations.map((i) => `reliability:${round}:${i.id}`);
  getDb().transaction((tx) => {
    invitations.forEach((i, n) =>
      enqueueEmail(tx, {
        kind: "invitation",
        recipientPersonId: i.personId,
        payload: { gatheringId: gathering.id, invitationId: i.id, sequence: 0 },
        idempotencyKey: keys[n]!,
      }),
    );
  });
  const uid = `samling-gathering-${gathering.id}@localhost`;
  /** How many times each invitee got this round's invitation. */
  const deliveries = () => invitees.map((p) => mail.smtp.to(p.email).filter((r) => r.raw.includes(`UID:${uid}`)).length);
  return { keys, invitees, deliveries };
}

const rows = (keys: string[]) => getDb().select().from(emailMessages).where(inArray(emailMessages.idempotencyKey, keys)).all();

describe("temporary and permanent failures", () => {
  it("retries a 4xx later with backoff, and sends it when the server takes it", async () => {
    const { keys, invitees } = queueRound(2);
    const unlucky = invitees[0]!.email;
    mail.smtp.refuse((to) => (to === unlucky ? { code: 451, message: "451 4.3.0 Mailbox busy, try later" } : null));
    const now = clock.now();
    const report = await dispatchDue({ transport: mail.transport, owner: "a", now: () => now });
    expect(report).toMatchObject({ sent: 1, retried: 1, failed: 0 });
    const retried = outboxRow(keys[0]!);
    expect(retried).toMatchObject({ status: "queued", attempts: 1, leaseOwner: null });
    expect(retried.dueAt.getTime()).toBe(now.getTime() + 60_000);
    expect(retried.lastError).toContain("451");
    expect(outboxRow(keys[1]!)).toMatchObject({ status: "sent", attempts: 1 });

    mail.smtp.refuse(() => null);
    expect((await dispatchDue({ transport: mail.transport, owner: "a", now: () => new Date(now.getTime() + 30_000) })).claimed).toBe(0);
    await dispatchDue({ transport: mail.transport, owner: "a", now: () => new Date(now.getTime() + 61_000) });
    expect(outboxRow(keys[0]!)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(mail.smtp.to(unlucky).length).toBeGreaterThan(0);
  });

  it("marks a 5xx failed at once, with the server's reason", async () => {
    const { keys, deliveries } = queueRound(1);
    mail.smtp.refuse(() => ({ code: 550, message: "550 5.1.1 No such user" }));
    const report = await dispatchDue({ transport: mail.transport, owner: "a" });
    expect(report).toMatchObject({ failed: 1, retried: 0 });
    expect(outboxRow(keys[0]!)).toMatchObject({ status: "failed", attempts: 1 });
    expect(outboxRow(keys[0]!).lastError).toContain("550 5.1.1 No such user");
    expect(deliveries()).toEqual([0]);
  });

  it(`gives up after ${maxSendAttempts} temporary failures`, async () => {
    const { keys } = queueRound(1);
    mail.smtp.refuse(() => ({ code: 421, message: "421 4.7.0 Try again later" }));
    let now = clock.now();
    for (let attempt = 1; attempt <= maxSendAttempts; attempt++) {
      await dispatchDue({ transport: mail.transport, owner: "a", now: () => now });
      expect(outboxRow(keys[0]!).attempts).toBe(attempt);
      now = new Date(outboxRow(keys[0]!).dueAt.getTime() + 1);
    }
    expect(outboxRow(keys[0]!)).toMatchObject({ status: "failed", attempts: maxSendAttempts });
  });

  it("retries when the server cannot be reached at all", async () => {
    const { keys } = queueRound(1);
    const nowhere = smtpTransport("smtp://127.0.0.1:9");
    await dispatchDue({ transport: nowhere, owner: "a" });
    nowhere.close();
    expect(outboxRow(keys[0]!)).toMatchObject({ status: "queued", attempts: 1 });
    expect(outboxRow(keys[0]!).lastError).toMatch(/ECONNREFUSED|connect/);
    getDb().update(emailMessages).set({ dueAt: clock.now() }).where(eq(emailMessages.idempotencyKey, keys[0]!)).run();
    await dispatchAllDue({ transport: mail.transport, owner: "a" });
    expect(outboxRow(keys[0]!).status).toBe("sent");
  });
});

describe("leases", () => {
  it("let two dispatchers work the same outbox without sending anything twice", async () => {
    const { keys, deliveries } = queueRound(24);
    mail.smtp.slowDown(10);
    const other = smtpTransport(mail.smtp.url);
    await Promise.all([
      dispatchAllDue({ transport: mail.transport, owner: "one", batchSize: 5 }),
      dispatchAllDue({ transport: other, owner: "two", batchSize: 5 }),
    ]);
    other.close();
    expect(deliveries()).toEqual(keys.map(() => 1));
    expect(rows(keys).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("hand back what a stopped dispatcher had not begun; a restart sends it, nothing twice", async () => {
    const { keys, deliveries } = queueRound(12);
    mail.smtp.slowDown(30);
    const before = mail.smtp.received.length;
    const report = await dispatchDue({
      transport: mail.transport,
      owner: "stopping",
      batchSize: 12,
      concurrency: 2,
      stopping: () => mail.smtp.received.length - before >= 2,
    });
    expect(report.released).toBeGreaterThan(0);
    expect(report.sent + report.released).toBe(12);
    const handedBack = rows(keys).filter((r) => r.status === "queued");
    expect(handedBack).toHaveLength(report.released);
    expect(handedBack.every((r) => r.attempts === 0 && r.leaseOwner === null)).toBe(true);

    await dispatchAllDue({ transport: mail.transport, owner: "restarted" });
    expect(deliveries()).toEqual(keys.map(() => 1));
  });

  it("are reclaimed when the process that held them died", async () => {
    const { keys, deliveries } = queueRound(3);
    const now = clock.now();
    // A process claims the messages and dies before sending them.
    expect(
      claimDue(getDb(), "crashed", now, 10)
        .map((r) => r.idempotencyKey)
        .sort(),
    ).toEqual([...keys].sort());
    expect((await dispatchDue({ transport: mail.transport, owner: "survivor", now: () => new Date(now.getTime() + 1_000) })).claimed).toBe(
      0,
    );
    const report = await dispatchDue({
      transport: mail.transport,
      owner: "survivor",
      now: () => new Date(now.getTime() + leaseMs() + 1_000),
    });
    expect(report).toMatchObject({ claimed: 3, sent: 3 });
    expect(deliveries()).toEqual([1, 1, 1]);
    expect(rows(keys).every((r) => r.attempts === 2 && r.leaseOwner === null)).toBe(true);
  });

  it("never let a process that lost its lease send the message or record an outcome", async () => {
    const { keys, deliveries } = queueRound(1);
    const now = clock.now();
    const stale = claimDue(getDb(), "slow", now, 10);
    // Its lease runs out; another process takes the message over and sends it.
    await dispatchDue({ transport: mail.transport, owner: "quick", now: () => new Date(now.getTime() + leaseMs() + 1_000) });
    const sent = outboxRow(keys[0]!);
    expect(sent.status).toBe("sent");
    // The first process gets round to its claim: the message is no longer its to send.
    const late = await sendClaimed(stale, {
      transport: mail.transport,
      owner: "slow",
      now: () => new Date(now.getTime() + leaseMs() + 2_000),
    });
    expect(late).toMatchObject({ sent: 0, failed: 0, retried: 0, skipped: 0 });
    expect(deliveries()).toEqual([1]);
    expect(outboxRow(keys[0]!)).toEqual(sent);
  });
});

describe("startDispatcher", () => {
  it("sends in the background until stopped, and stops cleanly", async () => {
    const { keys, deliveries } = queueRound(3);
    const dispatcher = startDispatcher({ transport: smtpTransport(mail.smtp.url), intervalMs: 20 });
    for (let i = 0; i < 200 && !rows(keys).every((r) => r.status === "sent"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await dispatcher.stop();
    expect(deliveries()).toEqual([1, 1, 1]);
  });
});

describe("a message queued while the dispatcher waits", () => {
  it("goes out at once, not at the next interval", async () => {
    const dispatcher = startDispatcher({ transport: smtpTransport(mail.smtp.url), intervalMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // its first round finds nothing due
    const { keys, deliveries } = queueRound(2);
    for (let i = 0; i < 100 && !rows(keys).every((r) => r.status === "sent"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await dispatcher.stop();
    expect(deliveries()).toEqual([1, 1]);
  });
});
