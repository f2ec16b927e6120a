import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailMessages, gatheringExtraInvitees, invitations, unionParticipations } from "../../../db/schema";
import { clock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { changeStatus } from "../../../app/server/gathering-commands.server";
import * as participation from "../../../app/routes/participation";
import * as gatheringPage from "../../../app/routes/gatherings.$gatheringId";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { demo, gatheringByTitle } from "../../helpers/gatherings";
import { lookup } from "../../helpers/lookups";
import { useSmtpServer } from "../../helpers/smtp";

const mail = useSmtpServer();

const kjell = "kjell.tillitsvalgt@fjellby.example.org"; // "kept informed" in the seed
const siri = "siri.tillitsvalgt@fjellby.example.org"; // "selected gatherings"
const petter = "petter.tillitsvalgt@fjellby.example.org"; // "full"

const confirmed = () => gatheringByTitle("Samling 1: Førstelinjelederen");
const planned = () => gatheringByTitle("Samling 3: Ledelse i krise og hverdag");

const participationOf = (email: string) =>
  getDb()
    .select()
    .from(unionParticipations)
    .where(eq(unionParticipations.personId, lookup.person(email).id))
    .get()!;
const invitationOf = (gatheringId: number, email: string) =>
  getDb()
    .select()
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.personId, lookup.person(email).id)))
    .get();
const mailsTo = (email: string, kind: string) =>
  getDb()
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.recipientPersonId, lookup.person(email).id), eq(emailMessages.kind, kind as never)))
    .all();

async function setMode(email: string, mode: string) {
  const p = participationOf(email);
  const result = await callAction(
    participation.action,
    "/participation",
    {
      intent: "setMode",
      formId: `mode-${p.id}`,
      participationId: String(p.id),
      mode,
    },
    { cookie: await signInAs(email) },
  );
  expect(result.status, JSON.stringify(result.data)).toBe(302);
}

async function choose(email: string, gatheringIds: number[]) {
  const p = participationOf(email);
  return callAction(
    participation.action,
    "/participation",
    {
      intent: "setGatherings",
      formId: `gatherings-${p.id}`,
      participationId: String(p.id),
      gatheringIds: gatheringIds.map(String),
    },
    { cookie: await signInAs(email) },
  );
}

describe("a union representative's mode takes effect on invitations", () => {
  it("full invites to the confirmed gatherings as an observer; observer withdraws it with a calendar cancellation; full again invites anew", async () => {
    expect(invitationOf(confirmed().id, kjell)).toBeUndefined();
    await setMode(kjell, "full");
    expect(invitationOf(confirmed().id, kjell)).toMatchObject({
      cohortId: null,
      rsvp: "pending",
    });
    expect(invitationOf(planned().id, kjell)).toBeUndefined();
    expect(mailsTo(kjell, "invitation")).toHaveLength(1);

    await dispatchAllDue({ transport: mail.transport, owner: "test" });
    expect(mail.smtp.to(kjell).map((m) => m.mail.subject)).toEqual([expect.stringContaining("Samling 1: Førstelinjelederen")]);

    await setMode(kjell, "observer");
    expect(invitationOf(confirmed().id, kjell)).toBeUndefined();
    expect(mailsTo(kjell, "invitation_withdrawn")).toHaveLength(1);
    await dispatchAllDue({ transport: mail.transport, owner: "test" });
    const withdrawal = mail.smtp.to(kjell).at(-1)!;
    expect(withdrawal.mail.subject).toMatch(/trukket tilbake|withdrawn/i);
    expect(withdrawal.raw).toContain("METHOD:CANCEL");

    await setMode(kjell, "full");
    expect(invitationOf(confirmed().id, kjell)).toMatchObject({
      cohortId: null,
    });
    expect(mailsTo(kjell, "invitation").filter((m) => m.status === "queued")).toHaveLength(1);
  });

  it("selected gatherings invites to the chosen confirmed ones, and to a chosen planned one once it is confirmed", async () => {
    const page = await callLoader(participation.loader, "/participation", {
      cookie: await signInAs(siri),
    });
    const choices = page.data.choices.find((c: { participationId: number }) => c.participationId === participationOf(siri).id);
    expect(choices.gatherings.map((g: { id: number }) => g.id)).toEqual(expect.arrayContaining([confirmed().id, planned().id]));

    expect((await choose(siri, [planned().id])).status).toBe(302);
    expect(invitationOf(confirmed().id, siri)).toBeUndefined();
    expect(invitationOf(planned().id, siri)).toBeUndefined();

    const { actor } = demo();
    changeStatus(planned(), { to: "confirmed" }, actor, clock.now());
    expect(invitationOf(planned().id, siri)).toMatchObject({ cohortId: null });
    // The full-mode representative is invited when a gathering is confirmed, too.
    expect(invitationOf(planned().id, petter)).toMatchObject({
      cohortId: null,
    });

    expect((await choose(siri, [confirmed().id])).status).toBe(302);
    expect(invitationOf(confirmed().id, siri)).toBeDefined();
    expect(invitationOf(planned().id, siri)).toBeUndefined();
    expect(mailsTo(siri, "invitation_withdrawn").map((m) => (m.payload as { gatheringId: number }).gatheringId)).toEqual([planned().id]);
  });

  it("leaves an invitation the person has on other grounds, and refuses gatherings that cannot be chosen", async () => {
    getDb()
      .insert(gatheringExtraInvitees)
      .values({ gatheringId: confirmed().id, personId: lookup.person(siri).id })
      .run();
    expect((await choose(siri, [])).status).toBe(302);
    expect(invitationOf(confirmed().id, siri)).toBeDefined();

    const held = gatheringByTitle("Samling 1: Fra fagperson til leder");
    expect((await choose(siri, [held.id])).status).toBe(404);
    expect((await choose(siri, [999_999])).status).toBe(404);
  });
});

describe("the coordinator removes people from a gathering's invitation", () => {
  it("withdraws the selected invitations with a calendar cancellation, only before the gathering", async () => {
    const g = confirmed();
    const cookie = await signInAs("coordinator@example.org");
    const params = { gatheringId: String(g.id) };
    const [first, second] = getDb().select().from(invitations).where(eq(invitations.gatheringId, g.id)).all();
    const result = await callAction(
      gatheringPage.action,
      `/gatherings/${g.id}`,
      {
        intent: "removeSelection",
        invitationIds: [String(first!.id), String(second!.id)],
      },
      { cookie, params },
    );
    expect(result.location).toBe(`/gatherings/${g.id}`);
    expect(await flashAfter(result, cookie)).toEqual({ key: "gatherings.done.removed", values: { count: 2 } });
    expect(
      getDb()
        .select()
        .from(invitations)
        .where(inArray(invitations.id, [first!.id, second!.id]))
        .all(),
    ).toEqual([]);
    for (const personId of [first!.personId, second!.personId]) {
      const mails = getDb()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.recipientPersonId, personId), eq(emailMessages.kind, "invitation_withdrawn")))
        .all();
      expect(mails).toHaveLength(1);
    }

    const held = gatheringByTitle("Samling 1: Fra fagperson til leder");
    const past = getDb().select().from(invitations).where(eq(invitations.gatheringId, held.id)).get()!;
    const refused = await callAction(
      gatheringPage.action,
      `/gatherings/${held.id}`,
      { intent: "removeSelection", invitationIds: [String(past.id)] },
      { cookie, params: { gatheringId: String(held.id) } },
    );
    expect(refused.status).toBe(400);
    const facilitator = await signInAs("facilitator@example.org");
    const forbidden = await callAction(
      gatheringPage.action,
      `/gatherings/${g.id}`,
      { intent: "removeSelection", invitationIds: [String(past.id)] },
      { cookie: facilitator, params },
    );
    expect(forbidden.status).toBe(403);
  });
});
