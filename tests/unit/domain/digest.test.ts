import { describe, expect, it } from "vitest";
import { digestMomentOf, dueDigestWeek, isoWeekOf, weekNumber } from "../../../app/domain/digest";
import { categoriesFor } from "../../../app/domain/notification-preferences";

// Pure calendar rules: fixed instants, no database and no clock involved.
const at = (iso: string) => new Date(iso);

describe("the weekly digest's moment", () => {
  it("is Monday 07:00 Oslo time, in winter and in summer", () => {
    // Wednesday 13 January 2027 (UTC+1) and Thursday 1 April 2027 (UTC+2).
    expect(digestMomentOf(at("2027-01-13T12:00:00Z")).toISOString()).toBe("2027-01-11T06:00:00.000Z");
    expect(digestMomentOf(at("2027-04-01T12:00:00Z")).toISOString()).toBe("2027-03-29T05:00:00.000Z");
  });

  it("takes the week by the Oslo calendar: Sunday 23:30 UTC is already Monday in Oslo", () => {
    expect(isoWeekOf(at("2027-01-17T23:30:00Z"))).toBe("2027-W03");
    expect(digestMomentOf(at("2027-01-17T23:30:00Z")).toISOString()).toBe("2027-01-18T06:00:00.000Z");
  });

  it("names ISO weeks across the new year", () => {
    expect(isoWeekOf(at("2027-01-01T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekOf(at("2027-01-04T12:00:00Z"))).toBe("2027-W01");
    expect(weekNumber("2026-W53")).toBe(53);
    expect(weekNumber("2027-W02")).toBe(2);
  });

  it("is due from Monday 07:00 for a day, and not before or after", () => {
    expect(dueDigestWeek(at("2027-01-11T05:59:59Z"))).toBeNull();
    expect(dueDigestWeek(at("2027-01-11T06:00:00Z"))).toBe("2027-W02");
    expect(dueDigestWeek(at("2027-01-12T05:59:59Z"))).toBe("2027-W02");
    expect(dueDigestWeek(at("2027-01-12T06:00:00Z"))).toBeNull();
    expect(dueDigestWeek(at("2027-01-15T12:00:00Z"))).toBeNull();
  });
});

describe("notification categories offered", () => {
  it("offers the weekly digest to coordinators only", () => {
    expect(categoriesFor(["leader"])).toEqual(["reflection_reminders", "gathering_reminders", "consultation_reminders"]);
    expect(categoriesFor(["leader", "coordinator"])).toContain("weekly_digest");
  });
});
