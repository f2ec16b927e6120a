import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { notificationPreferences, people } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import * as preferencesPage from "../../../app/routes/account.notifications";
import * as unsubscribePage from "../../../app/routes/unsubscribe.$token";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { isAllowedOrigin } from "../../../app/server/http-security.server";
import { preferencesOf } from "../../../app/server/notification-preferences.server";
import { createGathering, leaderSpeaking, outboxRow, queue } from "../../helpers/email";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();
const send = () => dispatchAllDue({ transport: mail.transport, owner: "test-dispatcher" });

/** The one-click link's path and token from a received message. */
async function unsubscribeLink(raw: string) {
  const parsed = await simpleParser(raw);
  const list = parsed.headers.get("list") as { unsubscribe?: { url: string }; "unsubscribe-post"?: { name: string } } | undefined;
  if (!list?.unsubscribe) return null;
  expect(list["unsubscribe-post"]?.name).toBe("List-Unsubscribe=One-Click");
  const path = new URL(list.unsubscribe.url).pathname;
  return { path, token: decodeURIComponent(path.split("/").pop()!) };
}

/** The mail program's one-click POST (RFC 8058): no cookie, no Origin of ours, this exact body. */
const oneClick = (path: string, token: string) =>
  callAction(unsubscribePage.action, path, new URLSearchParams({ "List-Unsubscribe": "One-Click" }), { params: { token } });

describe("one-click unsubscribe", () => {
  it.each(["nb", "en"] as const)(
    "turns gathering reminders off for a %s reader with a POST, after a GET that changes nothing",
    async (locale) => {
      const person = leaderSpeaking(locale, locale === "nb" ? 5 : 0);
      const startsAt = new Date(clock.nowMs() + 30 * dayMs);
      const title = `Avmelding ${locale}`;
      const { gathering, invitations } = createGathering({
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        invitees: [person.id],
      });
      const invitationId = invitations[0]!.id;
      queue("invitation", person.id, { gatheringId: gathering.id, invitationId, sequence: 0 }, `test:unsub:inv:${gathering.id}`);
      queue("reminder", person.id, { gatheringId: gathering.id, invitationId, daysBefore: 7 }, `test:unsub:rem1:${gathering.id}`);
      await send();
      const received = mail.smtp.to(person.email).filter((m) => m.mail.subject?.includes(title));
      expect(received).toHaveLength(2);
      const [invitation, reminder] = [
        received.find((m) => !/^(Påminnelse|Reminder)/.test(m.mail.subject!))!,
        received.find((m) => /^(Påminnelse|Reminder)/.test(m.mail.subject!))!,
      ];
      // Essential messages carry no unsubscribe link; the optional reminder does.
      expect(await unsubscribeLink(invitation.raw)).toBeNull();
      const link = (await unsubscribeLink(reminder.raw))!;

      const confirm = await callLoader(unsubscribePage.loader, link.path, { params: { token: link.token } });
      expect(confirm).toMatchObject({ status: 200, data: { state: "confirm", category: "gathering_reminders" } });
      expect(preferencesOf(person.id).gathering_reminders).toBe(true);

      expect(await oneClick(link.path, link.token)).toMatchObject({ status: 200, data: { state: "done" } });
      expect(preferencesOf(person.id)).toEqual({
        gathering_reminders: false,
        reflection_reminders: true,
        consultation_reminders: true,
        weekly_digest: true,
      });

      // The next reminder is not sent, with the reason kept on the outbox row; invitations still are.
      queue("reminder", person.id, { gatheringId: gathering.id, invitationId, daysBefore: 1 }, `test:unsub:rem2:${gathering.id}`);
      await send();
      expect(outboxRow(`test:unsub:rem2:${gathering.id}`)).toMatchObject({
        status: "skipped",
        lastError: "the recipient has turned off gathering reminders",
      });
      expect(mail.smtp.to(person.email).filter((m) => m.mail.subject?.includes(title))).toHaveLength(2);
    },
  );

  it("refuses a forged or altered link with a 400 page and changes nothing", async () => {
    const person = leaderSpeaking("nb", 6);
    const before = getDb().select().from(notificationPreferences).where(eq(notificationPreferences.personId, person.id)).all();
    const forged = [
      "no-such-link",
      `unsubscribe-${person.id}-gathering_reminders.${"A".repeat(43)}`,
      `unsubscribe-${person.id}-gathering_reminders`,
    ];
    for (const token of forged) {
      const path = `/unsubscribe/${encodeURIComponent(token)}`;
      expect(await callLoader(unsubscribePage.loader, path, { params: { token } })).toMatchObject({
        status: 400,
        data: { state: "invalid" },
      });
      expect(await oneClick(path, token)).toMatchObject({ status: 400, data: { state: "invalid" } });
    }
    expect(getDb().select().from(notificationPreferences).where(eq(notificationPreferences.personId, person.id)).all()).toEqual(before);
  });

  it("a link signed for one person cannot be re-addressed to another", async () => {
    const [a, b] = [leaderSpeaking("nb", 8), leaderSpeaking("nb", 9)];
    const { unsubscribeToken } = await import("../../../app/server/notification-preferences.server");
    const token = unsubscribeToken(a.id, "reflection_reminders").replace(`unsubscribe-${a.id}-`, `unsubscribe-${b.id}-`);
    expect(await oneClick(`/unsubscribe/${token}`, token)).toMatchObject({ status: 400 });
    expect(preferencesOf(b.id).reflection_reminders).toBe(true);
  });

  it("is the one cross-site POST the server lets through", () => {
    expect(isAllowedOrigin({ method: "POST", path: "/unsubscribe/abc.def" }, ["http://localhost:3000"])).toBe(true);
    expect(isAllowedOrigin({ method: "POST", path: "/account/notifications" }, ["http://localhost:3000"])).toBe(false);
  });
});

describe("the notification preferences page", () => {
  it("shows the person's choices and saves them; the essential e-mails are not offered", async () => {
    const person = leaderSpeaking("nb", 7);
    const cookie = await signInAs(person.email);
    const page = await callLoader(preferencesPage.loader, "/account/notifications", { cookie });
    // A leader is not offered the coordinators' weekly digest (its default stays, unused).
    expect(page.data.categories).toEqual(["reflection_reminders", "gathering_reminders", "consultation_reminders"]);
    expect(page.data.preferences).toEqual({
      reflection_reminders: true,
      gathering_reminders: true,
      consultation_reminders: true,
      weekly_digest: true,
    });
    const saved = await callAction(preferencesPage.action, "/account/notifications", { enabled: ["gathering_reminders"] }, { cookie });
    expect(saved).toMatchObject({ status: 200, data: { saved: true } });
    expect(preferencesOf(person.id)).toEqual({
      reflection_reminders: false,
      gathering_reminders: true,
      consultation_reminders: false,
      weekly_digest: true,
    });
    await callAction(preferencesPage.action, "/account/notifications", {}, { cookie });
    expect(preferencesOf(person.id)).toEqual({
      reflection_reminders: false,
      gathering_reminders: false,
      consultation_reminders: false,
      weekly_digest: true,
    });
    // An unknown category (an essential kind, say) is refused, and nothing changes.
    const refused = await callAction(preferencesPage.action, "/account/notifications", { enabled: ["invitations"] }, { cookie });
    expect(refused.status).toBe(400);
    expect(preferencesOf(person.id)).toEqual({
      reflection_reminders: false,
      gathering_reminders: false,
      consultation_reminders: false,
      weekly_digest: true,
    });
  });

  it("offers a coordinator the weekly digest, on until turned off", async () => {
    const coordinator = getDb().select().from(people).where(eq(people.email, "coordinator@elvik.example.org")).get()!;
    const cookie = await signInAs(coordinator.email);
    const page = await callLoader(preferencesPage.loader, "/account/notifications", { cookie });
    expect(page.data.categories).toContain("weekly_digest");
    expect(page.data.preferences.weekly_digest).toBe(true);
    await callAction(
      preferencesPage.action,
      "/account/notifications",
      { enabled: ["reflection_reminders", "gathering_reminders"] },
      { cookie },
    );
    expect(preferencesOf(coordinator.id)).toEqual({
      reflection_reminders: true,
      gathering_reminders: true,
      consultation_reminders: false,
      weekly_digest: false,
    });
  });
});
