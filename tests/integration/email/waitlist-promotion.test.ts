import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { emailMessages } from "../../../db/schema";
import type { RsvpAnswer } from "../../../app/domain/rsvp";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { respondToInvitation } from "../../../app/server/rsvp.server";
import { dayMs } from "../../../app/domain/time";
import { createGathering, leaderSpeaking } from "../../helpers/email";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });

const answer = (invitationId: number, rsvp: RsvpAnswer) =>
  getDb().transaction((tx) => respondToInvitation(tx, invitationId, rsvp, null, clock.now()));

const promotions = (gatheringId: number) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(eq(emailMessages.kind, "waitlist_promoted"))
    .all()
    .filter((m) => (m.payload as { gatheringId: number }).gatheringId === gatheringId);

/** A one-place gathering: `first` holds the place, `second` waits for it. */
function fullGathering(title: string, days: number, first: number, second: number) {
  const startsAt = new Date(clock.nowMs() + days * dayMs);
  const { gathering, invitations } = createGathering({
    title,
    capacity: 1,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
    invitees: [first, second],
  });
  const [held, waiting] = [first, second].map((id) => invitations.find((i) => i.personId === id)!);
  expect(answer(held!.id, "accepted")).toMatchObject({ status: "accepted" });
  expect(answer(waiting!.id, "accepted")).toMatchObject({ status: "waitlisted" });
  return { gathering, held: held!, waiting: waiting! };
}

describe("waitlist promotion e-mail", () => {
  it.each(["nb", "en"] as const)("tells the promoted person (%s) once, with a meeting request ical.js accepts", async (locale) => {
    const promoted = leaderSpeaking(locale);
    const other = leaderSpeaking(locale === "nb" ? "en" : "nb");
    const { gathering, held, waiting } = fullGathering(`Venteliste ${locale}`, 23, other.id, promoted.id);
    expect(promotions(gathering.id)).toEqual([]);
    expect(answer(held.id, "declined")).toMatchObject({ promoted: [waiting.id] });
    expect(promotions(gathering.id)).toHaveLength(1);

    await send();
    const received = mail.smtp.to(promoted.email).filter((m) => m.mail.subject?.includes(`Venteliste ${locale}`));
    expect(received).toHaveLength(1);
    const message = await simpleParser(received[0]!.raw);
    expect(message.subject).toMatch(locale === "nb" ? /^Du har fått plass: Venteliste nb / : /^You have a place: Venteliste en /);
    expect(message.text).toContain(locale === "nb" ? "Nå er en plass ledig, og den er din" : "A place has come free and it is yours");
    expect(message.html).toContain(`lang="${locale}"`);
    const part = message.attachments.find((a) => a.contentType === "text/calendar")!;
    const calendar = new ICAL.Component(ICAL.parse(part.content.toString("utf8")));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe(`Venteliste ${locale}`);
    expect(Number(event.getFirstPropertyValue("sequence"))).toBe(gathering.sequence);

    // Sent once: another run sends nothing more.
    await send();
    expect(mail.smtp.to(promoted.email).filter((m) => m.mail.subject?.includes(`Venteliste ${locale}`))).toHaveLength(1);
  });

  it("is skipped with a reason when the promoted person declines before it goes out", async () => {
    const promoted = leaderSpeaking("nb", 1);
    const other = leaderSpeaking("nb", 2);
    const { gathering, held, waiting } = fullGathering("Venteliste, angret", 24, other.id, promoted.id);
    answer(held.id, "declined");
    answer(waiting.id, "declined");
    await send();
    expect(promotions(gathering.id)).toMatchObject([
      { status: "skipped", lastError: "the invitation is declined, no longer holding the place" },
    ]);
    expect(mail.smtp.to(promoted.email).filter((m) => m.mail.subject?.includes("Venteliste, angret"))).toEqual([]);
  });

  it("has a preview in both languages", async () => {
    for (const locale of ["nb", "en"] as const) {
      const sample = await renderSample("waitlist_promoted", locale);
      expect(sample.subject).toContain(locale === "nb" ? "Du har fått plass" : "You have a place");
    }
  });
});
