import { describe, expect, it } from "vitest";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { renderOutboxMessage, type EmailRow, type RenderedEmail } from "../../../app/server/email/render.server";

const sql = getDb().$client;
const hourMs = 3_600_000;

/** A seeded gathering with an invitee, given a fresh agenda; returns the invitee's invitation e-mail. */
async function invitationFor(days: 1 | 2, locale: "nb" | "en"): Promise<RenderedEmail> {
  const { gatheringId, invitationId, personId } = sql
    .prepare(
      `select i.gathering_id as gatheringId, i.id as invitationId, i.person_id as personId from invitations i
       join gatherings g on g.id = i.gathering_id where g.status != 'cancelled' order by i.id limit 1`,
    )
    .get() as { gatheringId: number; invitationId: number; personId: number };
  // A Tuesday morning some weeks after the test clock's day.
  const monday = Math.floor(clock.nowMs() / dayMs) * dayMs + 28 * dayMs;
  const tuesday = monday + ((9 - new Date(monday).getUTCDay()) % 7) * dayMs + 8 * hourMs;
  const end = tuesday + (days === 2 ? 31 : 7) * hourMs;
  sql.prepare("update gatherings set starts_at = ?, ends_at = ? where id = ?").run(tuesday, end, gatheringId);
  sql.prepare("delete from agenda_items where gathering_id = ?").run(gatheringId);
  const rows = [
    [0, "Velkommen"],
    [1, "Fra fagperson til leder"],
    [days === 2 ? 24 : 5, "Oppsummering"],
  ] as const;
  rows.forEach(([hours, title], position) =>
    sql
      .prepare("insert into agenda_items (gathering_id, position, starts_at, title) values (?, ?, ?, ?)")
      .run(gatheringId, position, tuesday + hours * hourMs, title),
  );
  sql.prepare("update people set preferred_language = ? where id = ?").run(locale, personId);
  const person = sql.prepare("select name, email from people where id = ?").get(personId) as { name: string; email: string };
  const row = {
    id: 0,
    kind: "invitation",
    recipientPersonId: personId,
    recipientEmail: person.email,
    recipientName: person.name,
    locale,
    payload: { gatheringId, invitationId, sequence: 0 },
  } as unknown as EmailRow;
  const rendered = await renderOutboxMessage(getDb(), row, {
    now: clock.now(),
    appUrl: "http://localhost:3000",
    mailFrom: "no-reply@localhost",
    hideSecrets: false,
  });
  if ("skip" in rendered) throw new Error(rendered.skip);
  return rendered;
}

describe("the agenda in gathering e-mails", () => {
  it("gives each row its day when the gathering runs over two days: text, HTML and the calendar event", async () => {
    const mail = await invitationFor(2, "nb");
    const description = mail.calendar!.content.replace(/\r\n[ \t]/g, "");
    // Times as Oslo shows them, whatever the test clock's season.
    for (const part of [mail.text, mail.html, description]) {
      expect(part.match(/tirsdag \d+\. \w+ \d\d:\d\d/g)).toHaveLength(2);
      expect(part.match(/onsdag \d+\. \w+ \d\d:\d\d/g)).toHaveLength(1);
    }
    const english = await invitationFor(2, "en");
    expect(english.text.match(/Wednesday \d+ \w+ \d\d:\d\d/g)).toHaveLength(1);
  });

  it("keeps bare times for a gathering within one day", async () => {
    const mail = await invitationFor(1, "nb");
    expect(mail.text).toMatch(/\b\d\d:\d\d\s+Velkommen/);
    expect(mail.text).not.toMatch(/(tirsdag|onsdag) \d+\. \w+ \d\d:\d\d/);
  });
});
