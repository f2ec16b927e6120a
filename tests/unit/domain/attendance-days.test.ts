import { describe, expect, it } from "vitest";
import { daysAttended, gatheringDays, markFromDays } from "../../../app/domain/attendance";
import { osloToUtc } from "../../../app/domain/gatherings";

const at = (date: string, time: string) => osloToUtc(date, time)!;

describe("the days of a gathering", () => {
  it("are the Oslo calendar days from start to end; an evening running into the small hours adds none", () => {
    expect(gatheringDays(at("2031-05-06", "09:00"), at("2031-05-06", "15:00"))).toEqual(["2031-05-06"]);
    expect(gatheringDays(at("2031-05-06", "09:00"), at("2031-05-08", "12:00"))).toEqual(["2031-05-06", "2031-05-07", "2031-05-08"]);
    expect(gatheringDays(at("2031-05-06", "18:00"), at("2031-05-07", "00:00"))).toEqual(["2031-05-06"]);
    expect(gatheringDays(at("2031-05-06", "22:30"), at("2031-05-07", "04:30"))).toEqual(["2031-05-06"]);
    expect(gatheringDays(at("2031-05-06", "18:00"), at("2031-05-07", "06:00"))).toEqual(["2031-05-06"]);
    // An overnight seminar that goes on into the next morning is two days.
    expect(gatheringDays(at("2031-05-06", "18:00"), at("2031-05-07", "12:00"))).toEqual(["2031-05-06", "2031-05-07"]);
  });

  it("count a daylight-saving night once", () => {
    expect(gatheringDays(at("2031-03-29", "09:00"), at("2031-03-31", "15:00"))).toEqual(["2031-03-29", "2031-03-30", "2031-03-31"]);
    expect(gatheringDays(at("2031-10-25", "09:00"), at("2031-10-26", "15:00"))).toEqual(["2031-10-25", "2031-10-26"]);
    expect(gatheringDays(at("2031-10-25", "23:30"), at("2031-10-26", "01:00"))).toEqual(["2031-10-25"]);
  });
});

describe("days attended", () => {
  it("are the recorded days, every day when present without any, and none otherwise", () => {
    expect(daysAttended("present", 0, 3)).toBe(3);
    expect(daysAttended("present", 2, 3)).toBe(2);
    expect(daysAttended("absent", 0, 3)).toBe(0);
    expect(daysAttended("excused", 0, 3)).toBe(0);
    expect(daysAttended(null, 0, 3)).toBe(0);
  });

  it("make the mark: present on any day, else excused only when agreed", () => {
    expect(markFromDays(["2031-05-06"], true)).toBe("present");
    expect(markFromDays([], true)).toBe("excused");
    expect(markFromDays([], false)).toBe("absent");
  });
});
