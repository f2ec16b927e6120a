import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { gatheringDays } from "../../../app/domain/attendance";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import * as rollCall from "../../../app/routes/gatherings.$gatheringId_.roll-call";
import * as gatheringCsv from "../../../app/routes/gatherings.$gatheringId_.attendance[.]csv";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { liveReportModel } from "../../../app/server/report.server";
import { attendanceDays, auditEvents, emailMessages, finalReports, people } from "../../../db/schema";
import { translator } from "../../../app/i18n/catalog";
import { inviteeRows } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { demo, invitationsOf, makeGathering, moveGathering, personByEmail } from "../../helpers/gatherings";
import { flashAfter } from "../../helpers/flash";

const hour = 3_600_000;

/** A confirmed gathering of cohort 1 that started the day before yesterday's evening and ends in an hour: two or three Oslo days. */
function twoDayGathering() {
  const g = makeGathering({ startsAt: new Date(clock.nowMs() + 30 * 86_400_000), cohortIds: [demo().cohorts[0].id], confirm: true });
  return moveGathering(g.id, new Date(clock.nowMs() - 26 * hour), new Date(clock.nowMs() + hour));
}

const recorded = (invitationId: number) =>
  getDb()
    .select({ day: attendanceDays.day })
    .from(attendanceDays)
    .where(eq(attendanceDays.invitationId, invitationId))
    .all()
    .map((r) => r.day);

/** The live report's attendance figures by level. */
const levelFigures = () => {
  const report = getDb().insert(finalReports).values({ programId: demo().program.id }).returning().get();
  const model = liveReportModel(report);
  getDb().delete(finalReports).where(eq(finalReports.id, report.id)).run();
  return new Map(model.about.levels.map((l) => [l.levelId, l.figures]));
};

describe("roll-call per day", () => {
  it("marks each day, derives the mark, and counts days attended in the CSV and the report", async () => {
    const g = twoDayGathering();
    const days = gatheringDays(g.startsAt, g.endsAt);
    expect(days.length).toBeGreaterThanOrEqual(2);
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const url = `/gatherings/${g.id}/roll-call`;

    const shown = await callLoader(rollCall.loader, url, { cookie, params });
    expect(shown.data.days).toEqual(days);
    expect(shown.data.rows.every((r: { days: string[] }) => r.days.join() === days.join())).toBe(true);

    const invited = invitationsOf(g.id);
    const [first, second, third] = invited;
    // The first person came on the first day only, the second had an agreed absence, the third did not come.
    const form: Record<string, string | string[]> = {};
    for (const inv of invited) {
      form[`row.${inv.id}`] = "";
      if (inv.id === first!.id) form[`day.${inv.id}`] = [days[0]!];
      else if (inv.id === second!.id) form[`excused.${inv.id}`] = "1";
      else if (inv.id !== third!.id) form[`day.${inv.id}`] = days;
    }
    const saved = await callAction(rollCall.action, url, form, { cookie, params });
    expect(saved.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(saved, cookie)).toEqual({ key: "gatherings.done.selection", values: { count: invited.length } });
    const after = new Map(invitationsOf(g.id).map((i) => [i.id, i.attendance]));
    expect([after.get(first!.id), after.get(second!.id), after.get(third!.id)]).toEqual(["present", "excused", "absent"]);
    expect(invited.slice(3).every((i) => after.get(i.id) === "present")).toBe(true);
    // Only a partial presence is written down; present with no days recorded means every day.
    expect(recorded(first!.id)).toEqual([days[0]]);
    expect(invited.slice(1).every((i) => recorded(i.id).length === 0)).toBe(true);

    const again = await callLoader(rollCall.loader, url, { cookie, params });
    const row = (id: number) => again.data.rows.find((r: { id: number }) => r.id === id);
    expect(row(first!.id).days).toEqual([days[0]]);
    expect(row(second!.id)).toMatchObject({ mark: "excused", days: [] });

    // A day outside the gathering rejects the whole submission.
    const outside = await callAction(rollCall.action, url, { ...form, [`day.${third!.id}`]: "1999-01-01" }, { cookie, params });
    expect(outside.status).toBe(400);
    expect(outside.data).toEqual({ error: "rollCall.unknownDay" });
    expect(invitationsOf(g.id).find((i) => i.id === third!.id)!.attendance).toBe("absent");

    const request = new Request(`http://localhost:3000/gatherings/${g.id}/attendance.csv`, { headers: { Cookie: cookie } });
    const csv = (await gatheringCsv.loader({ request, params, context: { clientAddress: "127.0.0.1" } })) as Response;
    const lines = (await csv.text()).split("\r\n").filter(Boolean);
    expect(lines[0]!.split(";").at(-1)).toBe("Dager til stede");
    const daysColumn = lines.slice(1).map((l) => Number(l.split(";").at(-1)));
    expect(daysColumn.reduce((a, b) => a + b, 0)).toBe(1 + (invited.length - 3) * days.length);
    expect(daysColumn.filter((d) => d > 0)).toHaveLength(invited.length - 2);

    // The report counts people and days once the gathering is held.
    const before = levelFigures();
    expect((await callAction(page.action, `/gatherings/${g.id}`, { intent: "held" }, { cookie, params })).status).toBe(302);
    const heldFigures = levelFigures();
    const daysOf = (id: number) => (id === first!.id ? 1 : id === second!.id || id === third!.id ? 0 : days.length);
    let compared = 0;
    for (const [levelId, figures] of heldFigures) {
      const earlier = before.get(levelId);
      if (!figures || !earlier) continue; // withheld (fewer than five people): no figures to compare
      const ours = invited.filter((i) => i.leaderLevelId === levelId);
      expect(figures.daysAttended - earlier.daysAttended).toBe(ours.reduce((sum, i) => sum + daysOf(i.id), 0));
      expect(figures.present - earlier.present).toBe(ours.filter((i) => daysOf(i.id) > 0).length);
      compared += ours.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("keeps a one-day gathering's roll-call as it was, and a bulk mark clears the days", async () => {
    const g = twoDayGathering();
    const days = gatheringDays(g.startsAt, g.endsAt);
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const [first] = invitationsOf(g.id);
    await callAction(
      rollCall.action,
      `/gatherings/${g.id}/roll-call`,
      { [`row.${first!.id}`]: "", [`day.${first!.id}`]: days[1]! },
      { cookie, params },
    );
    expect(recorded(first!.id)).toEqual([days[1]]);
    await callAction(
      page.action,
      `/gatherings/${g.id}`,
      { intent: "markSelection", invitationIds: [String(first!.id)], attendance: "absent" },
      { cookie, params },
    );
    expect(recorded(first!.id)).toEqual([]);

    const oneDay = makeGathering({ startsAt: new Date(clock.nowMs() + 30 * 86_400_000), cohortIds: [demo().cohorts[0].id], confirm: true });
    moveGathering(oneDay.id, new Date(clock.nowMs() - hour));
    const shown = await callLoader(rollCall.loader, `/gatherings/${oneDay.id}/roll-call`, {
      cookie,
      params: { gatheringId: String(oneDay.id) },
    });
    expect(shown.data.days).toHaveLength(1);
    // The per-day fields are not the one-day form's: a submission of them alone is refused.
    const wrongForm = await callAction(
      rollCall.action,
      `/gatherings/${oneDay.id}/roll-call`,
      { [`row.${invitationsOf(oneDay.id)[0]!.id}`]: "" },
      { cookie, params: { gatheringId: String(oneDay.id) } },
    );
    expect(wrongForm.data).toEqual({ error: "attendance.invalid" });
  });
});

describe("walk-ins", () => {
  const emailsTo = (personId: number) =>
    getDb()
      .select({ kind: emailMessages.kind })
      .from(emailMessages)
      .where(eq(emailMessages.recipientPersonId, personId))
      .all()
      .map((m) => m.kind);

  it("adds someone of the organisation as present, flagged, without an invitation e-mail; prompted once held", async () => {
    const g = twoDayGathering();
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const url = `/gatherings/${g.id}/roll-call`;
    const invited = new Set(invitationsOf(g.id).map((i) => i.personId));
    const walkIn = getDb()
      .select()
      .from(people)
      .where(and(eq(people.organisationId, demo().program.organisationId), isNull(people.deactivatedAt)))
      .all()
      .find((p) => !invited.has(p.id))!;

    const found = await callLoader(rollCall.loader, `${url}?q=${encodeURIComponent(walkIn.name.split(" ")[0]!)}`, { cookie, params });
    expect(found.data.walkIn.candidates.map((c: { id: number }) => c.id)).toContain(walkIn.id);
    expect(found.data.walkIn.candidates.some((c: { id: number }) => invited.has(c.id))).toBe(false);

    const emailsBefore = emailsTo(walkIn.id);
    const added = await callAction(rollCall.action, url, { intent: "walkIn", personId: String(walkIn.id) }, { cookie, params });
    expect(added.location).toBe(url);
    const invitation = invitationsOf(g.id).find((i) => i.personId === walkIn.id)!;
    expect(invitation).toMatchObject({
      addedAtGathering: true,
      attendance: "present",
      rsvp: "accepted",
      leaderLevelId: walkIn.leaderLevelId,
    });
    expect(emailsTo(walkIn.id)).toEqual(emailsBefore);
    expect(
      getDb()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, "invitation"), eq(auditEvents.entityId, invitation.id)))
        .all()
        .map((a) => a.action),
    ).toEqual(["walk_in_added"]);

    const shown = await callLoader(page.loader, `/gatherings/${g.id}`, { cookie, params });
    const nb = translator("nb");
    expect(inviteeRows(shown.data.inviteeRows).find((i) => i.id === invitation.id)).toMatchObject({
      attendance: `${nb("attendance.status.present")} (${nb("rollCall.walkIn.marker")})`,
    });

    // Twice, or someone of another organisation: refused next to the field, nothing written.
    const again = await callAction(rollCall.action, url, { intent: "walkIn", personId: String(walkIn.id) }, { cookie, params });
    expect(again.status).toBe(409);
    expect(again.data.result.error.personId).toEqual(["rollCall.walkIn.alreadyInvited"]);
    const elvik = personByEmail("coordinator@elvik.example.org");
    const foreign = await callAction(rollCall.action, url, { intent: "walkIn", personId: String(elvik.id) }, { cookie, params });
    expect(foreign.status).toBe(404);
    expect(invitationsOf(g.id).some((i) => i.personId === elvik.id)).toBe(false);

    // Counted as present, and asked to reflect and for feedback like everyone present once the gathering is held.
    await callAction(page.action, `/gatherings/${g.id}`, { intent: "held" }, { cookie, params });
    expect(
      emailsTo(walkIn.id)
        .filter((k) => !emailsBefore.includes(k))
        .sort(),
    ).toEqual(["feedback_request", "reflection_prompt"]);
  });

  it("is not offered before the gathering starts", async () => {
    const future = makeGathering({ startsAt: new Date(clock.nowMs() + 86_400_000), cohortIds: [demo().cohorts[0].id], confirm: true });
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(future.id) };
    const someone = personByEmail("leader@example.org");
    const refused = await callAction(
      rollCall.action,
      `/gatherings/${future.id}/roll-call`,
      { intent: "walkIn", personId: String(someone.id) },
      { cookie, params },
    );
    expect(refused.status).toBe(409);
    expect(invitationsOf(future.id).filter((i) => i.addedAtGathering)).toHaveLength(0);
  });
});
