import { and, eq, like } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { comments, consultations, directionVersions, emailMessages, people } from "../../../db/schema";
import { notifyCommentsAnswered } from "../../../app/server/consultation-mail.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { renderSample } from "../../../app/server/email/samples.server";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });
const db = getDb();

/** The demo's consultations with who submitted comments and who only has drafts, from the database. */
function consultationWithComments() {
  const rows = db
    .select({
      consultationId: consultations.id,
      documentId: directionVersions.documentId,
      number: directionVersions.number,
      authorId: comments.authorId,
      status: comments.status,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .all();
  const submitted = rows.find((r) => r.status === "submitted")!;
  const authors = new Set(
    rows.filter((r) => r.consultationId === submitted.consultationId && r.status === "submitted").map((r) => r.authorId),
  );
  return { ...submitted, authors };
}

const answered = (consultationId: number) =>
  db
    .select()
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `consultation_answered:${consultationId}:%`))
    .all();

describe('"your comments have been answered"', () => {
  it("tells each author of a submitted comment once, in their language, with a link to the answers", async () => {
    const c = consultationWithComments();
    expect(c.authors.size).toBeGreaterThan(0);
    // One author reads English, so both languages are checked.
    const [english] = [...c.authors];
    db.update(people).set({ preferredLanguage: "en" }).where(eq(people.id, english!)).run();

    // A decision on an earlier version does not settle this consultation.
    db.transaction((tx) => notifyCommentsAnswered(tx, c.documentId, c.number - 1));
    expect(answered(c.consultationId)).toEqual([]);

    db.transaction((tx) => notifyCommentsAnswered(tx, c.documentId, c.number));
    db.transaction((tx) => notifyCommentsAnswered(tx, c.documentId, c.number + 1));
    const rows = answered(c.consultationId);
    expect(new Set(rows.map((r) => r.recipientPersonId))).toEqual(c.authors);
    expect(rows).toHaveLength(c.authors.size);

    await send();
    for (const personId of c.authors) {
      const person = db.select().from(people).where(eq(people.id, personId)).get()!;
      const received = mail.smtp.to(person.email).filter((m) => /besvart|answered/.test(m.mail.subject ?? ""));
      expect(received, person.email).toHaveLength(1);
      const parsed = await simpleParser(received[0]!.raw);
      expect(parsed.text).toContain(`/consultations/${c.consultationId}`);
      expect(parsed.subject).toMatch(personId === english ? /^Your comments have been answered: / : /^Innspillene dine er besvart: /);
    }
  });

  it("is not sent to someone with only a draft", () => {
    const drafts = db
      .select({ authorId: comments.authorId, consultationId: comments.consultationId })
      .from(comments)
      .where(eq(comments.status, "draft"))
      .all()
      .filter(
        (d) =>
          !db
            .select()
            .from(comments)
            .where(and(eq(comments.authorId, d.authorId), eq(comments.consultationId, d.consultationId), eq(comments.status, "submitted")))
            .get(),
      );
    for (const d of drafts) expect(answered(d.consultationId).filter((r) => r.recipientPersonId === d.authorId)).toEqual([]);
  });

  it("has a preview in every language", async () => {
    for (const locale of ["nb", "nn", "sv", "en"] as const) {
      const sample = await renderSample("consultation_answered", locale);
      expect(sample.text).toContain("/consultations/1");
    }
  });
});
