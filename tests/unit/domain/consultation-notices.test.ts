import { describe, expect, it } from "vitest";
import { consultationReminderAt, consultationReminderDue, hasNotSubmitted } from "../../../app/domain/consultation-notices";
import { dayMs } from "../../../app/domain/time";
import { osloAt } from "../../helpers/days";

describe("the consultation deadline reminder", () => {
  // A deadline at 16:00 Oslo ten days on: the reminder is due at 08:00 Oslo two days before that day.
  const deadline = osloAt(10, "16:00");
  const at = osloAt(8, "08:00");
  const toldAt = osloAt(-5, "12:00");

  it("is due from 08:00 Oslo two days before the deadline's day until the deadline", () => {
    expect(consultationReminderAt(deadline)).toEqual(at);
    expect(consultationReminderDue({ deadline, toldAt, now: new Date(at.getTime() - 60_000) })).toBe(false);
    expect(consultationReminderDue({ deadline, toldAt, now: at })).toBe(true);
    expect(consultationReminderDue({ deadline, toldAt, now: new Date(deadline.getTime() - 60_000) })).toBe(true);
    expect(consultationReminderDue({ deadline, toldAt, now: deadline })).toBe(false);
  });

  it("counts days in Oslo: a deadline just after midnight is reminded of on the second day before", () => {
    const earlyDeadline = osloAt(10, "00:30");
    expect(consultationReminderAt(earlyDeadline)).toEqual(osloAt(8, "08:00"));
    expect(earlyDeadline.getTime() - consultationReminderAt(earlyDeadline).getTime()).toBeLessThan(2 * dayMs);
  });

  it("is not sent to someone told of this deadline after its moment", () => {
    expect(consultationReminderDue({ deadline, toldAt: at, now: osloAt(9) })).toBe(false);
    expect(consultationReminderDue({ deadline, toldAt: new Date(at.getTime() - 1), now: osloAt(9) })).toBe(true);
  });
});

describe("who has not submitted", () => {
  it("is someone with drafts, or with nothing written", () => {
    expect(hasNotSubmitted({ drafts: 0, submitted: 0 })).toBe(true);
    expect(hasNotSubmitted({ drafts: 2, submitted: 0 })).toBe(true);
    expect(hasNotSubmitted({ drafts: 1, submitted: 3 })).toBe(true);
    expect(hasNotSubmitted({ drafts: 0, submitted: 1 })).toBe(false);
  });
});
