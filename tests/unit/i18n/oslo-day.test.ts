import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { osloDay } from "../../../app/i18n/dates";

describe("osloDay", () => {
  it("gives Oslo's calendar date of an instant, around midnight and across the changes to and from summer time", () => {
    expect(osloDay(Date.UTC(2027, 0, 11, 22, 59))).toBe("2027-01-11");
    expect(osloDay(Date.UTC(2027, 0, 11, 23, 0))).toBe("2027-01-12");
    expect(osloDay(new Date(Date.UTC(2027, 6, 1, 21, 59)))).toBe("2027-07-01");
    expect(osloDay(new Date(Date.UTC(2027, 6, 1, 22, 0)))).toBe("2027-07-02");
    // Every half hour of two years, against date-fns in the Oslo zone.
    const start = Date.UTC(2027, 0, 1);
    for (let t = start; t < start + 2 * 366 * 86_400_000; t += 30 * 60_000) {
      const expected = format(new TZDate(t, "Europe/Oslo"), "yyyy-MM-dd");
      if (osloDay(t) !== expected) expect(osloDay(t), new Date(t).toISOString()).toBe(expected);
    }
  });

  it("answers the same for every minute of an hour it has remembered, in any order", () => {
    // The week of the change to summer time, every seven minutes, backwards and then forwards.
    const start = Date.UTC(2027, 2, 24);
    const minutes = Array.from({ length: (7 * 24 * 60) / 7 }, (_, i) => start + i * 7 * 60_000);
    for (const t of [...minutes.reverse(), ...minutes.reverse()]) {
      const expected = format(new TZDate(t, "Europe/Oslo"), "yyyy-MM-dd");
      if (osloDay(t) !== expected) expect(osloDay(t), new Date(t).toISOString()).toBe(expected);
    }
  });
});
