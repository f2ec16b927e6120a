import { and, eq, like } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { cohortMemberships, cohorts, emailMessages, programs, reflections } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { osloDay } from "../../../app/i18n/dates";
import { advanceClock, clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { scheduleReflectionReminders } from "../../../app/server/email/reflection-reminders.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { consumeReflectionLink, createReflectionLink, inspectReflectionLink } from "../../../app/server/reflection-links.server";
import { createGathering, leaderSpeaking, program, queue } from "../../helpers/email";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { useSmtpServer } from "../../helpers/smtp";
import * as statusPage from "../../../app/routes/programs.$programId.reflections.status";
import { setPreference } from "../../../app/server/notification-preferences.server";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });
const tick = () => scheduleReflectionReminders(getDb());

/** A new programme whose only cohort starts today, with `members` in it. */
function startingProgramme(title: string, members: number[]) {
  const db = getDb();
  const today = osloDay(clock.now());
  const [created] = db
    .insert(programs)
    .values({
      organisationId: program().organisationId,
      title,
      periodStart: today,
      periodEnd: osloDay(clock.nowMs() + 400 * dayMs),
      status: "active",
    })
    .returning()
    .all();
  const [cohort] = db
    .insert(cohorts)
    .values({ programId: created!.id, name: `${title} kull 1`, rolloutOrder: 1, startsOn: today })
    .returning()
    .all();
  db.insert(cohortMemberships)
    .values(members.map((personId) => ({ cohortId: cohort!.id, personId, joinedAt: clock.now() })))
    .run();
  return created!;
}

const rowsFor = (prefix: string) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `${prefix}%`))
    .all();

const receivedBy = (email: string, subjectPart: string) => mail.smtp.to(email).filter((m) => m.mail.subject?.includes(subjectPart));

describe("baseline and closing reflection reminders", () => {
  it("reminds when due and a week later, in each person's language, and skips the second when the reflection is written", async () => {
    const writer = leaderSpeaking("nb", 3);
    const late = leaderSpeaking("en", 1);
    const p = startingProgramme("Påminnelsesprogrammet", [writer.id, late.id]);

    tick();
    const keyOf = (personId: number, step: number) => `reflection_reminder:${personId}:${p.id}:baseline:${step}`;
    expect(
      rowsFor(`reflection_reminder:${writer.id}:${p.id}:`)
        .map((r) => r.idempotencyKey)
        .sort(),
    ).toEqual([keyOf(writer.id, 1), keyOf(writer.id, 2)]);
    const second = rowsFor(keyOf(late.id, 2))[0]!;
    // A week after the first (the test clock runs, so within a few seconds).
    expect(Math.abs(second.dueAt.getTime() - (clock.nowMs() + 7 * dayMs))).toBeLessThan(5_000);
    // Idempotent: another tick queues nothing more.
    tick();
    expect(rowsFor(`reflection_reminder:`).filter((r) => (r.payload as { programId: number }).programId === p.id)).toHaveLength(4);

    await send();
    const [nbMail] = receivedBy(writer.email, "Påminnelsesprogrammet");
    const nbParsed = await simpleParser(nbMail!.raw);
    expect(nbParsed.subject).toBe("Påminnelse: startrefleksjonen i Påminnelsesprogrammet");
    expect(nbParsed.text).toContain("Startrefleksjonen din er ikke skrevet ennå");
    expect(nbParsed.text).toContain(`/my/reflections/new?programId=${p.id}&kind=baseline`);
    expect(nbParsed.html).toContain('lang="nb"');
    // mailparser gathers the List-* headers under "list".
    const list = nbParsed.headers.get("list") as { unsubscribe: { url: string }; "unsubscribe-post": { name: string } };
    expect(list["unsubscribe-post"].name).toBe("List-Unsubscribe=One-Click");
    expect(list.unsubscribe.url).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/.+/);
    const [enMail] = receivedBy(late.email, "Påminnelsesprogrammet");
    const enParsed = await simpleParser(enMail!.raw);
    expect(enParsed.subject).toBe("Reminder: your baseline reflection in Påminnelsesprogrammet");
    expect(enParsed.text).toContain("Your baseline reflection is not written yet");

    // The writer submits the baseline before the second reminder is due.
    getDb()
      .insert(reflections)
      .values({ authorId: writer.id, programId: p.id, kind: "baseline", status: "submitted", submittedAt: clock.now() })
      .run();
    advanceClock(7 * dayMs + 60_000);
    tick();
    await send();
    expect(rowsFor(keyOf(writer.id, 2))[0]).toMatchObject({
      status: "skipped",
      lastError: "the baseline reflection is written or no longer asked for",
    });
    expect(receivedBy(writer.email, "Påminnelsesprogrammet")).toHaveLength(1);
    expect(receivedBy(late.email, "Påminnelsesprogrammet")).toHaveLength(2);
    // Never a third: the due date is more than a week back now, and the steps are sent.
    advanceClock(7 * dayMs);
    tick();
    expect(rowsFor(`reflection_reminder:${late.id}:${p.id}:`)).toHaveLength(2);
  });

  it("has a preview in every language", async () => {
    for (const locale of ["nb", "nn", "sv", "en"] as const) {
      for (const kind of ["reflection_reminder", "reflection_prompt_reminder"] as const) {
        const sample = await renderSample(kind, locale);
        expect(sample.subject.length, `${kind} ${locale}`).toBeGreaterThan(10);
        expect(sample.text).toContain("/account/notifications");
      }
    }
  });
});

describe("the after-gathering prompt's reminder", () => {
  it("reminds once of a link unused after five days, and not when it was used", async () => {
    const unused = leaderSpeaking("en", 2);
    const used = leaderSpeaking("nb", 4);
    const endsAt = new Date(clock.nowMs() - 6 * dayMs);
    const { gathering } = createGathering({
      title: "Etterpå-samling",
      status: "held",
      startsAt: new Date(endsAt.getTime() - 6 * 3_600_000),
      endsAt,
      invitees: [unused.id, used.id],
    });
    const tokens = new Map<number, string>();
    for (const person of [unused, used]) {
      const token = getDb().transaction((tx) => createReflectionLink(tx, person.id, gathering.id, endsAt));
      tokens.set(person.id, token);
      queue("reflection_prompt", person.id, { gatheringId: gathering.id, token }, `test:prompt:${gathering.id}:${person.id}`);
    }
    // Sent when the gathering ended, six days ago.
    getDb()
      .update(emailMessages)
      .set({ status: "sent", sentAt: endsAt })
      .where(and(eq(emailMessages.kind, "reflection_prompt"), like(emailMessages.idempotencyKey, `test:prompt:${gathering.id}:%`)))
      .run();
    const link = inspectReflectionLink(tokens.get(used.id)!);
    expect(link.state).toBe("valid");
    if (link.state === "valid") expect(consumeReflectionLink(link.id, used.id)).toBe(true);

    tick();
    tick();
    expect(rowsFor(`reflection_prompt_reminder:${unused.id}:${gathering.id}`)).toHaveLength(1);
    expect(rowsFor(`reflection_prompt_reminder:${used.id}:${gathering.id}`)).toEqual([]);
    await send();
    const received = receivedBy(unused.email, "Etterpå-samling");
    expect(received).toHaveLength(1);
    const parsed = await simpleParser(received[0]!.raw);
    expect(parsed.subject).toBe("Reminder: how was Etterpå-samling?");
    expect(parsed.text).toContain(`/r/${tokens.get(unused.id)}`);
    expect(receivedBy(used.email, "Etterpå-samling")).toEqual([]);
  });
});

describe('the coordinator\'s "remind those who are missing"', () => {
  it("sends one e-mail per missing person, at most once per three days, and says who was skipped", async () => {
    const [missing, written, optedOut] = [leaderSpeaking("nb", 10), leaderSpeaking("nb", 11), leaderSpeaking("en", 0)];
    const p = startingProgramme("Purreprogrammet", [missing.id, written.id, optedOut.id]);
    getDb()
      .insert(reflections)
      .values({ authorId: written.id, programId: p.id, kind: "baseline", status: "submitted", submittedAt: clock.now() })
      .run();
    getDb().transaction((tx) => setPreference(tx, optedOut.id, "reflection_reminders", false));
    // Signed in afresh each time: the clock moves past a session's idle limit.
    const press = async () =>
      callAction(statusPage.action, path, {}, { cookie: await signInAs("coordinator@example.org"), params: { programId: String(p.id) } });
    const cookie = await signInAs("coordinator@example.org");
    const path = `/programs/${p.id}/reflections/status`;
    const page = await callLoader(statusPage.loader, path, { cookie, params: { programId: String(p.id) } });
    expect(page.data.reminderDays).toBe(3);

    const first = await press();
    expect(first).toMatchObject({ status: 200, data: { reminder: { reminded: 1, recent: 0, optedOut: 1 } } });
    await send();
    const received = receivedBy(missing.email, "Purreprogrammet");
    expect(received).toHaveLength(1);
    expect((await simpleParser(received[0]!.raw)).text).toContain("Startrefleksjonen din er ikke skrevet ennå");
    expect(receivedBy(written.email, "Purreprogrammet")).toEqual([]);
    expect(receivedBy(optedOut.email, "Purreprogrammet")).toEqual([]);

    // Pressed again the next day: skipped; after three days: reminded again.
    advanceClock(dayMs);
    const again = await press();
    expect(again.data.reminder).toEqual({ reminded: 0, recent: 1, optedOut: 1 });
    advanceClock(2 * dayMs + 60_000);
    const later = await press();
    expect(later.data.reminder).toEqual({ reminded: 1, recent: 0, optedOut: 1 });
    await send();
    expect(receivedBy(missing.email, "Purreprogrammet")).toHaveLength(2);
  });
});
