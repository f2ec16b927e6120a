import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { emailMessages, invitations, people } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import type { GatheringInput } from "../../../app/domain/gathering-form";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { saveAttendance } from "../../../app/server/attendance.server";
import { changeStatus, updateGathering } from "../../../app/server/gathering-commands.server";
import { gatheringInputOf } from "../../../app/server/gathering-queries.server";
import { settlingMs } from "../../../app/server/gathering-mail.server";
import { readFeedbackLinkToken } from "../../../app/server/feedback-links.server";
import * as feedbackLink from "../../../app/routes/f.$token";
import { callLoader, signInAs } from "../../helpers/routes";
import { demo, gatheringById, makeGathering, moveGathering } from "../../helpers/gatherings";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = (now = clock.now()) => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher", now: () => now });

const internalAddress = "facilitator@example.org";
const externalAddress = "kari.nordvik@lederkraft.example.com";

function calendarOf(parsed: ParsedMail) {
  const part = parsed.attachments.find((a) => a.contentType === "text/calendar");
  expect(part, "a text/calendar part").toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString("utf8")));
  const event = calendar.getFirstSubcomponent("vevent")!;
  const attendee = event.getFirstProperty("attendee")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    attendee: String(attendee.getFirstValue()),
    role: attendee.getParameter("role"),
    rsvp: attendee.getParameter("rsvp"),
    partstat: attendee.getParameter("partstat"),
  };
}

/** Messages that reached `address` since `before` messages had. */
const newTo = (address: string, before: number) => mail.smtp.to(address).slice(before);
const counts = () => ({ internal: mail.smtp.to(internalAddress).length, external: mail.smtp.to(externalAddress).length });

function edit(id: number, change: (input: GatheringInput) => GatheringInput) {
  const g = gatheringById(id);
  updateGathering(g, change(gatheringInputOf(g)), demo().actor, clock.now());
}

describe("facilitators' calendar e-mails", () => {
  it("go to internal and external facilitators when the gathering is confirmed, as CHAIR without RSVP", async () => {
    const { internalFacilitator, externalFacilitator } = demo();
    const before = counts();
    makeGathering({
      startsAt: new Date(clock.nowMs() + 40 * dayMs),
      facilitatorIds: [internalFacilitator.id, externalFacilitator.id],
      confirm: true,
    });
    await send();
    for (const [address, n] of [
      [internalAddress, before.internal],
      [externalAddress, before.external],
    ] as const) {
      const got = newTo(address, n);
      expect(got).toHaveLength(1);
      const cal = calendarOf(got[0]!.mail);
      expect(cal).toMatchObject({
        method: "REQUEST",
        sequence: 0,
        attendee: `mailto:${address}`,
        role: "CHAIR",
        rsvp: "FALSE",
        partstat: "ACCEPTED",
      });
      // No answer links: facilitators are not invitees.
      expect(got[0]!.mail.text).not.toContain("/rsvp/");
    }
    // The external facilitator has no account: the message names no person.
    const row = getDb().select().from(emailMessages).where(eq(emailMessages.recipientEmail, externalAddress)).all().at(-1)!;
    expect(row.recipientPersonId).toBeNull();
  });

  it("are not sent for a planned gathering", async () => {
    const before = counts();
    makeGathering({ startsAt: new Date(clock.nowMs() + 41 * dayMs), facilitatorIds: [demo().internalFacilitator.id] });
    await send();
    expect(counts()).toEqual(before);
  });

  it("follow changes: added gets a request, removed a cancellation, time changes one coalesced update", async () => {
    const { internalFacilitator, externalFacilitator } = demo();
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 42 * dayMs), facilitatorIds: [internalFacilitator.id], confirm: true });
    await send();
    let before = counts();
    // Swap the facilitators: the external one is added, the internal one removed.
    edit(g.id, (input) => ({ ...input, facilitatorIds: [externalFacilitator.id] }));
    await send();
    expect(calendarOf(newTo(externalAddress, before.external)[0]!.mail).method).toBe("REQUEST");
    const removed = newTo(internalAddress, before.internal);
    expect(removed).toHaveLength(1);
    expect(calendarOf(removed[0]!.mail)).toMatchObject({ method: "CANCEL", role: "CHAIR" });

    // Two time changes in a row: one update after the settling window, with the newest sequence.
    before = counts();
    edit(g.id, (input) => ({ ...input, startsAt: new Date(+input.startsAt + 3_600_000), endsAt: new Date(+input.endsAt + 3_600_000) }));
    edit(g.id, (input) => ({ ...input, venueName: "Fjellby hotell" }));
    await send();
    expect(newTo(externalAddress, before.external)).toHaveLength(0);
    await send(new Date(clock.nowMs() + settlingMs + 1));
    const updates = newTo(externalAddress, before.external);
    expect(updates).toHaveLength(1);
    expect(calendarOf(updates[0]!.mail)).toMatchObject({ method: "REQUEST", sequence: gatheringById(g.id).sequence });
    expect(gatheringById(g.id).sequence).toBe(2);
  });

  it("cancel the event for every facilitator when the gathering is cancelled", async () => {
    const { internalFacilitator, externalFacilitator } = demo();
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 43 * dayMs),
      facilitatorIds: [internalFacilitator.id, externalFacilitator.id],
      confirm: true,
    });
    await send();
    const before = counts();
    changeStatus(gatheringById(g.id), { to: "cancelled", reason: "For få påmeldte" }, demo().actor, clock.now());
    await send();
    for (const got of [newTo(internalAddress, before.internal), newTo(externalAddress, before.external)]) {
      expect(got).toHaveLength(1);
      expect(calendarOf(got[0]!.mail)).toMatchObject({ method: "CANCEL", sequence: 1 });
      expect(got[0]!.mail.text).toContain("For få påmeldte");
    }
  });
});

describe("feedback requests", () => {
  it("go once, only to those marked present, with a link that opens the form for its own person only", async () => {
    const { cohorts, actor } = demo();
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 3 * dayMs), cohortIds: [cohorts[0].id], confirm: true });
    moveGathering(g.id, new Date(clock.nowMs() - 2 * dayMs));
    const invited = getDb().select().from(invitations).where(eq(invitations.gatheringId, g.id)).all();
    expect(invited.length).toBeGreaterThanOrEqual(3);
    const [present, absent, later] = invited as [(typeof invited)[number], (typeof invited)[number], (typeof invited)[number]];
    const mark = (marks: [number, "present" | "absent"][]) => {
      saveAttendance(gatheringById(g.id), new Map(marks), actor, clock.now());
    };
    mark([
      [present.id, "present"],
      [absent.id, "absent"],
    ]);
    changeStatus(gatheringById(g.id), { to: "held" }, actor, clock.now());
    const requestsTo = (personId: number) =>
      getDb()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.kind, "feedback_request"), eq(emailMessages.recipientPersonId, personId)))
        .all()
        .filter((m) => (m.payload as { gatheringId: number }).gatheringId === g.id);
    expect(requestsTo(present.personId)).toHaveLength(1);
    expect(requestsTo(absent.personId)).toHaveLength(0);
    expect(requestsTo(later.personId)).toHaveLength(0);
    // Roll-call corrected after "held": the newly present are asked too, nobody twice.
    mark([
      [present.id, "present"],
      [absent.id, "absent"],
      [later.id, "present"],
    ]);
    expect(requestsTo(present.personId)).toHaveLength(1);
    expect(requestsTo(later.personId)).toHaveLength(1);

    const email = getDb().select().from(people).where(eq(people.id, present.personId)).get()!.email;
    const before = mail.smtp.to(email).length;
    await send();
    const got = mail.smtp
      .to(email)
      .slice(before)
      .filter((m) => /\/f\//.test(m.mail.text ?? ""));
    expect(got).toHaveLength(1);
    expect(got[0]!.mail.html).toBeTruthy();
    const token = got[0]!.mail.text!.match(/\/f\/([^\s)]+)/)![1]!;
    expect(readFeedbackLinkToken(token)).toEqual({ gatheringId: g.id, personId: present.personId });

    // Signed out: to sign-in and back; signed in as the person: to the form; someone else: told so.
    const params = { token };
    const anonymous = await callLoader(feedbackLink.loader, `/f/${token}`, { params });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain(encodeURIComponent(`/f/${token}`));
    const own = await callLoader(feedbackLink.loader, `/f/${token}`, { params, cookie: await signInAs(email) });
    expect(own.location).toBe(`/gatherings/${g.id}/feedback`);
    const other = await callLoader(feedbackLink.loader, `/f/${token}`, { params, cookie: await signInAs("coordinator@example.org") });
    expect(other.status).toBe(403);
    expect(other.data.state).toBe("wrongPerson");
    const forged = await callLoader(feedbackLink.loader, `/f/x`, { params: { token: `${token.slice(0, -2)}xx` } });
    expect(forged.status).toBe(404);
  });
});
