import { clock } from "../../../app/server/clock.server";
import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations, people } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { rsvpUrl } from "../../../app/server/rsvp-links.server";
import { changeStatus, updateGathering } from "../../../app/server/gathering-commands.server";
import { gatheringInputOf } from "../../../app/server/gathering-queries.server";
import { promoteWaitlist, respondToInvitation } from "../../../app/server/rsvp.server";
import * as calendarFeed from "../../../app/routes/calendar.$token";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import * as my from "../../../app/routes/my.gatherings";
import * as rsvpLink from "../../../app/routes/rsvp.$token";
import { flashAfter } from "../../helpers/flash";
import { translator } from "../../../app/i18n/catalog";
import { inviteeRows } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import {
  demo,
  gatheringById,
  gatheringByTitle,
  invitationsOf,
  makeGathering,
  moveGathering,
  personByEmail,
} from "../../helpers/gatherings";

const day = 86_400_000;
const inDays = (n: number) => new Date(clock.nowMs() + n * day);
const respond = (id: number, answer: "accepted" | "declined", now: Date, reason: string | null = null) =>
  getDb().transaction((tx) => respondToInvitation(tx, id, answer, reason, now));
const rsvpOf = (id: number) => getDb().select().from(invitations).where(eq(invitations.id, id)).get()!;

describe("RSVP with a capacity and a waitlist", () => {
  it("waitlists acceptances beyond the capacity and promotes in order of acceptance when someone declines", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(30), cohortIds: [cohorts[0].id], capacity: 2, confirm: true });
    const [a, b, c, d] = invitationsOf(g.id) as [
      typeof invitations.$inferSelect,
      typeof invitations.$inferSelect,
      typeof invitations.$inferSelect,
      typeof invitations.$inferSelect,
    ];
    const t0 = clock.nowMs();
    expect(respond(a.id, "accepted", new Date(t0))).toMatchObject({ status: "accepted" });
    expect(respond(b.id, "accepted", new Date(t0 + 1000))).toMatchObject({ status: "accepted" });
    // d accepts before c: d is first in line.
    expect(respond(d.id, "accepted", new Date(t0 + 2000))).toMatchObject({ status: "waitlisted" });
    expect(respond(c.id, "accepted", new Date(t0 + 3000))).toMatchObject({ status: "waitlisted" });
    // Saying yes again keeps one's place in line.
    expect(respond(d.id, "accepted", new Date(t0 + 4000))).toMatchObject({ status: "waitlisted" });
    expect(rsvpOf(d.id).acceptedAt!.getTime()).toBe(t0 + 2000);
    const shown = await callLoader(page.loader, `/gatherings/${g.id}`, {
      cookie: await signInAs("coordinator@example.org"),
      params: { gatheringId: String(g.id) },
    });
    // The place in line is shown after the answer.
    const nb = translator("nb");
    const answers = Object.fromEntries(inviteeRows(shown.data.inviteeRows).map((i) => [i.id, i.rsvp]));
    expect([answers[a.id], answers[d.id], answers[c.id]]).toEqual([
      nb("rsvp.status.accepted"),
      `${nb("rsvp.status.waitlisted")} (1)`,
      `${nb("rsvp.status.waitlisted")} (2)`,
    ]);

    expect(respond(a.id, "declined", new Date(t0 + 5000), "Kollisjon")).toMatchObject({ status: "declined", promoted: [d.id] });
    expect(rsvpOf(a.id)).toMatchObject({ rsvp: "declined", declineReason: "Kollisjon", acceptedAt: null });
    expect(rsvpOf(d.id).rsvp).toBe("accepted");
    expect(rsvpOf(c.id).rsvp).toBe("waitlisted");
    // A waitlisted person declining frees no place.
    expect(respond(c.id, "declined", new Date(t0 + 6000))).toMatchObject({ promoted: [] });
  });

  it("never promotes after the gathering has started", () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(30), cohortIds: [cohorts[0].id], capacity: 1, confirm: true });
    const [a, b] = invitationsOf(g.id) as [typeof invitations.$inferSelect, typeof invitations.$inferSelect];
    respond(a.id, "accepted", clock.now());
    respond(b.id, "accepted", clock.now());
    expect(rsvpOf(b.id).rsvp).toBe("waitlisted");
    const started = moveGathering(g.id, new Date(clock.nowMs() - 3_600_000));
    expect(() => respond(a.id, "declined", clock.now())).toThrow("rsvp.tooLate");
    getDb().update(invitations).set({ rsvp: "declined" }).where(eq(invitations.id, a.id)).run();
    expect(getDb().transaction((tx) => promoteWaitlist(tx, started, clock.now()))).toEqual([]);
    expect(rsvpOf(b.id).rsvp).toBe("waitlisted");
  });

  it("lets the waitlist in when the coordinator raises the capacity", () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(31), cohortIds: [cohorts[0].id], capacity: 1, confirm: true });
    const [a, b] = invitationsOf(g.id) as [typeof invitations.$inferSelect, typeof invitations.$inferSelect];
    respond(a.id, "accepted", clock.now());
    respond(b.id, "accepted", clock.now());
    updateGathering(gatheringById(g.id), { ...gatheringInputOf(gatheringById(g.id)), capacity: 2 }, demo().actor, clock.now());
    expect(rsvpOf(b.id).rsvp).toBe("accepted");
  });
});

describe("my gatherings", () => {
  it("shows the leader their invitations and records their answer", async () => {
    const cookie = await signInAs("leader@example.org");
    const { data } = await callLoader(my.loader, "/my/gatherings", { cookie });
    const seeded = data.upcoming.find((i: { title: string }) => i.title === "Samling 1: Førstelinjelederen");
    expect(seeded).toBeDefined();
    const result = await callAction(
      my.action,
      "/my/gatherings",
      { intent: "rsvp", invitationId: String(seeded.id), answer: "declined", reason: "Ferie" },
      { cookie },
    );
    expect(await flashAfter(result, cookie)).toEqual({ key: "rsvp.done.declined" });
    expect(rsvpOf(seeded.id)).toMatchObject({ rsvp: "declined", declineReason: "Ferie" });
  });

  it("answers 404 for someone else's invitation and 400 for a bad answer", async () => {
    const cookie = await signInAs("leader@example.org");
    const other = invitationsOf(gatheringByTitle("Samling 1: Førstelinjelederen").id).find(
      (i) => i.personId !== personByEmail("leader@example.org").id,
    )!;
    const theirs = await callAction(
      my.action,
      "/my/gatherings",
      { intent: "rsvp", invitationId: String(other.id), answer: "accepted" },
      { cookie },
    );
    expect(theirs.status).toBe(404);
    const bad = await callAction(
      my.action,
      "/my/gatherings",
      { intent: "rsvp", invitationId: String(other.id), answer: "maybe" },
      { cookie },
    );
    expect(bad.status).toBe(400);
    expect(rsvpOf(other.id).rsvp).toBe(other.rsvp);
  });
});

describe("RSVP by e-mail link", () => {
  const tokenOf = (url: string) => url.split("/rsvp/")[1]!;

  it("shows the gathering on GET without acting, and records the answer on POST", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(20), cohortIds: [cohorts[0].id], confirm: true });
    const inv = invitationsOf(g.id)[0]!;
    const token = tokenOf(rsvpUrl(inv.id, "declined"));
    const shown = await callLoader(rsvpLink.loader, `/rsvp/${token}`, { params: { token } });
    expect(shown.status).toBe(200);
    expect(shown.data).toMatchObject({ state: "open", answer: "declined", gathering: { title: g.title } });
    expect(rsvpOf(inv.id).rsvp).toBe("pending");
    const posted = await callAction(rsvpLink.action, `/rsvp/${token}`, { reason: "Syk" }, { params: { token } });
    expect(posted.data).toEqual({ state: "done", status: "declined" });
    expect(rsvpOf(inv.id)).toMatchObject({ rsvp: "declined", declineReason: "Syk" });
  });

  it("refuses a tampered link with a clear page, not a 500", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(21), cohortIds: [cohorts[0].id], confirm: true });
    const inv = invitationsOf(g.id)[0]!;
    const token = tokenOf(rsvpUrl(inv.id, "declined"));
    const forged = token.replace(`${inv.id}.declined`, `${inv.id}.accepted`);
    for (const bad of [forged, "garbage", `${inv.id + 1}.accepted.${token.split(".").pop()}`]) {
      const shown = await callLoader(rsvpLink.loader, `/rsvp/${bad}`, { params: { token: bad } });
      expect(shown.status).toBe(400);
      expect(shown.data).toEqual({ state: "invalid" });
      const posted = await callAction(rsvpLink.action, `/rsvp/${bad}`, {}, { params: { token: bad } });
      expect(posted.status).toBe(400);
    }
    expect(rsvpOf(inv.id).rsvp).toBe("pending");
  });

  it("says it is too late once the gathering has started", async () => {
    const { cohorts } = demo();
    const g = makeGathering({ startsAt: inDays(22), cohortIds: [cohorts[0].id], confirm: true });
    const inv = invitationsOf(g.id)[0]!;
    moveGathering(g.id, new Date(clock.nowMs() - 60_000));
    const token = tokenOf(rsvpUrl(inv.id, "accepted"));
    const shown = await callLoader(rsvpLink.loader, `/rsvp/${token}`, { params: { token } });
    expect(shown.status).toBe(410);
    expect(shown.data).toMatchObject({ state: "closed", reason: "rsvp.tooLate" });
    const posted = await callAction(rsvpLink.action, `/rsvp/${token}`, {}, { params: { token } });
    expect(posted.data).toEqual({ state: "closed", reason: "rsvp.tooLate" });
    expect(rsvpOf(inv.id).rsvp).toBe("pending");
  });
});

describe("calendar feed", () => {
  it("serves valid iCalendar with UTC times, the sequence and a stable UID, and a renewed token revokes the old", async () => {
    const leader = personByEmail("leader@example.org");
    const cookie = await signInAs("leader@example.org");
    await callAction(my.action, "/my/gatherings", { intent: "calendar" }, { cookie });
    const { data } = await callLoader(my.loader, "/my/gatherings", { cookie });
    const token = data.feedUrl.split("/calendar/")[1] as string;
    expect(token).toMatch(/\.ics$/);

    const cancelled = makeGathering({ startsAt: inDays(40), extraInviteeIds: [leader.id], confirm: true });
    const { actor } = demo();
    changeStatus(cancelled, { to: "cancelled", reason: "Avlyst" }, actor, clock.now());

    const feed = await callLoader(calendarFeed.loader, `/calendar/${token}`, { params: { token } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(feed.data));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const invited = getDb()
      .select({ gatheringId: invitations.gatheringId })
      .from(invitations)
      .where(eq(invitations.personId, leader.id))
      .all();
    expect(events).toHaveLength(invited.length - 1);
    const seeded = gatheringByTitle("Samling 1: Førstelinjelederen");
    const event = events.find((e) => e.uid === `samling-gathering-${seeded.id}@localhost`)!;
    expect(event.summary).toBe(seeded.title);
    expect(event.sequence).toBe(seeded.sequence);
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.startDate.toJSDate().getTime()).toBe(seeded.startsAt.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(seeded.endsAt.getTime());
    expect(events.some((e) => e.uid.startsWith(`samling-gathering-${cancelled.id}@`))).toBe(false);

    await callAction(my.action, "/my/gatherings", { intent: "calendar" }, { cookie });
    expect((await callLoader(calendarFeed.loader, `/calendar/${token}`, { params: { token } })).status).toBe(404);
    const fresh = getDb().select({ token: people.calendarToken }).from(people).where(eq(people.id, leader.id)).get()!.token!;
    expect((await callLoader(calendarFeed.loader, `/calendar/${fresh}.ics`, { params: { token: `${fresh}.ics` } })).status).toBe(200);
    expect((await callLoader(calendarFeed.loader, `/calendar/${fresh}`, { params: { token: fresh } })).status).toBe(404);
  });

  it("includes the gatherings a facilitator leads", async () => {
    const cookie = await signInAs("facilitator@example.org");
    await callAction(my.action, "/my/gatherings", { intent: "calendar" }, { cookie });
    const { data } = await callLoader(my.loader, "/my/gatherings", { cookie });
    const token = data.feedUrl.split("/calendar/")[1] as string;
    const feed = await callLoader(calendarFeed.loader, `/calendar/${token}`, { params: { token } });
    const events = new ICAL.Component(ICAL.parse(feed.data)).getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThanOrEqual(7);
  });
});
