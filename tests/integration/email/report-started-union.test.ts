import { eq, like } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { emailMessages, people, personRoles, programMembers, reportRequests, unionParticipations } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { formatDay, osloDay } from "../../../app/i18n/dates";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { saveUnionStatement, startReport, submitReport } from "../../../app/server/report-workflow.server";
import * as reportTab from "../../../app/routes/programs.$programId.report";
import { fjellby, lookup } from "../../helpers/lookups";
import { callAction, signInAs } from "../../helpers/routes";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });

const rowsFor = (prefix: string) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `${prefix}%`))
    .all();

let serial = 0;
/** A union representative of the demo district in the programme, in the secretariat or not. */
function unionRep(locale: "nb" | "en", way: "member" | "mode" | "outside") {
  const program = lookup.program(fjellby);
  const person = getDb()
    .insert(people)
    .values({
      organisationId: program.organisationId,
      name: `Tillitsvalgt ${++serial}`,
      email: `tv-${serial}-${Math.random().toString(36).slice(2)}@fjellby.example.org`,
      preferredLanguage: locale,
    })
    .returning()
    .get();
  getDb().insert(personRoles).values({ personId: person.id, role: "union_rep" }).run();
  getDb()
    .insert(unionParticipations)
    .values({ programId: program.id, personId: person.id, unionName: "Parat", mode: way === "mode" ? "secretariat" : "full" })
    .run();
  if (way === "member")
    getDb().insert(programMembers).values({ programId: program.id, personId: person.id, memberGroup: "secretariat" }).run();
  return person;
}

/** A new request from the directorate for the demo programme's final report, due in `days` days. */
function request(days: number) {
  const program = lookup.program(fjellby);
  const dueOn = osloDay(clock.nowMs() + days * dayMs);
  const id = getDb()
    .insert(reportRequests)
    .values({ programId: program.id, requestedById: lookup.person("directorate@example.org").id, dueOn })
    .returning({ id: reportRequests.id })
    .get().id;
  return { program, id, dueOn };
}

const coordinator = () => lookup.person("coordinator@example.org");

describe("the union representatives' notice when a final report is started", () => {
  it("goes once to each union representative in the secretariat, in their language, and to nobody outside it", async () => {
    const byMembership = unionRep("en", "member");
    const byMode = unionRep("nb", "mode");
    const outside = unionRep("nb", "outside");
    const { program, id: requestId, dueOn } = request(45);

    // The coordinator presses "Start" on the report tab; pressed again, it opens the same report.
    const cookie = await signInAs("coordinator@example.org");
    const press = () =>
      callAction(
        reportTab.action,
        `/programs/${program.id}/report`,
        { intent: "start", requestId: String(requestId) },
        { cookie, params: { programId: String(program.id) } },
      );
    const first = await press();
    expect(first.status).toBe(302);
    const reportId = Number(first.location!.split("/").pop());
    expect((await press()).location).toBe(first.location);
    const rows = rowsFor(`report_started_union:${reportId}:`);
    const recipients = rows.map((r) => r.recipientPersonId);
    expect(recipients).toContain(byMembership.id);
    expect(recipients).toContain(byMode.id);
    expect(recipients).not.toContain(outside.id);
    // The demo's chief union representative sits in the secretariat too; nobody gets two.
    expect(recipients).toContain(lookup.person("union@example.org").id);
    expect(new Set(recipients).size).toBe(recipients.length);

    await send();
    expect(mail.smtp.to(outside.email)).toEqual([]);
    const [en] = mail.smtp.to(byMembership.email);
    const enParsed = await simpleParser(en!.raw);
    expect(enParsed.subject).toBe(`Final report: the union representatives' assessment is needed – ${fjellby}`);
    expect(enParsed.text).toContain(`Report deadline: ${formatDay(dueOn, "en")}`);
    expect(enParsed.text).toContain(`http://localhost:3000/programs/${program.id}/report/${reportId}`);
    expect(enParsed.html).toContain('lang="en"');
    // Essential: no one-click unsubscribe.
    expect(enParsed.headers.get("list")).toBeUndefined();
    const received = mail.smtp.to(byMode.email);
    expect(received).toHaveLength(1);
    const nbParsed = await simpleParser(received[0]!.raw);
    expect(nbParsed.subject).toBe(`Sluttrapport: de tillitsvalgtes vurdering trengs – ${fjellby}`);
    expect(nbParsed.text).toContain(`Frist for rapporten: ${formatDay(dueOn, "nb")}`);
    expect(nbParsed.html).toContain(`/programs/${program.id}/report/${reportId}`);
  });

  it("is skipped with the reason when the statement is given, or the report submitted, before it goes out", async () => {
    const rep = unionRep("nb", "member");
    const first = request(30);
    const answered = startReport(first.program.id, first.id)!;
    saveUnionStatement(answered, "Vi har vært med fra start og støtter programmet.");
    const second = request(31);
    const submitted = startReport(second.program.id, second.id)!;
    submitReport(coordinator(), submitted);

    await send();
    expect(rowsFor(`report_started_union:${answered}:${rep.id}`)[0]).toMatchObject({
      status: "skipped",
      lastError: "the union statement has been given",
    });
    expect(rowsFor(`report_started_union:${submitted}:${rep.id}`)[0]).toMatchObject({
      status: "skipped",
      lastError: "the report is already submitted",
    });
    expect(mail.smtp.to(rep.email)).toEqual([]);
  });

  it("is skipped when the recipient has left the secretariat meanwhile", async () => {
    const rep = unionRep("nb", "member");
    const r = request(40);
    const reportId = startReport(r.program.id, r.id)!;
    getDb().delete(programMembers).where(eq(programMembers.personId, rep.id)).run();
    await send();
    expect(rowsFor(`report_started_union:${reportId}:${rep.id}`)[0]).toMatchObject({
      status: "skipped",
      lastError: "the recipient no longer sits in the secretariat as a union representative",
    });
  });

  it("has a preview in every language", async () => {
    for (const locale of ["nb", "nn", "sv", "en"] as const) {
      const sample = await renderSample("report_started_union", locale);
      expect(sample.subject.length, locale).toBeGreaterThan(10);
      expect(sample.text).toContain("/programs/1/report/1");
    }
  });
});
