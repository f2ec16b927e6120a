import { eq, like } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it } from "vitest";
import {
  emailMessages,
  finalReports,
  gatherings,
  invitations,
  organisations,
  people,
  personRoles,
  programs,
  reportRequests,
} from "../../../db/schema";
import { digestMomentOf, isoWeekOf, weekNumber } from "../../../app/domain/digest";
import { dayMs } from "../../../app/domain/time";
import { formatDay, osloDay } from "../../../app/i18n/dates";
import { clock, setClock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { scheduleWeeklyDigests } from "../../../app/server/email/digest.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { formatEmailDate } from "../../../app/server/email/format.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { setPreference } from "../../../app/server/notification-preferences.server";
import { lookup } from "../../helpers/lookups";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });
const tick = () => scheduleWeeklyDigests(getDb());
afterAll(() => setClock(null));

const hourMs = 3_600_000;
// Next week's Monday 07:00 Oslo: always ahead of the test clock, whatever instant it starts at.
const moment = digestMomentOf(clock.nowMs() + 7 * dayMs);
const week = isoWeekOf(moment);
const at = (offsetMs: number) => new Date(moment.getTime() + offsetMs);

const rowsFor = (prefix: string) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `${prefix}%`))
    .all();
const digestOf = (personId: number, w = week) => rowsFor(`weekly_digest:${personId}:${w}`)[0];

/** An organisation of its own, so that what the digest lists is exactly what the test prepared. */
function organisation(name: string) {
  const db = getDb();
  const org = db.insert(organisations).values({ name, kind: "municipality" }).returning().get();
  const person = (label: string, locale: "nb" | "en", role: "coordinator" | "leader") => {
    const p = db
      .insert(people)
      .values({
        organisationId: org.id,
        name: `${label} ${name}`,
        email: `${label}@${name.toLowerCase()}.example.org`,
        preferredLanguage: locale,
      })
      .returning()
      .get();
    db.insert(personRoles).values({ personId: p.id, role }).run();
    return p;
  };
  return { org, person };
}

/** A programme with one thing of each kind to follow up, and one of each kind that is done. */
function preparedProgramme() {
  const { org, person } = organisation("Ukeby");
  const nb = person("koordinator", "nb", "coordinator");
  const en = person("coordinator", "en", "coordinator");
  const off = person("stille", "nb", "coordinator");
  const [a, b, c] = [person("leder-a", "nb", "leader"), person("leder-b", "nb", "leader"), person("leder-c", "nb", "leader")];
  const db = getDb();
  const p = db
    .insert(programs)
    .values({
      organisationId: org.id,
      title: "Ledelse i Ukeby",
      periodStart: osloDay(at(-200 * dayMs)),
      periodEnd: osloDay(at(200 * dayMs)),
      status: "active",
    })
    .returning()
    .get();
  const gathering = (title: string, status: "confirmed" | "held" | "cancelled", startOffset: number, rsvps: ("pending" | "accepted")[]) => {
    const g = db
      .insert(gatherings)
      .values({ programId: p.id, title, status, startsAt: at(startOffset), endsAt: at(startOffset + 6 * hourMs) })
      .returning()
      .get();
    const rows = rsvps.map((rsvp, i) => ({ gatheringId: g.id, personId: [a, b, c][i]!.id, rsvp }));
    const invited = rows.length ? db.insert(invitations).values(rows).returning().all() : [];
    return { g, invited };
  };
  const unanswered = gathering("Samling om tillit", "confirmed", 10 * dayMs, ["pending", "accepted", "pending"]);
  gathering("Samling alle har svart på", "confirmed", 20 * dayMs, ["accepted", "accepted"]);
  const noRollCall = gathering("Samling uten oppmøte", "held", -3 * dayMs, ["accepted", "accepted"]);
  const marked = gathering("Samling med oppmøte", "held", -4 * dayMs, ["accepted", "accepted"]);
  db.update(invitations).set({ attendance: "present" }).where(eq(invitations.id, marked.invited[0]!.id)).run();
  gathering("Avlyst samling", "cancelled", -5 * dayMs, ["accepted"]);

  const directorate = lookup.person("directorate@example.org").id;
  const ask = (dueOffset: number) =>
    db
      .insert(reportRequests)
      .values({ programId: p.id, requestedById: directorate, dueOn: osloDay(at(dueOffset)) })
      .returning()
      .get();
  const notStarted = ask(30 * dayMs);
  const overdue = ask(-2 * dayMs);
  db.insert(finalReports).values({ programId: p.id, requestId: overdue.id }).run();
  const done = ask(10 * dayMs);
  db.insert(finalReports).values({ programId: p.id, requestId: done.id, status: "submitted" }).run();

  db.transaction((tx) => setPreference(tx, off.id, "weekly_digest", false));
  return { p, nb, en, off, unanswered: unanswered.g, noRollCall: noRollCall.g, notStarted, overdue };
}

describe("the coordinator's weekly digest", () => {
  const prepared = preparedProgramme();
  const quiet = organisation("Stilleby").person("koordinator", "nb", "coordinator");

  it("is queued on Monday from 07:00 Oslo time, once per coordinator and week", () => {
    setClock(at(-60_000));
    tick();
    expect(digestOf(prepared.nb.id)).toBeUndefined();

    setClock(moment);
    expect(tick()).toBeGreaterThanOrEqual(4);
    for (const person of [prepared.nb, prepared.en, prepared.off, quiet]) {
      expect(digestOf(person.id), person.email).toMatchObject({ kind: "weekly_digest", status: "queued", payload: { week } });
    }
    // Every minute of the Monday again: nothing new.
    setClock(at(2 * hourMs));
    expect(tick()).toBe(0);
    // A leader gets none.
    expect(rowsFor("weekly_digest:").some((r) => r.recipientPersonId === lookup.person("leader@example.org").id)).toBe(false);
  });

  it("lists what to follow up, in the coordinator's language, with links and one-click unsubscribe", async () => {
    setClock(at(2 * hourMs));
    await send();
    const { p, unanswered, noRollCall } = prepared;
    const [nbMail] = mail.smtp.to(prepared.nb.email);
    const nb = await simpleParser(nbMail!.raw);
    expect(nb.subject).toBe(`Ukeoversikt for uke ${weekNumber(week)}: 4 saker å følge opp`);
    expect(nb.text).toContain(`Samling om tillit (Ledelse i Ukeby), ${formatEmailDate(unanswered.startsAt, "nb")}: 2 av 3 har ikke svart`);
    expect(nb.text).toContain(`http://localhost:3000/gatherings/${unanswered.id}\n`);
    expect(nb.text).toContain(`Samling uten oppmøte (Ledelse i Ukeby), ${formatEmailDate(noRollCall.startsAt, "nb")}`);
    expect(nb.text).toContain(`http://localhost:3000/gatherings/${noRollCall.id}/roll-call`);
    expect(nb.text).toContain(`Ledelse i Ukeby: frist ${formatDay(prepared.notStarted.dueOn, "nb")}`);
    expect(nb.text).toContain(`Ledelse i Ukeby: fristen var ${formatDay(prepared.overdue.dueOn, "nb")}`);
    expect(nb.text).toContain(`http://localhost:3000/programs/${p.id}/report`);
    for (const absent of ["Samling alle har svart på", "Samling med oppmøte", "Avlyst samling"]) expect(nb.text).not.toContain(absent);
    expect(nb.html).toContain(`href="http://localhost:3000/gatherings/${noRollCall.id}/roll-call"`);
    expect(nb.html).toContain('lang="nb"');
    const list = nb.headers.get("list") as { unsubscribe: { url: string } };
    expect(list.unsubscribe.url).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/.+/);

    const [enMail] = mail.smtp.to(prepared.en.email);
    const en = await simpleParser(enMail!.raw);
    expect(en.subject).toBe(`Weekly digest for week ${weekNumber(week)}: 4 items to follow up`);
    expect(en.text).toContain("2 of 3 have not answered");
    expect(en.text).toContain(`Ledelse i Ukeby: the deadline was ${formatDay(prepared.overdue.dueOn, "en")}`);
  });

  it("is not sent to a coordinator who turned it off, nor when there is nothing to say", () => {
    expect(digestOf(prepared.off.id)).toMatchObject({ status: "skipped", lastError: "the recipient has turned off weekly digest" });
    expect(mail.smtp.to(prepared.off.email)).toEqual([]);
    expect(digestOf(quiet.id)).toMatchObject({ status: "skipped", lastError: "nothing to follow up this week" });
    expect(mail.smtp.to(quiet.email)).toEqual([]);
  });

  it("comes again the next Monday, not before", async () => {
    setClock(at(3 * dayMs));
    expect(tick()).toBe(0);
    setClock(at(7 * dayMs));
    const next = isoWeekOf(at(7 * dayMs));
    expect(next).not.toBe(week);
    expect(tick()).toBeGreaterThanOrEqual(4);
    expect(digestOf(prepared.nb.id, next)).toMatchObject({ status: "queued" });
    await send();
    expect(mail.smtp.to(prepared.nb.email)).toHaveLength(2);
  });

  it("has a preview in every language", async () => {
    for (const locale of ["nb", "nn", "sv", "en"] as const) {
      const sample = await renderSample("weekly_digest", locale);
      expect(sample.subject.length, locale).toBeGreaterThan(10);
      expect(sample.text).toContain("/gatherings/3/roll-call");
      expect(sample.text).toContain("/account/notifications");
    }
  });
});
