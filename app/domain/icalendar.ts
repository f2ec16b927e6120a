import { createEvent, type EventAttributes } from "ics";

/**
 * iCalendar meeting requests and cancellations for gatherings (iTIP, RFC 5546), as Outlook and
 * Thunderbird expect them: one UID per gathering for its whole life, SEQUENCE raised on every change
 * invitees are told about, times in UTC, the recipient as ATTENDEE with RSVP.
 */
export type CalendarMethod = "REQUEST" | "CANCEL";

export type CalendarInvite = {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  title: string;
  /** The same for every invitee (what, when, where, agenda): it is part of the cached event. */
  description: string;
  location: string;
  start: Date;
  end: Date;
  organizer: { name: string; email: string };
  /**
   * The recipient. A facilitator is `CHAIR`: they lead the gathering but are not asked to answer
   * (RSVP=FALSE, PARTSTAT=ACCEPTED); the programme's contact stays the ORGANIZER for everyone.
   */
  attendee: { name: string; email: string; role?: "CHAIR" };
  /** DTSTAMP: when this version of the event was issued. */
  stamp: Date;
};

/** Stable across every change of the gathering, so calendars update the event instead of adding one. */
export const gatheringUid = (gatheringId: number, appUrl: string) => `samling-gathering-${gatheringId}@${hostOf(appUrl)}`;

let lastHost = { url: "", host: "" };
function hostOf(url: string) {
  if (lastHost.url !== url) lastHost = { url, host: new URL(url).hostname };
  return lastHost.host;
}

/**
 * A parameter value (CN) may not hold a double quote, and no property may hold a line break; the
 * `ics` library does not guard against either, so names and addresses are cleaned here.
 */
const paramText = (value: string) =>
  value
    .replace(/"/g, "'")
    .replace(/[\r\n\t]+/g, " ")
    .trim();
const address = (value: string) => value.replace(/[\s"<>;:,]+/g, "");

const placeholder = { name: "SAMLING-ATTENDEE", email: "attendee@samling.invalid" };
const placeholderContact = `CN="${placeholder.name}":mailto:${placeholder.email}`;

/**
 * The event as the `ics` library writes it, unfolded, with a stand-in attendee. Building it is the
 * costly part (the library validates every field), and it is the same for every invitee of one
 * version of a gathering, so it is kept for the next one.
 */
const events = new Map<string, string[]>();
const keptEvents = 500;

function eventLines(invite: CalendarInvite): string[] {
  const { attendee: _attendee, stamp: _stamp, ...shared } = invite;
  const key = JSON.stringify(shared);
  const kept = events.get(key);
  if (kept) return kept;
  const cancelled = invite.method === "CANCEL";
  const utc = { startInputType: "utc", startOutputType: "utc", endInputType: "utc", endOutputType: "utc" } as const;
  // DTSTAMP: the library takes `timestamp` but its type declarations leave it out.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: "-//Samling//Samling//NB",
    method: invite.method,
    uid: invite.uid,
    sequence: invite.sequence,
    timestamp: 0,
    start: invite.start.getTime(),
    end: invite.end.getTime(),
    ...utc,
    title: invite.title,
    description: invite.description,
    location: invite.location || undefined,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    busyStatus: cancelled ? "FREE" : "BUSY",
    transp: cancelled ? "TRANSPARENT" : "OPAQUE",
    organizer: { name: paramText(invite.organizer.name), email: address(invite.organizer.email) },
    attendees: [{ ...placeholder, rsvp: !cancelled, partstat: "NEEDS-ACTION", role: "REQ-PARTICIPANT", cutype: "INDIVIDUAL" }],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`iCalendar: ${error?.message ?? "no output"}`);
  const lines = value
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  if (events.size >= keptEvents) events.clear();
  events.set(key, lines);
  return lines;
}

const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildCalendar(invite: CalendarInvite): string {
  const contact = `CN="${paramText(invite.attendee.name)}":mailto:${address(invite.attendee.email)}`;
  const lines = eventLines(invite).map((line) => {
    if (line.startsWith("DTSTAMP:")) return `DTSTAMP:${utcStamp(invite.stamp)}`;
    if (line.startsWith("ATTENDEE;")) {
      const attendee = line.replace(placeholderContact, () => contact);
      return invite.attendee.role === "CHAIR"
        ? attendee
            .replace(/ROLE="?REQ-PARTICIPANT"?/, "ROLE=CHAIR")
            .replace("RSVP=TRUE", "RSVP=FALSE")
            .replace(/PARTSTAT="?NEEDS-ACTION"?/, "PARTSTAT=ACCEPTED")
        : attendee;
    }
    return line;
  });
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
