import { clock } from "../../../app/server/clock.server";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { emailMessages, gatherings, invitations, people } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { scheduleReminders } from "../../../app/server/email/reminders.server";
import { createGathering, leaderSpeaking, queue } from "../../helpers/email";
import { useSmtpServer } from "../../helpers/smtp";
import { freezeClockForFile } from "../../helpers/days";

// Its gatherings sit on fixed dates because the dates are what it checks (DST, UTC offsets, weekday names).
// The clock stands a week before the first reminder, so the invitations it writes exist by then.
freezeClockForFile("2026-12-31T08:00:00Z");

// 09:00 Oslo on Thursday 14 January 2027: the 7-day reminder is due 08:00 on the 7th, the 1-day one 08:00 on the 13th.
const startsAt = new Date("2027-01-14T08:00:00Z");
const endsAt = new Date("2027-01-14T15:00:00Z");
const sevenDays = new Date("2027-01-07T07:00:00Z");
const oneDay = new Date("2027-01-13T07:00:00Z");

const remindersFor = (gatheringId: number) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(eq(emailMessages.kind, "reminder"))
    .all()
    .filter((m) => (m.payload as { gatheringId: number }).gatheringId === gatheringId);

/** A confirmed gathering with four invitees who answered pending, accepted, waitlisted and declined. */
function gatheringWithAnswers(values: Partial<typeof gatherings.$inferInsert> = {}) {
  const invitees = [0, 1, 2, 3].map((i) => leaderSpeaking("nb", i));
  const { gathering, invitations: rows } = createGathering({ startsAt, endsAt, invitees: invitees.map((p) => p.id), ...values });
  (["pending", "accepted", "waitlisted", "declined"] as const).forEach((rsvp, i) =>
    getDb().update(invitations).set({ rsvp }).where(eq(invitations.id, rows[i]!.id)).run(),
  );
  return { gathering, invitees, rows };
}

describe("scheduleReminders", () => {
  // The demo's own gatherings would be due for reminders at some of these instants too.
  beforeEach(() => {
    getDb().update(gatherings).set({ status: "cancelled" }).run();
  });

  it("queues each reminder once, to invitees who have not declined, however often it runs", () => {
    const { gathering, invitees } = gatheringWithAnswers();
    expect(scheduleReminders(getDb(), new Date(sevenDays.getTime() - 60_000))).toBe(0);
    expect(scheduleReminders(getDb(), sevenDays)).toBe(3);
    expect(scheduleReminders(getDb(), sevenDays)).toBe(0);
    expect(scheduleReminders(getDb(), new Date(sevenDays.getTime() + 3_600_000))).toBe(0);
    const first = remindersFor(gathering.id);
    expect(first.map((m) => m.recipientPersonId).sort()).toEqual(
      invitees
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
    expect(first.map((m) => m.idempotencyKey)).toContain(`reminder:${gathering.id}:${invitees[0]!.id}:7`);
    expect(first.every((m) => (m.payload as { daysBefore: number }).daysBefore === 7)).toBe(true);

    expect(scheduleReminders(getDb(), oneDay)).toBe(3);
    expect(scheduleReminders(getDb(), oneDay)).toBe(0);
    expect(remindersFor(gathering.id)).toHaveLength(6);
    expect(scheduleReminders(getDb(), startsAt)).toBe(0);
  });

  it("queues none for a cancelled or planned gathering, or one that has started", () => {
    const cancelled = gatheringWithAnswers({ status: "cancelled" }).gathering;
    const planned = gatheringWithAnswers({ status: "planned" }).gathering;
    const started = gatheringWithAnswers().gathering;
    scheduleReminders(getDb(), sevenDays);
    expect(remindersFor(cancelled.id)).toHaveLength(0);
    expect(remindersFor(planned.id)).toHaveLength(0);
    scheduleReminders(getDb(), new Date(startsAt.getTime() + 60_000));
    expect(remindersFor(started.id)).toHaveLength(3);
    expect(remindersFor(started.id).every((m) => (m.payload as { daysBefore: number }).daysBefore === 7)).toBe(true);
  });

  it("queues none for deactivated people", () => {
    const { gathering, invitees } = gatheringWithAnswers();
    getDb().update(people).set({ deactivatedAt: clock.now() }).where(eq(people.id, invitees[0]!.id)).run();
    scheduleReminders(getDb(), sevenDays);
    expect(remindersFor(gathering.id).map((m) => m.recipientPersonId)).not.toContain(invitees[0]!.id);
    getDb().update(people).set({ deactivatedAt: null }).where(eq(people.id, invitees[0]!.id)).run();
  });

  it("sends no 7-day reminder to someone whose invitation went out after that moment", () => {
    const person = leaderSpeaking("en", 0);
    const { gathering, invitations: rows } = createGathering({ startsAt, endsAt, invitees: [person.id] });
    queue("invitation", person.id, { gatheringId: gathering.id, invitationId: rows[0]!.id, sequence: 0 }, `late-invitation:${rows[0]!.id}`);
    // The gathering was confirmed, and the invitation e-mail queued, three days before.
    getDb()
      .update(emailMessages)
      .set({ createdAt: new Date("2027-01-11T10:00:00Z") })
      .where(eq(emailMessages.idempotencyKey, `late-invitation:${rows[0]!.id}`))
      .run();
    scheduleReminders(getDb(), new Date("2027-01-11T10:05:00Z"));
    expect(remindersFor(gathering.id)).toHaveLength(0);
    scheduleReminders(getDb(), oneDay);
    expect(remindersFor(gathering.id).map((m) => (m.payload as { daysBefore: number }).daysBefore)).toEqual([1]);
  });
});

describe("sending reminders", () => {
  const mail = useSmtpServer();

  it("tells each invitee where they stand, and skips those that no longer apply when their turn comes", async () => {
    const { gathering, invitees, rows } = gatheringWithAnswers({ title: "Påminnelsessamling" });
    scheduleReminders(getDb(), oneDay);
    // Between queueing and sending, the accepted invitee declines.
    getDb().update(invitations).set({ rsvp: "declined" }).where(eq(invitations.id, rows[1]!.id)).run();
    const report = await dispatchAllDue({ transport: mail.transport, owner: "reminders", now: () => oneDay });
    expect(report.skipped).toBeGreaterThanOrEqual(1);
    const pending = mail.smtp.to(invitees[0]!.email).at(-1)!.mail;
    expect(pending.subject).toBe("Påminnelse: Påminnelsessamling 14. januar 2027");
    expect(pending.text).toContain("I morgen er det Påminnelsessamling.");
    expect(pending.text).toContain("Du har ikke svart ennå.");
    expect(pending.text).toContain("Jeg kommer: http://localhost:3000/rsvp/");
    expect(pending.attachments).toHaveLength(0);
    const waitlisted = mail.smtp.to(invitees[2]!.email).at(-1)!.mail;
    expect(waitlisted.text).toContain("Du står på venteliste.");
    expect(waitlisted.text).not.toContain("Jeg kommer:");
    expect(mail.smtp.to(invitees[1]!.email).some((r) => r.mail.subject?.includes("Påminnelsessamling"))).toBe(false);
    const skipped = getDb()
      .select()
      .from(emailMessages)
      .where(
        and(eq(emailMessages.kind, "reminder"), eq(emailMessages.recipientPersonId, invitees[1]!.id), eq(emailMessages.status, "skipped")),
      )
      .all();
    expect(skipped.map((m) => m.lastError)).toContain("the invitee has declined");

    // And a reminder still queued when the gathering is cancelled is not sent.
    getDb().update(gatherings).set({ status: "cancelled" }).where(eq(gatherings.id, gathering.id)).run();
    queue("reminder", invitees[0]!.id, { gatheringId: gathering.id, invitationId: rows[0]!.id, daysBefore: 1 }, "late-reminder");
    await dispatchAllDue({ transport: mail.transport, owner: "reminders", now: () => oneDay });
    expect(getDb().select().from(emailMessages).where(eq(emailMessages.idempotencyKey, "late-reminder")).get()).toMatchObject({
      status: "skipped",
      lastError: "the gathering is cancelled",
    });
  });
});
