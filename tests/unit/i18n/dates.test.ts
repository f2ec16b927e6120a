import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, osloDay } from "../../../app/i18n/dates";
import { clock } from "../../../app/server/clock.server";

describe("date formatting, kept per instant and language", () => {
  it("gives the same text the second time, per language, in Oslo time", () => {
    // Midnight in Oslo is 22:00 or 23:00 UTC the day before: the Oslo date must be the one shown.
    const instant = new Date(Date.UTC(new Date(clock.nowMs()).getUTCFullYear() + 1, 2, 11, 23, 30));
    const first = ["nb", "nn", "sv", "en"].map((l) => formatDateTime(instant, l as "nb"));
    expect(["nb", "nn", "sv", "en"].map((l) => formatDateTime(instant, l as "nb"))).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(formatTime(instant)).toBe("00:30");
    expect(osloDay(instant)).toBe(`${instant.getUTCFullYear()}-03-12`);
    expect(formatDate(instant, "en")).toBe(`12 March ${instant.getUTCFullYear()}`);
    expect(formatDate(+instant, "en")).toBe(formatDate(instant, "en"));
  });
});
