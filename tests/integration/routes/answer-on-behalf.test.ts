import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import * as gatheringPage from "../../../app/routes/gatherings.$gatheringId";
import { callAction, signInAs } from "../../helpers/routes";
import { demo, invitationsOf, makeGathering, moveGathering } from "../../helpers/gatherings";

const answer = async (gatheringId: number, intent: string, invitationIds: number[], email = "coordinator@example.org") =>
  callAction(
    gatheringPage.action,
    `/gatherings/${gatheringId}`,
    { intent, invitationIds: invitationIds.map(String) },
    { cookie: await signInAs(email), params: { gatheringId: String(gatheringId) } },
  );

describe("the coordinator's answer on behalf", () => {
  it("records the answers with the waitlist rule and audits each as given on behalf", async () => {
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 20 * dayMs),
      cohortIds: [demo().cohorts[0].id],
      capacity: 1,
      confirm: true,
    });
    const [first, second] = invitationsOf(g.id);
    const result = await answer(g.id, "acceptOnBehalf", [first!.id, second!.id]);
    expect(result.status, JSON.stringify(result.data)).toBe(302);
    const after = new Map(invitationsOf(g.id).map((i) => [i.id, i.rsvp]));
    // One place: the second acceptance waits.
    expect([after.get(first!.id), after.get(second!.id)].sort()).toEqual(["accepted", "waitlisted"]);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "invitation"), eq(auditEvents.action, "rsvp_on_behalf")))
      .all()
      .filter((e) => [first!.id, second!.id].includes(e.entityId!));
    expect(audit).toHaveLength(2);
    // Declining the place on someone's behalf gives it to the waitlist, as their own answer would.
    const holder = invitationsOf(g.id).find((i) => i.rsvp === "accepted")!;
    expect((await answer(g.id, "declineOnBehalf", [holder.id])).status).toBe(302);
    expect(
      invitationsOf(g.id)
        .filter((i) => i.rsvp === "accepted")
        .map((i) => i.id),
    ).not.toContain(holder.id);
    expect(invitationsOf(g.id).filter((i) => i.rsvp === "accepted")).toHaveLength(1);
  });

  it("is refused after the start, for another gathering's invitation, and to facilitators", async () => {
    const g = makeGathering({ startsAt: new Date(clock.nowMs() + 21 * dayMs), cohortIds: [demo().cohorts[0].id], confirm: true });
    const other = makeGathering({ startsAt: new Date(clock.nowMs() + 22 * dayMs), cohortIds: [demo().cohorts[0].id], confirm: true });
    const [mine] = invitationsOf(g.id);
    const [foreign] = invitationsOf(other.id);
    expect((await answer(g.id, "acceptOnBehalf", [mine!.id, foreign!.id])).status).toBe(404);
    expect(invitationsOf(g.id).find((i) => i.id === mine!.id)!.rsvp).toBe("pending");
    expect((await answer(g.id, "acceptOnBehalf", [mine!.id], "facilitator@example.org")).status).toBe(403);
    moveGathering(g.id, new Date(clock.nowMs() - 3_600_000));
    const late = await answer(g.id, "acceptOnBehalf", [mine!.id]);
    expect(late.status).toBe(409);
    expect(JSON.stringify(late.data)).toContain("rsvp.tooLate");
    expect(invitationsOf(g.id).find((i) => i.id === mine!.id)!.rsvp).toBe("pending");
  });
});
