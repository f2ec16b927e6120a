import { and, asc, eq, like } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  comments,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  emailMessages,
  type people,
  programMembers,
  programs,
} from "../../../db/schema";
import { consultationReminderAt } from "../../../app/domain/consultation-notices";
import { dayMs } from "../../../app/domain/time";
import { osloDay, osloLocalToUtc, toOsloLocalInput } from "../../../app/i18n/dates";
import * as consultationPage from "../../../app/routes/programs.$programId.direction.$version_.consultation";
import * as commentPage from "../../../app/routes/consultations.$consultationId";
import * as reviewPage from "../../../app/routes/consultations.$consultationId_.review";
import { clock, setClock } from "../../../app/server/clock.server";
import { scheduleConsultationReminders } from "../../../app/server/consultation-notices.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { formatDeadline } from "../../../app/server/email/format.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { settlingMs } from "../../../app/server/gathering-mail.server";
import { setPreference } from "../../../app/server/notification-preferences.server";
import { leaderSpeaking, personByEmail, program } from "../../helpers/email";
import { callAction, signInAs } from "../../helpers/routes";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const db = getDb();
const start = clock.nowMs();
// Frozen, so each step happens at the instant the test names (relative to the test clock's start).
beforeAll(() => setClock(new Date(start)));
afterAll(() => setClock(null));

const at = (instant: Date | number) => setClock(new Date(instant));
const send = (now: Date) => dispatchAllDue({ transport: mail.transport, owner: "consultation-deadline", now: () => now });

type Person = typeof people.$inferSelect;
let programmes = 0;

/**
 * A new programme of the district whose direction document (five sections) goes out for consultation
 * now to `invitees` (as its secretariat), with the deadline `deadlineDays` on at 16:00 Oslo, through
 * the coordinator's form.
 */
async function consultationFor(invitees: Person[], deadlineDays = 6) {
  const district = program();
  const title = `Høringsprogram ${++programmes}`;
  const [created] = db
    .insert(programs)
    .values({
      organisationId: district.organisationId,
      title,
      periodStart: osloDay(clock.now()),
      periodEnd: osloDay(clock.nowMs() + 300 * dayMs),
      status: "active",
      contactPersonId: personByEmail("coordinator@example.org").id,
    })
    .returning()
    .all();
  const programId = created!.id;
  const [document] = db
    .insert(directionDocuments)
    .values({ programId, title: `Retning for ${title}` })
    .returning()
    .all();
  const [version] = db.insert(directionVersions).values({ documentId: document!.id, number: 1 }).returning().all();
  db.insert(directionSections)
    .values(
      ["Mål", "Målgrupper", "Utforming", "Roller", "Evaluering"].map((t, i) => ({
        versionId: version!.id,
        key: `s${i}`,
        title: t,
        position: i + 1,
      })),
    )
    .run();
  db.insert(programMembers)
    .values(invitees.map((p) => ({ programId, personId: p.id, memberGroup: "secretariat" as const })))
    .run();
  const deadline = osloAt(deadlineDays, "16:00");
  const opened = await coordinatorPosts(programId, { intent: "open", groups: "secretariat", deadline: toOsloLocalInput(deadline) });
  expect(opened.status, JSON.stringify(opened.data)).toBe(302);
  const consultation = db.select().from(consultations).where(eq(consultations.versionId, version!.id)).get()!;
  const sections = db
    .select()
    .from(directionSections)
    .where(eq(directionSections.versionId, version!.id))
    .orderBy(asc(directionSections.position))
    .all();
  return { programId, id: consultation.id, deadline, document: document!.title, sections: sections.map((s) => s.id) };
}

/** The Oslo wall-clock time `time` on the day `days` after the test clock's start (not the clock as moved since). */
const osloAt = (days: number, time: string) => osloLocalToUtc(`${osloDay(start + days * dayMs)}T${time}`)!;

async function coordinatorPosts(programId: number, form: Record<string, string>) {
  return callAction(consultationPage.action, `/programs/${programId}/direction/1/consultation`, form, {
    cookie: await signInAs("coordinator@example.org"),
    params: { programId: String(programId), version: "1" },
  });
}

async function draft(person: Person, consultationId: number, sectionId: number) {
  const result = await callAction(
    commentPage.action,
    `/consultations/${consultationId}`,
    { intent: "save-draft", sectionId: String(sectionId), body: `Innspill fra ${person.name}` },
    { cookie: await signInAs(person.email), params: { consultationId: String(consultationId) } },
  );
  expect(result.status).toBe(200);
}

async function submitDrafts(person: Person, consultationId: number) {
  const drafts = db
    .select()
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), eq(comments.authorId, person.id), eq(comments.status, "draft")))
    .all();
  const form: Record<string, string> = { intent: "submit" };
  drafts.forEach((d, i) => {
    form[`drafts[${i}].id`] = String(d.id);
    form[`drafts[${i}].body`] = d.body;
  });
  const result = await callAction(reviewPage.action, `/consultations/${consultationId}/review`, form, {
    cookie: await signInAs(person.email),
    params: { consultationId: String(consultationId) },
  });
  expect(result.status).toBe(302);
}

const rows = (kind: string, consultationId: number) =>
  db
    .select()
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `${kind}:${consultationId}:%`))
    .all();
const rowOf = (kind: string, consultationId: number, person: Person) =>
  rows(kind, consultationId).filter((r) => r.recipientPersonId === person.id);
const received = (person: Person, subject: RegExp) => mail.smtp.to(person.email).filter((m) => subject.test(m.mail.subject ?? ""));

const unsubscribeUrl = (parsed: ParsedMail) =>
  (parsed.headers.get("list") as { unsubscribe?: { url: string } } | undefined)?.unsubscribe?.url;

const reminderSubject = /^(Påminnelse: høringsfrist|Reminder: consultation closes)/;
const movedSubject = /^(Ny høringsfrist|New consultation deadline)/;

describe("the consultation deadline reminder", () => {
  it("goes once, at 08:00 Oslo two days before the deadline, to each invitee who has not submitted, in their language", async () => {
    const [nothing, drafter, done, both] = [
      leaderSpeaking("nb", 0),
      leaderSpeaking("nb", 1),
      leaderSpeaking("nb", 2),
      leaderSpeaking("nb", 3),
    ];
    const english = leaderSpeaking("en", 0);
    const c = await consultationFor([nothing, drafter, done, both, english]);
    await draft(drafter, c.id, c.sections[0]!);
    await draft(drafter, c.id, c.sections[3]!);
    await draft(done, c.id, c.sections[1]!);
    await submitDrafts(done, c.id);
    // Submitted one comment, then started another: there is still something to send.
    await draft(both, c.id, c.sections[1]!);
    await submitDrafts(both, c.id);
    await draft(both, c.id, c.sections[2]!);

    const moment = consultationReminderAt(c.deadline);
    expect(toOsloLocalInput(moment)).toBe(toOsloLocalInput(osloAt(4, "08:00")));
    scheduleConsultationReminders(db, new Date(moment.getTime() - 60_000));
    expect(rows("consultation_deadline_reminder", c.id)).toEqual([]);
    scheduleConsultationReminders(db, moment);
    const queued = rows("consultation_deadline_reminder", c.id);
    expect(queued).toHaveLength(4);
    scheduleConsultationReminders(db, new Date(moment.getTime() + 3_600_000));
    expect(rows("consultation_deadline_reminder", c.id)).toHaveLength(4);
    expect(new Set(queued.map((r) => r.recipientPersonId))).toEqual(new Set([nothing.id, drafter.id, both.id, english.id]));
    expect(queued.map((r) => r.idempotencyKey)).toContain(`consultation_deadline_reminder:${c.id}:${nothing.id}:${c.deadline.getTime()}`);

    await send(moment);
    const deadlineNb = formatDeadline(c.deadline, "nb");
    const [toNothing] = received(nothing, reminderSubject);
    expect(received(nothing, reminderSubject)).toHaveLength(1);
    expect(toNothing!.mail.subject).toBe(`Påminnelse: høringsfrist ${deadlineNb} – ${c.document}`);
    expect(toNothing!.mail.text).toContain("Du har ikke gitt innspill ennå. Dokumentet har 5 deler");
    expect(toNothing!.mail.text).toContain(`Les og gi innspill: http://localhost:3000/consultations/${c.id}\n`);
    expect(toNothing!.mail.html).toContain("Høringsfristen nærmer seg");
    // Optional, so it carries the one-click unsubscribe link.
    expect(unsubscribeUrl(toNothing!.mail)).toMatch(/\/unsubscribe\/unsubscribe-\d+-consultation_reminders\./);

    const toDrafter = received(drafter, reminderSubject)[0]!.mail;
    expect(toDrafter.text).toContain("Du har utkast til 2 av 5 deler av dokumentet som ikke er sendt ennå.");
    expect(toDrafter.text).toContain(`http://localhost:3000/consultations/${c.id}/review`);
    expect(received(both, reminderSubject)[0]!.mail.text).toContain("utkast til 1 av 5 deler");

    const toEnglish = received(english, reminderSubject);
    expect(toEnglish).toHaveLength(1);
    expect(toEnglish[0]!.mail.subject).toBe(`Reminder: consultation closes ${formatDeadline(c.deadline, "en")} – ${c.document}`);
    expect(toEnglish[0]!.mail.text).toContain("You have not commented yet. The document has 5 sections");
    expect(received(done, reminderSubject)).toEqual([]);
  });

  it("is skipped with the reason when the person submits after it was queued, or has turned such reminders off", async () => {
    const [submitter, optedOut] = [leaderSpeaking("nb", 4), leaderSpeaking("nb", 5)];
    const c = await consultationFor([submitter, optedOut]);
    db.transaction((tx) => setPreference(tx, optedOut.id, "consultation_reminders", false));
    await draft(submitter, c.id, c.sections[0]!);
    const moment = consultationReminderAt(c.deadline);
    scheduleConsultationReminders(db, moment);
    expect(rows("consultation_deadline_reminder", c.id)).toHaveLength(2);

    at(moment.getTime() + 60_000);
    await submitDrafts(submitter, c.id);
    await send(new Date(moment.getTime() + 120_000));
    expect(rowOf("consultation_deadline_reminder", c.id, submitter)[0]).toMatchObject({
      status: "skipped",
      lastError: "the invitee has submitted their comments",
    });
    expect(rowOf("consultation_deadline_reminder", c.id, optedOut)[0]).toMatchObject({
      status: "skipped",
      lastError: "the recipient has turned off consultation reminders",
    });
    expect(received(submitter, reminderSubject)).toEqual([]);
    expect(received(optedOut, reminderSubject)).toEqual([]);
    at(start);
  });

  it("is not sent for a consultation opened after its moment: the invitation has just named the deadline", async () => {
    const person = leaderSpeaking("nb", 6);
    const c = await consultationFor([person], 1);
    expect(consultationReminderAt(c.deadline).getTime()).toBeLessThan(start);
    scheduleConsultationReminders(db, new Date(start + 60_000));
    expect(rows("consultation_deadline_reminder", c.id)).toEqual([]);
  });
});

describe("the deadline-moved notice", () => {
  it("goes to each invitee who has not submitted, once for a burst of changes, with the deadline they knew and the newest", async () => {
    const [nothing, drafter, done] = [leaderSpeaking("nb", 7), leaderSpeaking("nb", 8), leaderSpeaking("nb", 9)];
    const english = leaderSpeaking("en", 1);
    const c = await consultationFor([nothing, drafter, done, english]);
    await draft(drafter, c.id, c.sections[0]!);
    await draft(done, c.id, c.sections[0]!);
    await submitDrafts(done, c.id);
    // The reminder for the first deadline is queued; the deadline then moves twice within minutes.
    const moment = consultationReminderAt(c.deadline);
    at(moment);
    scheduleConsultationReminders(db, moment);
    expect(rows("consultation_deadline_reminder", c.id)).toHaveLength(3);

    const firstMove = osloAt(12, "16:00");
    // Not so far on that the demo's own consultation (14 days on) is due for its reminder at the new moment.
    const latest = osloAt(13, "12:00");
    at(moment.getTime() + 60_000);
    expect((await coordinatorPosts(c.programId, { intent: "deadline", deadline: toOsloLocalInput(firstMove) })).status).toBe(302);
    at(moment.getTime() + 3 * 60_000);
    expect((await coordinatorPosts(c.programId, { intent: "deadline", deadline: toOsloLocalInput(latest) })).status).toBe(302);

    const notices = rows("consultation_deadline_moved", c.id);
    expect(new Set(notices.map((r) => r.recipientPersonId))).toEqual(new Set([nothing.id, drafter.id, english.id]));
    expect(notices).toHaveLength(3);
    for (const notice of notices) {
      expect(notice.payload).toEqual({ consultationId: c.id, previousDeadline: c.deadline.toISOString(), deadline: latest.toISOString() });
      expect(notice.dueAt).toEqual(new Date(moment.getTime() + 3 * 60_000 + settlingMs));
    }

    const sendAt = new Date(moment.getTime() + 3 * 60_000 + settlingMs);
    await send(new Date(sendAt.getTime() - 60_000));
    expect(received(nothing, movedSubject)).toEqual([]);
    await send(sendAt);
    const toNothing = received(nothing, movedSubject);
    expect(toNothing).toHaveLength(1);
    expect(toNothing[0]!.mail.subject).toBe(`Ny høringsfrist ${formatDeadline(latest, "nb")} – ${c.document}`);
    expect(toNothing[0]!.mail.text).toContain(`Den var ${formatDeadline(c.deadline, "nb")}.`);
    expect(toNothing[0]!.mail.text).toContain(`Ny frist: ${formatDeadline(latest, "nb")}`);
    // Essential: no unsubscribe link.
    expect(unsubscribeUrl(toNothing[0]!.mail)).toBeUndefined();
    expect(received(drafter, movedSubject)[0]!.mail.text).toContain("Se over og send innspillene:");
    const toEnglish = received(english, movedSubject);
    expect(toEnglish).toHaveLength(1);
    expect(toEnglish[0]!.mail.text).toContain(`It was ${formatDeadline(c.deadline, "en")}.`);
    expect(received(done, movedSubject)).toEqual([]);

    // The reminders for the old deadline were skipped; the new deadline gets its own at its moment.
    for (const row of rows("consultation_deadline_reminder", c.id)) {
      expect(row).toMatchObject({ status: "skipped", lastError: "the deadline has moved since (a reminder for the new one follows)" });
    }
    expect(received(nothing, reminderSubject)).toEqual([]);
    const newMoment = consultationReminderAt(latest);
    scheduleConsultationReminders(db, new Date(newMoment.getTime() - 60_000));
    expect(rows("consultation_deadline_reminder", c.id)).toHaveLength(3);
    scheduleConsultationReminders(db, newMoment);
    expect(rows("consultation_deadline_reminder", c.id)).toHaveLength(6);
    expect(rowOf("consultation_deadline_reminder", c.id, nothing).map((r) => r.idempotencyKey)).toContain(
      `consultation_deadline_reminder:${c.id}:${nothing.id}:${latest.getTime()}`,
    );
    at(start);
  });

  it("is skipped when the deadline is moved back before it goes out", async () => {
    const person = leaderSpeaking("nb", 10);
    const c = await consultationFor([person]);
    at(start + 60_000);
    await coordinatorPosts(c.programId, { intent: "deadline", deadline: toOsloLocalInput(osloAt(9, "16:00")) });
    at(start + 2 * 60_000);
    await coordinatorPosts(c.programId, { intent: "deadline", deadline: toOsloLocalInput(c.deadline) });
    const [notice] = rows("consultation_deadline_moved", c.id);
    expect(rows("consultation_deadline_moved", c.id)).toHaveLength(1);
    await send(new Date(start + 2 * 60_000 + settlingMs));
    expect(rowOf("consultation_deadline_moved", c.id, person)[0]).toMatchObject({
      id: notice!.id,
      status: "skipped",
      lastError: "the deadline is back where it was",
    });
    at(start);
  });

  it("has a preview in every language", async () => {
    for (const locale of ["nb", "nn", "sv", "en"] as const) {
      const reminder = await renderSample("consultation_deadline_reminder", locale);
      expect(reminder.text).toContain("/consultations/1/review");
      const moved = await renderSample("consultation_deadline_moved", locale);
      expect(moved.text).toContain("/consultations/1");
    }
    expect((await renderSample("consultation_deadline_moved", "nn")).subject).toMatch(/^Ny høyringsfrist /);
    expect((await renderSample("consultation_deadline_reminder", "sv")).subject).toMatch(/^Påminnelse: sista svarsdag /);
  });
});
