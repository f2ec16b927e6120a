import { clock } from "../../../app/server/clock.server";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { consultations, emailMessages, finalReports, gatherings, mailboxMessages, people, reportRequests } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { mailboxTransport } from "../../../app/server/email/transport.server";
import { createReflectionLink } from "../../../app/server/reflection-links.server";
import { readRsvpToken } from "../../../app/server/rsvp-links.server";
import { createGathering, leaderSpeaking, outboxRow, personByEmail, program, queue, queueInvitations } from "../../helpers/email";
import { useSmtpServer } from "../../helpers/smtp";
import { freezeClockForFile } from "../../helpers/days";

// Its gatherings sit on fixed dates because the dates are what it checks (DST, UTC offsets, weekday names).
freezeClockForFile();

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });

/** The last message that arrived for `address`. */
const lastTo = (address: string) => {
  const all = mail.smtp.to(address);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!.mail;
};

/** The iTIP part (text/calendar with a method) of a message, parsed with ical.js. */
function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === "text/calendar");
  expect(part, "a text/calendar part").toBeDefined();
  const text = part!.content.toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    contentMethod: String(
      part!.headers.get("content-type") && (part!.headers.get("content-type") as { params: { method?: string } }).params.method,
    ),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    start: String(event.getFirstPropertyValue("dtstart")),
    end: String(event.getFirstPropertyValue("dtend")),
    summary: event.getFirstPropertyValue("summary"),
    description: event.getFirstPropertyValue("description") as string,
    attendee: event.getFirstProperty("attendee")!,
    organizer: event.getFirstPropertyValue("organizer"),
  };
}

const rsvpTokens = (text: string) => [...text.matchAll(/\/rsvp\/([^\s)]+)/g)].map((m) => readRsvpToken(m[1]!));

describe("invitations", () => {
  const nbLeader = () => leaderSpeaking("nb");
  const enLeader = () => leaderSpeaking("en");

  it("go out in each recipient's language, with HTML and text parts, RSVP links and a meeting request", async () => {
    // 09:00–17:00 Oslo on Monday 29 March 2027, the day after the change to summer time: 07:00Z.
    const { gathering, invitations } = createGathering({
      title: "Samling 4: Rolleforståelse",
      startsAt: new Date("2027-03-29T07:00:00Z"),
      endsAt: new Date("2027-03-29T15:00:00Z"),
      invitees: [nbLeader().id, enLeader().id],
    });
    queueInvitations(gathering.id, invitations);
    const report = await send();
    expect(report.sent).toBeGreaterThanOrEqual(2);

    const nb = lastTo(nbLeader().email);
    expect(nb.subject).toBe("Invitasjon: Samling 4: Rolleforståelse 29. mars 2027");
    expect(nb.from?.value[0]).toEqual({ name: "Fjellby politidistrikt (Samling)", address: "no-reply@localhost" });
    expect(nb.to && !Array.isArray(nb.to) && nb.to.value[0]).toEqual({ name: nbLeader().name, address: nbLeader().email });
    expect(nb.replyTo?.value[0]).toEqual({ name: "Hege Sandvik", address: "coordinator@example.org" });
    expect(nb.headers.get("auto-submitted")).toBe("auto-generated");
    expect(nb.headers.get("content-language")).toBe("nb");
    expect(nb.messageId).toMatch(/@localhost>$/);
    expect(nb.text).toContain(`Hei ${nbLeader().name},`);
    expect(nb.text).toContain("Når: mandag 29. mars 2027, kl. 09:00–17:00");
    expect(nb.text).toContain("09:00  Velkommen");
    expect(nb.text).toContain("10:00  Gruppearbeid");
    expect(nb.html).toContain("Du er invitert til Samling 4: Rolleforståelse");
    expect(nb.html).toContain('lang="nb"');
    const invitationId = invitations.find((i) => i.personId === nbLeader().id)!.id;
    expect(rsvpTokens(nb.text!)).toEqual([
      { invitationId, answer: "accepted" },
      { invitationId, answer: "declined" },
    ]);
    expect(nb.html).toContain(`/rsvp/`);

    const calendar = calendarOf(nb);
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.contentMethod).toBe("REQUEST");
    expect(calendar.uid).toBe(`samling-gathering-${gathering.id}@localhost`);
    expect(calendar.sequence).toBe(0);
    expect(calendar.start).toBe("2027-03-29T07:00:00Z");
    expect(calendar.end).toBe("2027-03-29T15:00:00Z");
    expect(calendar.organizer).toBe("MAILTO:coordinator@example.org");
    expect(calendar.attendee.getFirstValue()).toBe(`mailto:${nbLeader().email}`);
    expect(calendar.attendee.getParameter("rsvp")).toBe("TRUE");
    expect(calendar.description).toContain("Velkommen");
    // Outlook also looks for the calendar as an attachment.
    expect(nb.attachments.some((a) => a.filename === "invitation.ics" && a.contentType === "application/ics")).toBe(true);

    const en = lastTo(enLeader().email);
    expect(en.subject).toBe("Invitation: Samling 4: Rolleforståelse 29 March 2027");
    expect(en.headers.get("content-language")).toBe("en");
    expect(en.text).toContain(`Hello ${enLeader().name},`);
    expect(en.text).toMatch(/When: Monday,? 29 March 2027, 09:00–17:00/);
    expect(en.html).toContain("You are invited to Samling 4: Rolleforståelse");
    expect(calendarOf(en).start).toBe("2027-03-29T07:00:00Z");
  });

  it("put 09:00 Oslo in January at 08:00 UTC", async () => {
    const { gathering, invitations } = createGathering({
      startsAt: new Date("2027-01-14T08:00:00Z"),
      endsAt: new Date("2027-01-15T14:00:00Z"),
      invitees: [nbLeader().id],
    });
    queueInvitations(gathering.id, invitations);
    await send();
    const mail = lastTo(nbLeader().email);
    expect(calendarOf(mail).start).toBe("2027-01-14T08:00:00Z");
    expect(calendarOf(mail).end).toBe("2027-01-15T14:00:00Z");
    expect(mail.text).toContain("Når: torsdag 14. januar 2027 kl. 09:00 – fredag 15. januar 2027 kl. 15:00");
  });

  it("give Swedish readers Swedish text, dates and calendar text", async () => {
    const swede = leaderSpeaking("nb", 3);
    getDb().update(people).set({ preferredLanguage: "sv" }).where(eq(people.id, swede.id)).run();
    const { gathering, invitations } = createGathering({
      startsAt: new Date("2027-03-29T07:00:00Z"),
      endsAt: new Date("2027-03-29T15:00:00Z"),
      invitees: [swede.id],
    });
    queueInvitations(gathering.id, invitations);
    await send();
    const mail = lastTo(swede.email);
    expect(mail.subject).toMatch(/^Inbjudan: /);
    expect(mail.text).toContain("Hej ");
    expect(mail.text).toContain("När: måndag 29 mars 2027, kl. 09:00–17:00");
    expect(mail.html).toMatch(/<html[^>]* lang="sv"/);
    expect(calendarOf(mail).description).toContain("När: måndag 29 mars 2027, kl. 09:00–17:00");
  });

  it("escape hostile names and titles in the HTML, and keep them intact in text, subject and calendar", async () => {
    const victim = leaderSpeaking("nb", 1);
    getDb().update(people).set({ name: 'Ola "&<>" Nordmann' }).where(eq(people.id, victim.id)).run();
    const { gathering, invitations } = createGathering({
      title: "<script>alert(1)</script>",
      venueName: "<img src=x onerror=alert(2)>",
      onlineUrl: "javascript:alert(3)",
      startsAt: new Date("2027-02-01T08:00:00Z"),
      endsAt: new Date("2027-02-01T12:00:00Z"),
      invitees: [victim.id],
    });
    queueInvitations(gathering.id, invitations);
    await send();
    const mail = lastTo(victim.email);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).not.toContain('href="javascript:');
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("Ola &quot;&amp;&lt;&gt;&quot; Nordmann");
    expect(mail.text).toContain('Hei Ola "&<>" Nordmann,');
    expect(mail.text).toContain("Digitalt: javascript:alert(3)");
    expect(mail.subject).toContain("<script>alert(1)</script>");
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]!.name).toBe('Ola "&<>" Nordmann');
    const calendar = calendarOf(mail);
    expect(calendar.summary).toBe("<script>alert(1)</script>");
    expect(calendar.attendee.getParameter("cn")).toBe("Ola '&<>' Nordmann");
  });
});

describe("changes and cancellations", () => {
  it("keep the UID and raise SEQUENCE; the change notice shows the final state and what changed", async () => {
    const leader = leaderSpeaking("nb", 2);
    const { gathering, invitations } = createGathering({
      title: "Samling 5",
      startsAt: new Date("2027-04-12T07:00:00Z"),
      endsAt: new Date("2027-04-12T14:00:00Z"),
      invitees: [leader.id],
    });
    const invitationId = invitations[0]!.id;
    queueInvitations(gathering.id, invitations);
    await send();
    const first = calendarOf(lastTo(leader.email));

    // What the gatherings code does: change, raise the sequence, queue one notice listing the changes.
    getDb()
      .update(gatherings)
      .set({ startsAt: new Date("2027-04-13T07:00:00Z"), endsAt: new Date("2027-04-13T14:00:00Z"), venueName: "Rådhuset", sequence: 1 })
      .where(eq(gatherings.id, gathering.id))
      .run();
    queue(
      "change_notice",
      leader.id,
      { gatheringId: gathering.id, invitationId, sequence: 1, changed: ["startsAt", "endsAt", "venueName"] },
      `test:change:${invitationId}:1`,
    );
    await send();
    const changed = lastTo(leader.email);
    expect(changed.subject).toBe("Endret: Samling 5 13. april 2027");
    expect(changed.text).toContain("- Tidspunkt\n- Sted\n");
    expect(changed.text).toContain("Når: tirsdag 13. april 2027, kl. 09:00–16:00");
    expect(changed.text).toContain("Hvor: Rådhuset, Storgata 12");
    const update = calendarOf(changed);
    expect(update.method).toBe("REQUEST");
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBeGreaterThan(first.sequence);
    expect(update.start).toBe("2027-04-13T07:00:00Z");

    getDb()
      .update(gatherings)
      .set({ status: "cancelled", cancelReason: "For få påmeldte", sequence: 2 })
      .where(eq(gatherings.id, gathering.id))
      .run();
    queue("cancellation", leader.id, { gatheringId: gathering.id, invitationId, sequence: 2 }, `test:cancel:${invitationId}`);
    await send();
    const cancelled = lastTo(leader.email);
    expect(cancelled.subject).toBe("Avlyst: Samling 5 13. april 2027");
    expect(cancelled.text).toContain("For få påmeldte");
    const cancel = calendarOf(cancelled);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.contentMethod).toBe("CANCEL");
    expect(cancel.status).toBe("CANCELLED");
    expect(cancel.uid).toBe(first.uid);
    expect(cancel.sequence).toBeGreaterThan(update.sequence);
    expect(cancelled.attachments.some((a) => a.filename === "cancellation.ics")).toBe(true);
  });

  it("skip an invitation or change notice still queued when the gathering has been cancelled", async () => {
    const leader = leaderSpeaking("nb", 4);
    const { gathering, invitations } = createGathering({
      startsAt: new Date("2027-05-03T07:00:00Z"),
      endsAt: new Date("2027-05-03T14:00:00Z"),
      status: "cancelled",
      invitees: [leader.id],
    });
    queueInvitations(gathering.id, invitations);
    const before = mail.smtp.to(leader.email).length;
    const report = await send();
    expect(report.skipped).toBe(1);
    expect(mail.smtp.to(leader.email)).toHaveLength(before);
    expect(outboxRow(`test:invitation:${invitations[0]!.id}:0`)).toMatchObject({
      status: "skipped",
      lastError: "the gathering is cancelled",
    });
  });
});

describe("the other kinds", () => {
  const appUrl = "http://localhost:3000";

  it("reflection prompt: a link straight to the form, with the single-use token", async () => {
    const leader = leaderSpeaking("en", 1);
    const gathering = getDb().select().from(gatherings).where(eq(gatherings.status, "held")).get()!;
    const token = getDb().transaction((tx) => createReflectionLink(tx, leader.id, gathering.id));
    queue("reflection_prompt", leader.id, { gatheringId: gathering.id, token }, `test:reflection:${leader.id}`);
    await send();
    const mail = lastTo(leader.email);
    expect(mail.subject).toBe(`How was ${gathering.title}? Write a reflection`);
    expect(mail.text).toContain(`${appUrl}/r/${token}`);
    expect(mail.html).toContain(`href="${appUrl}/r/${token}"`);
    expect(mail.text).toContain("visible to you only");
  });

  it("message to invitees: the sender's words, escaped, in paragraphs, replies to the sender", async () => {
    const leader = leaderSpeaking("nb", 5);
    const coordinator = personByEmail("coordinator@example.org");
    const gathering = getDb().select().from(gatherings).where(eq(gatherings.status, "confirmed")).get()!;
    queue(
      "bulk_message",
      leader.id,
      {
        gatheringId: gathering.id,
        senderId: coordinator.id,
        subject: "Husk <lederavtalen>",
        body: "Første avsnitt & mer.\n\n<b>Andre</b> avsnitt\nmed linjeskift.",
      },
      `test:bulk:${leader.id}`,
    );
    await send();
    const mail = lastTo(leader.email);
    expect(mail.subject).toBe(`Husk <lederavtalen> – ${gathering.title}`);
    expect(mail.replyTo?.value[0]?.address).toBe("coordinator@example.org");
    expect(mail.html).toContain("Første avsnitt &amp; mer.</p>");
    expect(mail.html).toContain("&lt;b&gt;Andre&lt;/b&gt; avsnitt<br>med linjeskift.");
    expect(mail.text).toContain("Første avsnitt & mer.\n\n<b>Andre</b> avsnitt\nmed linjeskift.");
  });

  it("consultation opened: the document, the deadline and a link to the direction page", async () => {
    const rep = personByEmail("union@example.org");
    const consultation = getDb().select().from(consultations).get()!;
    queue("consultation_opened", rep.id, { consultationId: consultation.id }, `test:consultation:${rep.id}`);
    await send();
    const mail = lastTo(rep.email);
    expect(mail.subject).toMatch(/^Høring: Retningsdokument for lederutviklingsprogrammet – frist \d+\. \w+ \d{4} kl\. \d\d:\d\d$/);
    expect(mail.text).toContain("versjon 2");
    expect(mail.text).toContain(`${appUrl}/programs/${program().id}/direction`);
  });

  it("report requested, submitted, returned and published: each links to its page", async () => {
    const coordinator = personByEmail("coordinator@example.org");
    const directorate = personByEmail("directorate@example.org");
    const request = getDb().select().from(reportRequests).get()!;
    const [report] = getDb()
      .insert(finalReports)
      .values({
        programId: program().id,
        requestId: request.id,
        status: "submitted",
        submittedById: coordinator.id,
        returnComment: "Utdyp kull 3.\n\nTakk!",
      })
      .returning()
      .all();
    queue("report_requested", coordinator.id, { requestId: request.id }, "test:report:requested");
    queue("report_submitted", directorate.id, { reportId: report!.id }, "test:report:submitted");
    queue("report_returned", coordinator.id, { reportId: report!.id }, "test:report:returned");
    queue("report_published", directorate.id, { reportId: report!.id }, "test:report:published");
    await send();
    const toCoordinator = mail.smtp.to(coordinator.email).map((r) => r.mail);
    const toDirectorate = mail.smtp.to(directorate.email).map((r) => r.mail);
    const requested = toCoordinator.find((m) => m.subject?.startsWith("Sluttrapport etterspurt"))!;
    expect(requested.text).toContain("Anne Grete Lunde i direktoratet ber om en sluttrapport");
    expect(requested.text).toContain("Førstelinjeledere: Hvordan programmet");
    expect(requested.text).toContain(`${appUrl}/programs/${program().id}/report`);
    expect(requested.replyTo?.value[0]?.address).toBe("directorate@example.org");
    const returned = toCoordinator.find((m) => m.subject?.startsWith("Sluttrapporten er sendt tilbake"))!;
    expect(returned.text).toContain("Utdyp kull 3.\n\nTakk!");
    expect(returned.text).toContain(`${appUrl}/programs/${program().id}/report`);
    const submitted = toDirectorate.find((m) => m.subject?.startsWith("Sluttrapport sendt inn"))!;
    expect(submitted.text).toContain("Hege Sandvik har sendt inn sluttrapporten");
    expect(submitted.text).toContain(`${appUrl}/reports/${report!.id}`);
    const published = toDirectorate.find((m) => m.subject?.startsWith("Sluttrapport publisert"))!;
    expect(published.text).toContain(`${appUrl}/reports/${report!.id}`);
  });

  it("a message whose data is gone, or whose recipient was erased, is skipped with the reason", async () => {
    const leader = leaderSpeaking("nb", 6);
    queue("report_published", leader.id, { reportId: 999_999 }, "test:missing-report");
    await send();
    expect(outboxRow("test:missing-report")).toMatchObject({ status: "skipped", lastError: "report 999999 no longer exists" });
    getDb().update(people).set({ erasedAt: clock.now() }).where(eq(people.id, leader.id)).run();
    const gathering = getDb().select().from(gatherings).where(eq(gatherings.status, "confirmed")).get()!;
    queue("bulk_message", leader.id, { gatheringId: gathering.id, senderId: leader.id, subject: "x", body: "y" }, "test:erased");
    await send();
    expect(outboxRow("test:erased")).toMatchObject({ status: "skipped", lastError: "the recipient's personal data was erased" });
  });

  it("a message that cannot be rendered fails at once with the reason, without being retried", async () => {
    const leader = leaderSpeaking("nb", 8);
    getDb()
      .insert(emailMessages)
      .values({
        kind: "fax",
        recipientPersonId: leader.id,
        recipientEmail: leader.email,
        locale: "nb",
        idempotencyKey: "test:fax",
        payload: {},
        dueAt: clock.now(),
      })
      .run();
    await send();
    expect(outboxRow("test:fax")).toMatchObject({ status: "failed", attempts: 1, lastError: 'cannot render: unknown e-mail kind "fax"' });
  });
});

describe("the local mailbox (no SMTP_URL)", () => {
  it("keeps the whole message for the outbox page, without the reflection link's secret", async () => {
    const local = mailboxTransport();
    const leader = leaderSpeaking("nb", 7);
    const { gathering, invitations } = createGathering({
      startsAt: new Date("2027-06-07T07:00:00Z"),
      endsAt: new Date("2027-06-07T14:00:00Z"),
      invitees: [leader.id],
    });
    queueInvitations(gathering.id, invitations);
    const token = getDb().transaction((tx) => createReflectionLink(tx, leader.id, gathering.id));
    queue("reflection_prompt", leader.id, { gatheringId: gathering.id, token }, `test:local-reflection:${leader.id}`);
    await dispatchAllDue({ transport: local, owner: "local" });

    const invitationRow = outboxRow(`test:invitation:${invitations[0]!.id}:0`);
    expect(invitationRow.status).toBe("sent");
    const copy = getDb().select().from(mailboxMessages).where(eq(mailboxMessages.emailMessageId, invitationRow.id)).get()!;
    expect(copy.subject).toMatch(/^Invitasjon: Testsamling/);
    expect(copy.attachments).toEqual([
      expect.objectContaining({ filename: "invitation.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST" }),
    ]);
    const parsed = await simpleParser(copy.raw);
    expect(parsed.messageId).toBe(invitationRow.messageId);
    expect(parsed.html).toBe(copy.html);
    expect(calendarOf(parsed).uid).toBe(`samling-gathering-${gathering.id}@localhost`);

    const reflectionRow = outboxRow(`test:local-reflection:${leader.id}`);
    const reflection = getDb().select().from(mailboxMessages).where(eq(mailboxMessages.emailMessageId, reflectionRow.id)).get()!;
    expect(reflection.text).toContain("/r/…");
    for (const part of [reflection.text, reflection.html, reflection.raw]) expect(part).not.toContain(token);
  });
});
