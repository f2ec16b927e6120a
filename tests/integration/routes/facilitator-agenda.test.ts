import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, auditEvents, emailMessages } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { utcToOslo } from "../../../app/domain/gatherings";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import * as agendaPage from "../../../app/routes/gatherings.$gatheringId_.agenda";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { demo, gatheringById, makeGathering, moveGathering } from "../../helpers/gatherings";
import { changeStatus } from "../../../app/server/gathering-commands.server";

const facilitatorEmail = "facilitator@example.org"; // the demo's internal facilitator

const rowsOf = (gatheringId: number) =>
  getDb().select().from(agendaItems).where(eq(agendaItems.gatheringId, gatheringId)).orderBy(agendaItems.position).all();

function agendaForm(gathering: { startsAt: Date }, rows: { hours: number; title: string; facilitatorId?: number }[]) {
  const form: Record<string, string> = {};
  rows.forEach((row, i) => {
    const at = utcToOslo(new Date(+gathering.startsAt + row.hours * 3_600_000));
    form[`agenda[${i}].date`] = at.date;
    form[`agenda[${i}].time`] = at.time;
    form[`agenda[${i}].title`] = row.title;
    if (row.facilitatorId) form[`agenda[${i}].facilitatorId`] = String(row.facilitatorId);
  });
  return form;
}

const post = async (gatheringId: number, email: string, form: Record<string, string>) =>
  callAction(agendaPage.action, `/gatherings/${gatheringId}/agenda`, form, {
    cookie: await signInAs(email),
    params: { gatheringId: String(gatheringId) },
  });

describe("the facilitators' agenda page", () => {
  it("is open to the gathering's own facilitators and the coordinator only", async () => {
    const { internalFacilitator, externalFacilitator } = demo();
    const led = makeGathering({ startsAt: new Date(clock.nowMs() + 50 * dayMs), facilitatorIds: [internalFacilitator.id] });
    const notLed = makeGathering({ startsAt: new Date(clock.nowMs() + 51 * dayMs), facilitatorIds: [externalFacilitator.id] });
    const status = async (id: number, email: string) =>
      (
        await callLoader(agendaPage.loader, `/gatherings/${id}/agenda`, {
          cookie: await signInAs(email),
          params: { gatheringId: String(id) },
        })
      ).status;
    expect(await status(led.id, facilitatorEmail)).toBe(200);
    expect(await status(led.id, "coordinator@example.org")).toBe(200);
    expect(await status(notLed.id, facilitatorEmail)).toBe(403);
    expect(await status(led.id, "leader@example.org")).toBe(403);
    expect((await post(notLed.id, facilitatorEmail, agendaForm(notLed, [{ hours: 1, title: "Forsøk" }]))).status).toBe(403);
    expect(rowsOf(notLed.id)).toEqual([]);
  });

  it("saves the agenda and nothing else, with the day of each row, and audits it", async () => {
    const { internalFacilitator } = demo();
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 52 * dayMs),
      endsAt: new Date(clock.nowMs() + 53 * dayMs + 6 * 3_600_000),
      facilitatorIds: [internalFacilitator.id],
    });
    const result = await post(g.id, facilitatorEmail, {
      ...agendaForm(g, [
        { hours: 25, title: "Dag to: oppsummering" },
        { hours: 1, title: "Velkommen", facilitatorId: internalFacilitator.id },
      ]),
      // Fields of the gathering form are not this page's to change.
      title: "Kapret tittel",
      startTime: "03:00",
    });
    expect(result.status, JSON.stringify(result.data)).toBe(302);
    expect(rowsOf(g.id).map((r) => [r.title, r.facilitatorId])).toEqual([
      ["Velkommen", internalFacilitator.id],
      ["Dag to: oppsummering", null],
    ]);
    expect(gatheringById(g.id)).toMatchObject({ title: g.title, startsAt: g.startsAt });
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, g.id), eq(auditEvents.action, "agenda_updated")))
      .all();
    expect(audit).toHaveLength(1);
  });

  it("refuses a row outside the gathering and a facilitator of another organisation", async () => {
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 54 * dayMs), facilitatorIds: [demo().internalFacilitator.id] });
    expect((await post(g.id, facilitatorEmail, agendaForm(g, [{ hours: -3, title: "For tidlig" }]))).status).toBe(400);
    expect((await post(g.id, facilitatorEmail, agendaForm(g, [{ hours: 1, title: "Fremmed", facilitatorId: 999_999 }]))).status).toBe(400);
    expect(rowsOf(g.id)).toEqual([]);
  });

  it("tells invitees and facilitators of a confirmed gathering with the coalesced change notice", async () => {
    const { internalFacilitator, cohorts } = demo();
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 55 * dayMs),
      cohortIds: [cohorts[0].id],
      facilitatorIds: [internalFacilitator.id],
      confirm: true,
    });
    const queued = (kind: string) =>
      getDb()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.kind, kind), eq(emailMessages.status, "queued")))
        .all()
        .filter((m) => (m.payload as { gatheringId: number }).gatheringId === g.id);
    expect(queued("change_notice")).toEqual([]);
    expect((await post(g.id, facilitatorEmail, agendaForm(g, [{ hours: 1, title: "Velkommen" }]))).status).toBe(302);
    expect((await post(g.id, facilitatorEmail, agendaForm(g, [{ hours: 2, title: "Velkommen" }]))).status).toBe(302);
    const notices = queued("change_notice");
    expect(notices.length).toBeGreaterThan(0);
    // Two saves, one notice per person, with the newest sequence.
    expect(new Set(notices.map((n) => n.recipientPersonId)).size).toBe(notices.length);
    expect(notices.every((n) => (n.payload as { sequence: number }).sequence === 2)).toBe(true);
    // The facilitator's first request had not gone out yet: it stays one message, at the newest sequence.
    expect(queued("facilitator_invitation").map((m) => (m.payload as { sequence: number }).sequence)).toEqual([2]);
    // Saving the same agenda again changes nothing and tells nobody.
    expect((await post(g.id, facilitatorEmail, agendaForm(g, [{ hours: 2, title: "Velkommen" }]))).status).toBe(302);
    expect(gatheringById(g.id).sequence).toBe(2);
  });

  it("is closed once the gathering is held", async () => {
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 3 * dayMs),
      facilitatorIds: [demo().internalFacilitator.id],
      confirm: true,
    });
    const moved = moveGathering(g.id, new Date(clock.nowMs() - dayMs));
    changeStatus(moved, { to: "held" }, demo().actor, clock.now());
    expect((await post(g.id, facilitatorEmail, agendaForm(moved, [{ hours: 1, title: "Etterpå" }]))).status).toBe(409);
  });
});
