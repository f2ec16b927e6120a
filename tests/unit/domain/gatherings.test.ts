import { describe, expect, it } from "vitest";
import { gatheringFormSchema } from "../../../app/domain/gathering-form";
import {
  changedNoticeFields,
  findConflicts,
  mergeChanged,
  osloToUtc,
  statusChangeError,
  utcToOslo,
  type Booking,
} from "../../../app/domain/gatherings";

describe("Oslo wall-clock times", () => {
  it("keeps 09:00 at 09:00 across both daylight-saving changes", () => {
    expect(osloToUtc("2026-03-28", "09:00")!.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(osloToUtc("2026-03-29", "09:00")!.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(osloToUtc("2026-10-24", "09:00")!.toISOString()).toBe("2026-10-24T07:00:00.000Z");
    expect(osloToUtc("2026-10-25", "09:00")!.toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(utcToOslo(new Date("2026-10-25T08:00:00Z"))).toEqual({ date: "2026-10-25", time: "09:00" });
  });

  it("rejects the hour skipped in spring and malformed input", () => {
    expect(osloToUtc("2026-03-29", "02:30")).toBeNull();
    expect(osloToUtc("2026-02-30", "09:00")).toBeNull();
    expect(osloToUtc("2026-03-01", "25:00")).toBeNull();
    expect(osloToUtc("1.3.2026", "09:00")).toBeNull();
  });
});

const at = (iso: string) => new Date(iso);
const booking = (over: Partial<Booking>): Booking => ({
  gatheringId: 1,
  title: "Other",
  startsAt: at("2026-05-04T07:00:00Z"),
  endsAt: at("2026-05-04T13:00:00Z"),
  venueName: "Fjellby hotell",
  venueAddress: "Storgata 12",
  inviteeIds: [],
  facilitatorIds: [],
  ...over,
});
const period = { start: "2026-01-01", end: "2026-12-31" };

describe("findConflicts", () => {
  const candidate = booking({ gatheringId: null, title: "New", inviteeIds: [1, 2, 3], facilitatorIds: [7], venueName: "Rådhuset" });

  it("finds nothing for a gathering that overlaps nobody", () => {
    expect(
      findConflicts(
        candidate,
        [booking({ startsAt: at("2026-05-04T13:00:00Z"), endsAt: at("2026-05-04T15:00:00Z"), inviteeIds: [1] })],
        period,
      ),
    ).toEqual([]);
  });

  it("warns about invitees and facilitators booked at an overlapping time", () => {
    const warnings = findConflicts(candidate, [booking({ gatheringId: 9, inviteeIds: [2, 3, 4], facilitatorIds: [7, 8] })], period);
    expect(warnings).toEqual([
      expect.objectContaining({ kind: "invitees_booked", gatheringId: 9, personIds: [2, 3] }),
      expect.objectContaining({ kind: "facilitators_booked", gatheringId: 9, facilitatorIds: [7] }),
    ]);
  });

  it("warns about a venue double-booked, ignoring case and spacing, but not online gatherings", () => {
    const same = booking({ gatheringId: 5, venueName: " rådhuset", venueAddress: "Storgata  12" });
    expect(findConflicts(candidate, [same], period).map((w) => w.kind)).toEqual(["venue_booked"]);
    const online = { ...candidate, venueName: "", venueAddress: "" };
    expect(findConflicts(online, [booking({ venueName: "", venueAddress: "" })], period)).toEqual([]);
  });

  it("warns about a date outside the programme period (in Oslo days)", () => {
    const late = { ...candidate, startsAt: at("2026-12-31T22:30:00Z"), endsAt: at("2026-12-31T23:30:00Z") };
    expect(findConflicts(late, [], period)).toEqual([{ kind: "outside_programme", periodStart: "2026-01-01", periodEnd: "2026-12-31" }]);
  });

  it("does not count the gathering being edited against itself", () => {
    expect(findConflicts({ ...candidate, gatheringId: 1 }, [booking({ inviteeIds: [1] })], period)).toEqual([]);
  });
});

describe("status changes", () => {
  const now = at("2026-05-04T12:00:00Z");
  it("allows planned → confirmed → held (after start), and cancelling before held", () => {
    expect(statusChangeError({ status: "planned", startsAt: now }, "confirmed", now)).toBeNull();
    expect(statusChangeError({ status: "confirmed", startsAt: now }, "held", now)).toBeNull();
    expect(statusChangeError({ status: "confirmed", startsAt: at("2026-05-05T07:00:00Z") }, "held", now)).toBe(
      "gatherings.status.notStarted",
    );
    expect(statusChangeError({ status: "planned", startsAt: now }, "held", now)).toBe("gatherings.status.notAllowed");
    expect(statusChangeError({ status: "confirmed", startsAt: now }, "cancelled", now)).toBeNull();
    expect(statusChangeError({ status: "held", startsAt: now }, "cancelled", now)).toBe("gatherings.status.notAllowed");
    expect(statusChangeError({ status: "cancelled", startsAt: now }, "confirmed", now)).toBe("gatherings.status.notAllowed");
  });
});

describe("change notices", () => {
  const before = {
    startsAt: at("2026-05-04T07:00:00Z"),
    endsAt: at("2026-05-04T13:00:00Z"),
    venueName: "A",
    venueAddress: "",
    onlineUrl: "",
  };
  it("names the time and place fields that changed", () => {
    expect(changedNoticeFields(before, { ...before, startsAt: at("2026-05-04T07:00:00Z") })).toEqual([]);
    expect(changedNoticeFields(before, { ...before, endsAt: at("2026-05-04T14:00:00Z"), venueName: "B" })).toEqual(["endsAt", "venueName"]);
  });
  it("merges change lists in a stable order", () => {
    expect(mergeChanged(["venueName"], ["startsAt", "venueName"])).toEqual(["startsAt", "venueName"]);
  });
});

describe("the gathering form", () => {
  const valid = {
    title: "Samling",
    kind: "gathering",
    startDate: "2026-03-29",
    startTime: "09:00",
    endDate: "2026-03-29",
    endTime: "15:00",
    venueName: "Hotellet",
    cohortIds: [],
    extraInviteeIds: [],
    facilitatorIds: [],
    agenda: [{}, { time: "10:00", title: "Tema" }, {}],
  };

  it("turns Oslo times into UTC and drops empty agenda rows", () => {
    const parsed = gatheringFormSchema.parse(valid);
    expect(parsed.startsAt.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(parsed.agenda).toEqual([{ startsAt: new Date("2026-03-29T08:00:00Z"), title: "Tema", facilitatorId: null }]);
  });

  it("rejects an end before the start, with the error on the end time", () => {
    const result = gatheringFormSchema.safeParse({ ...valid, endTime: "08:00" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endTime", "gatherings.endBeforeStart"]]);
  });

  it("needs a place, and agenda rows with both time and content inside the gathering", () => {
    const result = gatheringFormSchema.safeParse({
      ...valid,
      venueName: undefined,
      agenda: [{ title: "Uten tid" }, { time: "18:00", title: "Sent" }],
    });
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["venueName", "gatherings.placeRequired"],
      ["agenda.0.time", "gatherings.timeRequired"],
      ["agenda.1.time", "gatherings.agendaOutside"],
    ]);
  });
});
