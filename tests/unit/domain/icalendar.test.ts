import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, foldLine, gatheringUid, type CalendarInvite } from "../../../app/domain/icalendar";

const invite: CalendarInvite = {
  method: "REQUEST",
  uid: gatheringUid(42, "https://samling.example.org/"),
  sequence: 3,
  title: "Samling 2: Å lede ledere; tillit, delegering",
  description: "Når: torsdag\nProgram:\n  09:00  Velkommen",
  location: "Fjellby hotell, Storgata 12",
  start: new Date("2027-01-14T08:00:00Z"),
  end: new Date("2027-01-15T14:00:00Z"),
  organizer: { name: "Hege Sandvik", email: "coordinator@example.org" },
  attendee: { name: 'Ola "Sjefen" Nordmann', email: "ola@example.org" },
  stamp: new Date("2026-12-01T10:00:00Z"),
};

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: calendar.getFirstSubcomponent("vevent")! };
};

describe("buildCalendar", () => {
  it("writes a meeting request Outlook and Thunderbird accept", () => {
    const ics = buildCalendar(invite);
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.getFirstPropertyValue("uid")).toBe("samling-gathering-42@samling.example.org");
    expect(event.getFirstPropertyValue("sequence")).toBe(3);
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(event.getFirstPropertyValue("dtstart"))).toBe("2027-01-14T08:00:00Z");
    expect(String(event.getFirstPropertyValue("dtend"))).toBe("2027-01-15T14:00:00Z");
    expect(String(event.getFirstPropertyValue("dtstamp"))).toBe("2026-12-01T10:00:00Z");
    expect(event.getFirstPropertyValue("summary")).toBe(invite.title);
    expect(event.getFirstPropertyValue("description")).toBe(invite.description);
    expect(event.getFirstPropertyValue("location")).toBe(invite.location);
    expect(event.getFirstPropertyValue("organizer")).toBe("MAILTO:coordinator@example.org");
    const attendee = event.getFirstProperty("attendee")!;
    expect(attendee.getFirstValue()).toBe("mailto:ola@example.org");
    expect(attendee.getParameter("rsvp")).toBe("TRUE");
    expect(attendee.getParameter("partstat")).toBe("NEEDS-ACTION");
    // A double quote cannot stand in a parameter value; it must not break the line either.
    expect(attendee.getParameter("cn")).toBe("Ola 'Sjefen' Nordmann");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED", () => {
    const { calendar, event } = parse(buildCalendar({ ...invite, method: "CANCEL", sequence: 4 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.getFirstPropertyValue("uid")).toBe("samling-gathering-42@samling.example.org");
    expect(event.getFirstPropertyValue("sequence")).toBe(4);
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstProperty("attendee")!.getParameter("rsvp")).toBe("FALSE");
  });

  it("gives each invitee their own ATTENDEE and stamp from the shared event", () => {
    const first = buildCalendar(invite);
    const second = buildCalendar({
      ...invite,
      attendee: { name: "Kari", email: "kari@example.org" },
      stamp: new Date("2026-12-02T00:00:00Z"),
    });
    expect(parse(second).event.getFirstProperty("attendee")!.getFirstValue()).toBe("mailto:kari@example.org");
    expect(String(parse(second).event.getFirstPropertyValue("dtstamp"))).toBe("2026-12-02T00:00:00Z");
    expect(first).not.toContain("kari@example.org");
    expect(second).not.toContain("SAMLING-ATTENDEE");
  });

  it("reflects a change to the gathering rather than reusing the earlier event", () => {
    const moved = buildCalendar({ ...invite, sequence: 4, start: new Date("2027-01-21T08:00:00Z"), end: new Date("2027-01-21T14:00:00Z") });
    expect(String(parse(moved).event.getFirstPropertyValue("dtstart"))).toBe("2027-01-21T08:00:00Z");
    expect(parse(moved).event.getFirstPropertyValue("sequence")).toBe(4);
  });
});

describe("foldLine", () => {
  it("folds at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"æøå".repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SHORT:1")).toBe("SHORT:1");
  });
});
