import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailMessages, people } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { enqueueEmail, enqueueEmails } from "../../../app/server/outbox.server";

describe("enqueueEmail", () => {
  it("writes one row per idempotency key, in the recipient's language", () => {
    const db = getDb();
    const leader = db.select().from(people).where(eq(people.email, "leader@example.org")).get()!;
    const email = {
      kind: "report_requested" as const,
      recipientPersonId: leader.id,
      payload: { requestId: 1 },
      idempotencyKey: "test:report_requested:1",
    };
    expect(db.transaction((tx) => enqueueEmail(tx, email))).toBe(true);
    expect(db.transaction((tx) => enqueueEmail(tx, email))).toBe(false);
    const rows = db.select().from(emailMessages).where(eq(emailMessages.idempotencyKey, email.idempotencyKey)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "queued", locale: "nb", recipientEmail: "leader@example.org", attempts: 0 });
    expect(rows[0]!.payload).toEqual({ requestId: 1 });
  });

  it("is rolled back with the transaction that caused it", () => {
    const db = getDb();
    const leader = db.select().from(people).where(eq(people.email, "leader@example.org")).get()!;
    expect(() =>
      db.transaction((tx) => {
        enqueueEmail(tx, {
          kind: "report_requested",
          recipientPersonId: leader.id,
          payload: { requestId: 2 },
          idempotencyKey: "test:rollback",
        });
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(db.select().from(emailMessages).where(eq(emailMessages.idempotencyKey, "test:rollback")).all()).toHaveLength(0);
  });
});

describe("enqueueEmails", () => {
  it("writes many messages like enqueueEmail: once per key, in each recipient's language", () => {
    const db = getDb();
    const leader = db.select().from(people).where(eq(people.email, "leader@example.org")).get()!;
    const english = db.select().from(people).where(eq(people.preferredLanguage, "en")).get()!;
    const emails = [leader, english].map((p) => ({
      kind: "report_requested" as const,
      recipientPersonId: p.id,
      payload: { requestId: 7 },
      idempotencyKey: `test:bulk:${p.id}`,
    }));
    expect(db.transaction((tx) => enqueueEmails(tx, emails))).toBe(2);
    expect(db.transaction((tx) => enqueueEmails(tx, emails))).toBe(0);
    const rows = db.select().from(emailMessages).where(like(emailMessages.idempotencyKey, "test:bulk:%")).all();
    expect(rows.map((r) => [r.recipientEmail, r.locale])).toEqual([
      [leader.email, "nb"],
      [english.email, "en"],
    ]);
    expect(rows[0]!.payload).toEqual({ requestId: 7 });
    expect(rows[0]!.dueAt).toBeInstanceOf(Date);
  });
});
