import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, comments, emailMessages, mailboxMessages, people, reflectionQuotes, reflections, sessions } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { recordAudit } from "../../../app/server/audit.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { mailboxTransport } from "../../../app/server/email/transport.server";
import { enqueueEmail } from "../../../app/server/outbox.server";
import * as audit from "../../../app/routes/audit";
import * as personData from "../../../app/routes/people.$personId_.data";
import * as ownExport from "../../../app/routes/privacy.export";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

const db = () => getDb();
/** Local-mailbox copies of messages sent to a person (they hold name and address). */
const mailboxCopiesFor = (personId: number) =>
  db()
    .select()
    .from(mailboxMessages)
    .innerJoin(emailMessages, eq(emailMessages.id, mailboxMessages.emailMessageId))
    .where(eq(emailMessages.recipientPersonId, personId))
    .all();
const personBy = (email: string) => db().select().from(people).where(eq(people.email, email)).get()!;

/** A leader of the seeded first cohort: has reflections with text and a consented quote. */
function leaderWithReflections() {
  const row = db()
    .select({ authorId: reflections.authorId })
    .from(reflectionQuotes)
    .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
    .get()!;
  return db().select().from(people).where(eq(people.id, row.authorId)).get()!;
}

describe("personal data export", () => {
  it("gives a person everything about themself, reflections included", async () => {
    const leader = leaderWithReflections();
    const cookie = await signInAs(leader.email);
    const result = await callLoader(ownExport.loader, "/privacy/export", { cookie });
    expect(result.headers.get("Content-Disposition")).toContain("attachment");
    const data = result.data;
    expect(data.person.email).toBe(leader.email);
    expect(data.reflections.length).toBeGreaterThan(0);
    expect(data.reflections[0].freeText).toBeTruthy();
    expect(data.invitations.length).toBeGreaterThan(0);
  });

  it("gives a coordinator of the same organisation the export without reflection content", async () => {
    const leader = leaderWithReflections();
    const cookie = await signInAs("coordinator@example.org");
    const result = await callLoader(personData.loader, `/people/${leader.id}/data?download=json`, {
      cookie,
      params: { personId: String(leader.id) },
    });
    const data = result.data;
    expect(data.person.name).toBe(leader.name);
    expect(data.reflections).toEqual({ count: expect.any(Number), note: "private to the author" });
    expect(JSON.stringify(result.data)).not.toContain("fagsakene");
  });

  it("keeps other organisations out and leaders out", async () => {
    const leader = leaderWithReflections();
    const params = { personId: String(leader.id) };
    const elvik = await callLoader(personData.loader, `/people/${leader.id}/data`, {
      cookie: await signInAs("coordinator@elvik.example.org"),
      params,
    });
    expect(elvik.status).toBe(404);
    const other = await callLoader(personData.loader, `/people/${leader.id}/data`, {
      cookie: await signInAs("leader@example.org"),
      params,
    });
    expect(other.status).toBe(403);
  });
});

describe("erasure", () => {
  it("only an administrator erases, and only after typing the person's e-mail", async () => {
    const leader = leaderWithReflections();
    const params = { personId: String(leader.id) };
    const byCoordinator = await callAction(
      personData.action,
      `/people/${leader.id}/data`,
      { confirmEmail: leader.email },
      {
        cookie: await signInAs("coordinator@example.org"),
        params,
      },
    );
    expect(byCoordinator.status).toBe(403);
    const admin = await signInAs("admin@example.org");
    const wrong = await callAction(
      personData.action,
      `/people/${leader.id}/data`,
      { confirmEmail: "someone@example.org" },
      { cookie: admin, params },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.result.error.confirmEmail).toEqual(["privacy.person.confirmMismatch"]);
    expect(db().select().from(people).where(eq(people.id, leader.id)).get()!.erasedAt).toBeNull();
  });

  it("removes identity and free text, keeps anonymous figures, ends sessions, and is audited", async () => {
    const leader = leaderWithReflections();
    await signInAs(leader.email);
    // A message in the local mailbox: its stored copy names the person.
    db().transaction((tx) =>
      enqueueEmail(tx, {
        kind: "report_requested",
        recipientPersonId: leader.id,
        payload: { requestId: 1 },
        idempotencyKey: "erasure-test",
      }),
    );
    await dispatchAllDue({ transport: mailboxTransport(), owner: "erasure-test" });
    expect(mailboxCopiesFor(leader.id)).toHaveLength(1);
    const ratingsBefore = db()
      .select({ roleIdentity: reflections.roleIdentity })
      .from(reflections)
      .where(eq(reflections.authorId, leader.id))
      .all();
    const result = await callAction(
      personData.action,
      `/people/${leader.id}/data`,
      { confirmEmail: leader.email.toUpperCase() },
      {
        cookie: await signInAs("admin@example.org"),
        params: { personId: String(leader.id) },
      },
    );
    expect(result.status).toBe(200);
    const erased = db().select().from(people).where(eq(people.id, leader.id)).get()!;
    expect(erased).toMatchObject({ name: "—", email: `erased-${leader.id}@erased.invalid`, passwordHash: null, unitId: null });
    expect(erased.erasedAt).not.toBeNull();
    expect(db().select().from(sessions).where(eq(sessions.personId, leader.id)).all()).toHaveLength(0);
    const after = db().select().from(reflections).where(eq(reflections.authorId, leader.id)).all();
    expect(after.map((r) => r.roleIdentity)).toEqual(ratingsBefore.map((r) => r.roleIdentity));
    expect(after.every((r) => r.freeText === "")).toBe(true);
    expect(
      db()
        .select()
        .from(reflectionQuotes)
        .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
        .where(eq(reflections.authorId, leader.id))
        .all(),
    ).toHaveLength(0);
    expect(
      db()
        .select()
        .from(comments)
        .where(eq(comments.authorId, leader.id))
        .all()
        .every((c) => c.body === ""),
    ).toBe(true);
    expect(mailboxCopiesFor(leader.id)).toHaveLength(0);
    const event = db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, leader.id))
      .all()
      .find((e) => e.action === "erased");
    expect(event).toMatchObject({ entity: "person", actorId: personBy("admin@example.org").id });
  });
});

describe("audit log", () => {
  it("shows a coordinator their organisation's events only, filterable, newest first", async () => {
    const coordinator = personBy("coordinator@example.org");
    const elvik = personBy("coordinator@elvik.example.org");
    db().transaction((tx) => {
      recordAudit(tx, {
        actorId: coordinator.id,
        organisationId: coordinator.organisationId,
        entity: "program",
        entityId: 1,
        action: "updated",
      });
      recordAudit(tx, {
        actorId: coordinator.id,
        organisationId: coordinator.organisationId,
        entity: "gathering",
        entityId: 2,
        action: "confirmed",
      });
      recordAudit(tx, { actorId: elvik.id, organisationId: elvik.organisationId, entity: "program", entityId: 9, action: "secret-elvik" });
    });
    const cookie = await signInAs("coordinator@example.org");
    const all = await callLoader(audit.loader, "/audit", { cookie });
    expect(all.data.events[0]).toMatchObject({ entity: "gathering", action: "confirmed", actorName: "Hege Sandvik" });
    expect(all.data.actions).not.toContain("secret-elvik");
    const filtered = await callLoader(audit.loader, "/audit?entity=program&from=2000-01-01&to=bad", { cookie });
    expect(filtered.data.events.every((e: { entity: string }) => e.entity === "program")).toBe(true);
    const admin = await callLoader(audit.loader, "/audit?action=secret-elvik", { cookie: await signInAs("admin@example.org") });
    expect(admin.data.events).toHaveLength(1);
  });

  it("is closed to leaders, union representatives and the directorate", async () => {
    for (const email of ["leader@example.org", "union@example.org", "directorate@example.org"]) {
      expect((await callLoader(audit.loader, "/audit", { cookie: await signInAs(email) })).status).toBe(403);
    }
  });
});
