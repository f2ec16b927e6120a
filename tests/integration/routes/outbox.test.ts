import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../../db/schema";
import { emailKinds } from "../../../app/domain/email-kinds";
import * as list from "../../../app/routes/outbox._index";
import * as message from "../../../app/routes/outbox.$messageId";
import * as attachment from "../../../app/routes/outbox.$messageId_.attachments.$index";
import * as eml from "../../../app/routes/outbox.$messageId_.eml";
import * as html from "../../../app/routes/outbox.$messageId_.html";
import * as preview from "../../../app/routes/outbox.preview";
import * as previewHtml from "../../../app/routes/outbox.preview_.html";
import { getDb } from "../../../app/server/db.server";
import { freezeClockForFile } from "../../helpers/days";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { mailboxTransport } from "../../../app/server/email/transport.server";
import { createGathering, leaderSpeaking, outboxRow, personByEmail, queue, queueInvitations } from "../../helpers/email";
import { flashAfter } from "../../helpers/flash";
import { callAction, callLoader, signInAs } from "../../helpers/routes";

// Its gathering sits on a fixed date because the e-mail text it checks names the day.
freezeClockForFile();

let sentId: number;
let failedId: number;
let elvikId: number;

beforeAll(async () => {
  const leader = leaderSpeaking("nb");
  const { gathering, invitations } = createGathering({
    title: "Samling i postkassen",
    startsAt: new Date("2027-03-29T07:00:00Z"),
    endsAt: new Date("2027-03-29T15:00:00Z"),
    invitees: [leader.id],
  });
  queueInvitations(gathering.id, invitations);
  await dispatchAllDue({ transport: mailboxTransport(), owner: "routes-test" });
  sentId = outboxRow(`test:invitation:${invitations[0]!.id}:0`).id;
  queue("report_requested", leader.id, { requestId: 1 }, "routes:failed");
  failedId = outboxRow("routes:failed").id;
  getDb()
    .update(emailMessages)
    .set({ status: "failed", attempts: 8, lastError: "550 No such user" })
    .where(eq(emailMessages.id, failedId))
    .run();
  queue("report_requested", personByEmail("coordinator@elvik.example.org").id, { requestId: 1 }, "routes:elvik");
  elvikId = outboxRow("routes:elvik").id;
});

describe("the outbox list", () => {
  it("is for coordinators and administrators only", async () => {
    expect((await callLoader(list.loader, "/outbox")).location).toBe("/login?redirectTo=%2Foutbox");
    expect((await callLoader(list.loader, "/outbox", { cookie: await signInAs("leader@example.org") })).status).toBe(403);
    expect((await callLoader(list.loader, "/outbox", { cookie: await signInAs("union@example.org") })).status).toBe(403);
  });

  it("shows a coordinator their own organisation's messages, and an administrator everyone's", async () => {
    const fjellby = await callLoader(list.loader, "/outbox", { cookie: await signInAs("coordinator@example.org") });
    const ids = fjellby.data.messages.map((m: { id: number }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([sentId, failedId]));
    expect(ids).not.toContain(elvikId);
    expect(fjellby.data.localMailbox).toBe(true);
    expect(fjellby.data.counts.failed).toBe(1);
    expect(fjellby.data.messages.find((m: { id: number }) => m.id === sentId)).toMatchObject({ kind: "invitation", status: "sent" });

    const elvik = await callLoader(list.loader, "/outbox", { cookie: await signInAs("coordinator@elvik.example.org") });
    expect(elvik.data.messages.map((m: { id: number }) => m.id)).toEqual([elvikId]);

    const admin = await callLoader(list.loader, "/outbox", { cookie: await signInAs("admin@example.org") });
    expect(admin.data.messages.map((m: { id: number }) => m.id)).toEqual(expect.arrayContaining([sentId, failedId, elvikId]));
    expect(admin.data.allOrganisations).toBe(true);
  });

  it("filters by status, and says so when the status is not one it knows", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const failed = await callLoader(list.loader, "/outbox?status=failed", { cookie });
    expect(failed.data.messages.map((m: { id: number }) => m.id)).toEqual([failedId]);
    const bad = await callLoader(list.loader, "/outbox?status=lost", { cookie });
    expect(bad.status).toBe(400);
    expect(bad.data.statusError).toBe("outbox.filter.invalid");
  });
});

describe("retrying a failed message", () => {
  it("puts it back in the queue with its attempts reset", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const result = await callAction(list.action, "/outbox?status=failed", { intent: "retry", messageId: String(failedId) }, { cookie });
    expect(result.location).toBe("/outbox?status=failed");
    expect(await flashAfter(result, cookie)).toEqual({ key: "outbox.retried" });
    expect(outboxRow("routes:failed")).toMatchObject({ status: "queued", attempts: 0, lastError: null });
    const again = await callAction(
      message.action,
      `/outbox/${failedId}`,
      { intent: "retry", messageId: String(failedId) },
      { cookie, params: { messageId: String(failedId) } },
    );
    expect(again.status).toBe(409);
    expect(again.data.notice).toBe("outbox.notFailed");
  });

  it("refuses other roles, other organisations and bad forms, changing nothing", async () => {
    getDb().update(emailMessages).set({ status: "failed" }).where(eq(emailMessages.id, elvikId)).run();
    const form = { intent: "retry", messageId: String(elvikId) };
    expect((await callAction(list.action, "/outbox", form, { cookie: await signInAs("leader@example.org") })).status).toBe(403);
    expect((await callAction(list.action, "/outbox", form, { cookie: await signInAs("coordinator@example.org") })).status).toBe(404);
    // A tampered id is a 404, like an id of another organisation.
    expect(
      (await callAction(list.action, "/outbox", { intent: "retry", messageId: "x" }, { cookie: await signInAs("coordinator@example.org") }))
        .status,
    ).toBe(404);
    expect(outboxRow("routes:elvik").status).toBe("failed");
  });
});

describe("a message and its local mailbox copy", () => {
  it("shows what became of it and what it said", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const { data } = await callLoader(message.loader, `/outbox/${sentId}`, { cookie, params: { messageId: String(sentId) } });
    expect(data.message).toMatchObject({ id: sentId, status: "sent", kind: "invitation" });
    expect(data.message.delivered.subject).toMatch(/^Invitasjon: Samling i postkassen/);
    expect(data.message.delivered.text).toContain("Når: mandag 29. mars 2027");
    expect(data.message.delivered.attachments[0]).toMatchObject({ filename: "invitation.ics" });
    expect(data.message).not.toHaveProperty("payload");
  });

  it("serves the HTML for a sandboxed frame under a strict content security policy", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const result = await callLoader(html.loader, `/outbox/${sentId}/html`, { cookie, params: { messageId: String(sentId) } });
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const csp = result.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("sandbox");
    expect(csp).not.toContain("script-src");
    expect(result.data).toContain("Samling i postkassen");
  });

  it("lets the calendar file and the whole message be downloaded", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const params = { messageId: String(sentId), index: "0" };
    const ics = await callLoader(attachment.loader, `/outbox/${sentId}/attachments/0`, { cookie, params });
    expect(ics.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(ics.headers.get("Content-Disposition")).toBe('attachment; filename="invitation.ics"');
    expect(ics.data).toContain("METHOD:REQUEST");
    expect(
      (await callLoader(attachment.loader, `/outbox/${sentId}/attachments/1`, { cookie, params: { ...params, index: "1" } })).status,
    ).toBe(404);
    const raw = await callLoader(eml.loader, `/outbox/${sentId}/eml`, { cookie, params });
    expect(raw.headers.get("Content-Type")).toBe("message/rfc822");
    expect(raw.data).toContain("Content-Type: text/calendar; charset=utf-8; method=REQUEST");
  });

  it("is a 404 in another organisation, or when there is no copy", async () => {
    const elvik = await signInAs("coordinator@elvik.example.org");
    for (const route of [message.loader, html.loader, eml.loader]) {
      expect(
        (await callLoader(route, `/outbox/${sentId}`, { cookie: elvik, params: { messageId: String(sentId), index: "0" } })).status,
      ).toBe(404);
    }
    const fjellby = await signInAs("coordinator@example.org");
    expect(
      (await callLoader(html.loader, `/outbox/${failedId}/html`, { cookie: fjellby, params: { messageId: String(failedId) } })).status,
    ).toBe(404);
    expect((await callLoader(message.loader, "/outbox/abc", { cookie: fjellby, params: { messageId: "abc" } })).status).toBe(404);
  });
});

describe("the template preview", () => {
  it("renders every kind in every language with sample data", async () => {
    const cookie = await signInAs("coordinator@example.org");
    // How each language says why the message came ("Du får denne e-posten …"), at the foot of every kind.
    const why = { nb: "Du får denne", nn: "Du får denne", sv: /Du får (det här mejlet|den här påminnelsen)/, en: "You receive this" };
    const subjects = new Map<string, string>();
    for (const kind of emailKinds) {
      for (const locale of ["nb", "nn", "sv", "en"] as const) {
        const result = await callLoader(preview.loader, `/outbox/preview?kind=${kind}&locale=${locale}`, { cookie });
        expect(result.status, `${kind} ${locale}`).toBe(200);
        expect(result.data.subject.length).toBeGreaterThan(5);
        expect(result.data.text).toMatch(why[locale]);
        expect(Boolean(result.data.calendar)).toBe(
          [
            "invitation",
            "change_notice",
            "cancellation",
            "invitation_withdrawn",
            "waitlist_promoted",
            "facilitator_invitation",
            "facilitator_cancellation",
          ].includes(kind),
        );
        const html = await callLoader(previewHtml.loader, `/outbox/preview/html?kind=${kind}&locale=${locale}`, { cookie });
        expect(html.data, `${kind} ${locale}`).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
        subjects.set(`${kind} ${locale}`, result.data.subject);
      }
      // Each language has its own subject line (the bulk message's is the sender's own words).
      if (kind !== "bulk_message") expect(new Set(["nb", "sv", "en"].map((l) => subjects.get(`${kind} ${l}`))).size, kind).toBe(3);
    }
  });

  it("says which field is wrong for an unknown template or language", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const result = await callLoader(preview.loader, "/outbox/preview?kind=fax&locale=de", { cookie });
    expect(result.status).toBe(400);
    expect(result.data.errors).toEqual({ kind: true, locale: true });
    expect((await callLoader(preview.loader, "/outbox/preview", { cookie: await signInAs("leader@example.org") })).status).toBe(403);
  });

  it("serves the preview HTML under the same policy", async () => {
    const cookie = await signInAs("admin@example.org");
    const result = await callLoader(previewHtml.loader, "/outbox/preview/html?kind=cancellation&locale=en", { cookie });
    expect(result.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self'");
    expect(result.data).toContain("Cancelled: Samling 1: Førstelinjelederen");
  });
});
