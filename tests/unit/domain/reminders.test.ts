import { describe, expect, it } from "vitest";
import { dueReminder, reminderInstant } from "../../../app/domain/reminders";

// 09:00 Oslo on Monday 29 March 2027 (summer time since the 28th) and on Thursday 14 January 2027.
const summerStart = new Date("2027-03-29T07:00:00Z");
const winterStart = new Date("2027-01-14T08:00:00Z");
const longAgo = new Date("2026-12-01T00:00:00Z");

describe("reminderInstant", () => {
  it("is 08:00 Oslo time so many days before the gathering's day, across the change to summer time", () => {
    // 22 March is winter time (UTC+1), the gathering's day summer time (UTC+2).
    expect(reminderInstant(summerStart, 7).toISOString()).toBe("2027-03-22T07:00:00.000Z");
    expect(reminderInstant(summerStart, 1).toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(reminderInstant(winterStart, 7).toISOString()).toBe("2027-01-07T07:00:00.000Z");
  });

  it("takes the day in Oslo, not in UTC, for a gathering just after midnight", () => {
    const justAfterMidnight = new Date("2027-01-13T23:30:00Z"); // 00:30 on the 14th in Oslo
    expect(reminderInstant(justAfterMidnight, 1).toISOString()).toBe("2027-01-13T07:00:00.000Z");
  });
});

describe("dueReminder", () => {
  const at = (iso: string) => new Date(iso);

  it("is nothing before the first reminder's moment", () => {
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: at("2027-01-07T06:59:00Z") })).toBeNull();
  });

  it("is the 7-day reminder from its moment, and the 1-day reminder once that one is due", () => {
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: at("2027-01-07T07:00:00Z") })).toBe(7);
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: at("2027-01-12T12:00:00Z") })).toBe(7);
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: at("2027-01-13T07:00:00Z") })).toBe(1);
  });

  it("is nothing once the gathering has started", () => {
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: winterStart })).toBeNull();
  });

  it("sends no reminder right after the invitation: someone invited three days before gets the 1-day one only", () => {
    const invitedAt = at("2027-01-11T10:00:00Z");
    expect(dueReminder({ startsAt: winterStart, invitedAt, now: at("2027-01-11T10:05:00Z") })).toBeNull();
    expect(dueReminder({ startsAt: winterStart, invitedAt, now: at("2027-01-13T07:00:00Z") })).toBe(1);
  });

  it("follows another policy when given one", () => {
    const policy = { daysBefore: [2], hour: 18, minute: 30, timeZone: "Europe/Oslo" };
    expect(reminderInstant(winterStart, 2, policy).toISOString()).toBe("2027-01-12T17:30:00.000Z");
    expect(dueReminder({ startsAt: winterStart, invitedAt: longAgo, now: at("2027-01-12T17:30:00Z") }, policy)).toBe(2);
  });
});
