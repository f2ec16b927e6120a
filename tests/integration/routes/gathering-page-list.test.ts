// The gathering page's invitee list in pages, and its figures kept per data revision.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations, people } from "../../../db/schema";
import { englishCoordinator } from "../../helpers/lookups";
import { clock } from "../../../app/server/clock.server";
import { openDatabase } from "../../../app/server/db.server";
import { dayMs } from "../../../app/domain/time";
import { inviteesPerPage } from "../../../app/server/gathering-queries.server";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import { translator } from "../../../app/i18n/catalog";
import { inviteeRows } from "../../helpers/drawn-html";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { demo, invitationsOf, leaderCohort, makeGathering } from "../../helpers/gatherings";

const nb = translator("nb");

/** A confirmed gathering four weeks ahead for a new cohort of `size` leaders (plus the union observers it invites). */
function gatheringFor(size: number, tag: string) {
  const cohort = leaderCohort(size, `Sidekull ${tag}`, `Sideleder ${tag}`);
  return makeGathering({ startsAt: new Date(clock.nowMs() + 28 * dayMs), cohortIds: [cohort.id], confirm: true });
}

const load = (gatheringId: number, cookie: string, query = "") =>
  callLoader(page.loader, `/gatherings/${gatheringId}${query}`, { cookie, params: { gatheringId: String(gatheringId) } });
/** The invitees the page shows, read from its rows (see the loader). */
const shownAt = async (gatheringId: number, cookie: string, query = "") =>
  inviteeRows((await load(gatheringId, cookie, query)).data.inviteeRows);

describe("the gathering page's invitee list", () => {
  it("shows one page of invitees at a time, by name, and every invitee on some page", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const g = gatheringFor(inviteesPerPage + 12, "a");
    const total = invitationsOf(g.id).length;
    const pages = Math.ceil(total / inviteesPerPage);
    expect(pages).toBeGreaterThan(1);

    const first = await load(g.id, cookie);
    expect(first.data.inviteeCount).toBe(total);
    // The rows come as HTML drawn on the server, each with its checkbox for the coordinator, not as data.
    expect(first.data).not.toHaveProperty("invitees");
    expect(inviteeRows(first.data.inviteeRows)).toHaveLength(inviteesPerPage);
    expect(inviteeRows(first.data.inviteeRows).every((i) => i.id !== null)).toBe(true);
    expect(first.data.inviteePages).toEqual({ page: 1, pages, from: 1, to: inviteesPerPage });
    expect((await load(g.id, cookie, `?page=${pages}`)).data.inviteePages).toEqual({
      page: pages,
      pages,
      from: (pages - 1) * inviteesPerPage + 1,
      to: total,
    });

    const seen = [];
    for (let n = 1; n <= pages; n++) seen.push(...(await shownAt(g.id, cookie, `?page=${n}`)));
    expect(seen.map((i) => i.id!).sort((a, b) => a - b)).toEqual(invitationsOf(g.id).map((i) => i.id));
    const names = seen.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Past the end is the last page; anything that is not a page number is the first.
    const beyond = await load(g.id, cookie, "?page=999");
    expect(beyond.data.inviteePages.page).toBe(pages);
    expect(beyond.data.inviteeRows).toBe((await load(g.id, cookie, `?page=${pages}`)).data.inviteeRows);
    for (const odd of ["?page=0", "?page=-1", "?page=abc", "?page=1e2"])
      expect((await load(g.id, cookie, odd)).data.inviteePages.page).toBe(1);
  });

  it("hands a document's render the rows by key, and sends them in the data only of a data request", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const g = gatheringFor(3, "n");
    const forData = (await load(g.id, cookie)).data.inviteeRows;
    const documentMarkup = new Map<string, string>();
    const forDocument = (
      await callLoader(page.loader, `/gatherings/${g.id}`, { cookie, params: { gatheringId: String(g.id) }, context: { documentMarkup } })
    ).data.inviteeRows;
    expect(forDocument).toEqual({ key: forData.key });
    expect([...documentMarkup]).toEqual([[forData.key, forData.html]]);
    expect(inviteeRows(forData)).toHaveLength(invitationsOf(g.id).length);
  });

  it("counts places and levels over all invitees, not the page", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const g = gatheringFor(inviteesPerPage + 5, "b");
    const rows = invitationsOf(g.id);
    const shown = (await load(g.id, cookie)).data;
    expect(shown.accepted).toBe(rows.filter((i) => i.rsvp === "accepted").length);
    expect(shown.byLevel.reduce((sum: number, l: { invited: number }) => sum + l.invited, 0)).toBe(rows.length);
  });

  it("answers on behalf of a later page's invitees and comes back to that page, showing the answers", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const g = gatheringFor(inviteesPerPage + 3, "c");
    const second = await shownAt(g.id, cookie, "?page=2");
    const chosen = second.slice(0, 2).map((i) => String(i.id));
    const answered = await callAction(
      page.action,
      `/gatherings/${g.id}?page=2`,
      { intent: "declineOnBehalf", invitationIds: chosen },
      { cookie, params: { gatheringId: String(g.id) } },
    );
    expect(answered.status).toBe(302);
    expect(answered.location).toBe(`/gatherings/${g.id}?page=2`);
    const after = await shownAt(g.id, cookie, "?page=2");
    const declined = nb("rsvp.status.declined");
    expect(after.filter((i) => chosen.includes(String(i.id))).map((i) => i.rsvp)).toEqual([declined, declined]);
  });
});

describe("the gathering page's rows, drawn once per kind of viewer and language", () => {
  it("gives checkboxes only to who may select, and each reader their language", async () => {
    const cohort = leaderCohort(3, "Sidekull f", "Sideleder f");
    const g = makeGathering({
      startsAt: new Date(clock.nowMs() + 28 * dayMs),
      cohortIds: [cohort.id],
      facilitatorIds: [demo().internalFacilitator.id],
      confirm: true,
    });
    const coordinator = await signInAs("coordinator@example.org");
    const rows = await shownAt(g.id, coordinator);
    expect(rows.every((i) => i.id !== null)).toBe(true);
    // The gathering's facilitator reads the list, and selects nothing before the roll call opens.
    const byFacilitator = await shownAt(g.id, await signInAs("facilitator@example.org"));
    expect(byFacilitator.map((i) => i.name)).toEqual(rows.map((i) => i.name));
    expect(byFacilitator.every((i) => i.id === null)).toBe(true);

    // A second coordinator who reads English, added before either views the page: no write comes
    // between the two views, so the kept list is the same and only the language tells the rows apart.
    const english = englishCoordinator(demo().coordinator.organisationId);
    const [inNorwegian, inEnglish] = [await signInAs(demo().coordinator.email), await signInAs(english.email)];
    const first = (await shownAt(g.id, inNorwegian))[0]!;
    const firstInEnglish = (await shownAt(g.id, inEnglish))[0]!;
    const rsvp = invitationsOf(g.id).find((i) => i.id === first.id)!.rsvp;
    expect(firstInEnglish.id).toBe(first.id);
    expect(first.rsvp).toBe(translator(demo().coordinator.preferredLanguage)(`rsvp.status.${rsvp}`));
    expect(firstInEnglish.rsvp).toBe(translator("en")(`rsvp.status.${rsvp}`));
    expect(firstInEnglish.rsvp).not.toBe(first.rsvp);
  });
});

describe("the gathering page's figures, kept per data revision", () => {
  it("follow a write made through another connection, as another process's would be", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const g = gatheringFor(3, "d");
    const before = await shownAt(g.id, cookie);
    const target = before.find((i) => i.name.startsWith("Sideleder d"))!;

    const other = openDatabase(process.env.DATABASE_PATH!);
    try {
      other
        .update(people)
        .set({ name: "Aaberg Omdøpt" })
        .where(eq(people.id, invitationsOf(g.id).find((i) => i.id === target.id)!.personId))
        .run();
      other.update(invitations).set({ rsvp: "declined" }).where(eq(invitations.id, target.id!)).run();
    } finally {
      other.$client.close();
    }
    const after = await shownAt(g.id, cookie);
    expect(after[0]).toMatchObject({ id: target.id, name: "Aaberg Omdøpt", rsvp: nb("rsvp.status.declined") });
  });

  it("are reached only through the guard: another organisation's coordinator gets a 404 from a warm cache", async () => {
    const g = gatheringFor(3, "e");
    expect((await load(g.id, await signInAs("coordinator@example.org"))).status).toBe(200);
    expect((await load(g.id, await signInAs("coordinator@elvik.example.org"))).status).toBe(404);
  });
});
