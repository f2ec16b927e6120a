import { describe, expect, it } from "vitest";
import { attendanceChanges, passesAbsenceThreshold, rollCallDefault } from "../../../app/domain/attendance";
import { monthGrid, shiftMonth } from "../../../app/domain/month-grid";
import { answerStatus, rsvpClosed, toPromote, waitlistOrder } from "../../../app/domain/rsvp";

const now = new Date("2026-05-01T12:00:00Z");
const later = new Date("2026-05-04T07:00:00Z");

describe("RSVP rule", () => {
  it("is open for confirmed gatherings until they start", () => {
    expect(rsvpClosed({ status: "confirmed", startsAt: later }, now)).toBeNull();
    expect(rsvpClosed({ status: "confirmed", startsAt: now }, now)).toBe("rsvp.tooLate");
    expect(rsvpClosed({ status: "cancelled", startsAt: later }, now)).toBe("rsvp.cancelled");
    expect(rsvpClosed({ status: "planned", startsAt: later }, now)).toBe("rsvp.notOpen");
  });

  it("waitlists acceptances beyond the capacity, and keeps one's place on a repeated yes", () => {
    expect(answerStatus("accepted", "pending", null, 100)).toBe("accepted");
    expect(answerStatus("accepted", "pending", 2, 1)).toBe("accepted");
    expect(answerStatus("accepted", "pending", 2, 2)).toBe("waitlisted");
    expect(answerStatus("accepted", "waitlisted", 2, 1)).toBe("waitlisted");
    expect(answerStatus("accepted", "accepted", 2, 2)).toBe("accepted");
    expect(answerStatus("declined", "accepted", 2, 1)).toBe("declined");
  });

  it("promotes from the waitlist in order of acceptance, into free places only, never after the start", () => {
    const waiting = [
      { id: 3, acceptedAt: new Date("2026-04-03") },
      { id: 1, acceptedAt: new Date("2026-04-05") },
      { id: 2, acceptedAt: new Date("2026-04-03") },
    ];
    expect(waitlistOrder(waiting).map((w) => w.id)).toEqual([2, 3, 1]);
    expect(toPromote({ capacity: 10, startsAt: later }, 8, waiting, now).map((w) => w.id)).toEqual([2, 3]);
    expect(toPromote({ capacity: 10, startsAt: later }, 10, waiting, now)).toEqual([]);
    expect(toPromote({ capacity: 10, startsAt: now }, 0, waiting, now)).toEqual([]);
  });
});

describe("attendance rules", () => {
  it("starts everyone present except those who declined or had no place", () => {
    expect(rollCallDefault("accepted", null)).toBe("present");
    expect(rollCallDefault("pending", null)).toBe("present");
    expect(rollCallDefault("declined", null)).toBe("excused");
    expect(rollCallDefault("waitlisted", null)).toBe("excused");
    expect(rollCallDefault("accepted", "absent")).toBe("absent");
  });

  it("lists only real changes", () => {
    const current = [
      { id: 1, attendance: null },
      { id: 2, attendance: "present" as const },
      { id: 3, attendance: "absent" as const },
    ];
    const marks = new Map([
      [1, "present" as const],
      [2, "present" as const],
      [3, "excused" as const],
    ]);
    expect(attendanceChanges(current, marks)).toEqual([
      { invitationId: 1, from: null, to: "present" },
      { invitationId: 3, from: "absent", to: "excused" },
    ]);
  });

  it("flags absences beyond the threshold", () => {
    expect(passesAbsenceThreshold(2, 2)).toBe(false);
    expect(passesAbsenceThreshold(3, 2)).toBe(true);
  });
});

describe("month grid", () => {
  it("lays out whole Monday-first weeks", () => {
    const weeks = monthGrid("2026-03");
    expect(weeks[0]![0]).toEqual({ date: "2026-02-23", inMonth: false });
    expect(weeks.at(-1)!.at(-1)).toEqual({ date: "2026-04-05", inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });
  it("moves between months across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
  });
});
