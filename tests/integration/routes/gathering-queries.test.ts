import { describe, expect, it } from "vitest";
import * as page from "../../../app/routes/gatherings.$gatheringId";
import * as calendar from "../../../app/routes/programs.$programId.gatherings";
import { conflictsFor, gatheringInputOf } from "../../../app/server/gathering-queries.server";
import { osloAt } from "../../helpers/days";
import { callLoader, signInAs } from "../../helpers/routes";
import { expectIndexed, recordQueries } from "../../helpers/query-plans";
import { demo, gatheringByTitle, invitationsOf, leaderCohort, makeGathering } from "../../helpers/gatherings";

describe("the gathering page's queries", () => {
  it("stay few and fixed whatever the number of invitees, and use indexes", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const load = (id: number) =>
      recordQueries(() => callLoader(page.loader, `/gatherings/${id}`, { cookie, params: { gatheringId: String(id) } }));
    const small = makeGathering({
      startsAt: osloAt(56),
      cohortIds: [leaderCohort(20, "Stort kull a", "Leder a").id],
      confirm: true,
    });
    const large = makeGathering({
      startsAt: osloAt(63),
      cohortIds: [leaderCohort(200, "Stort kull b", "Leder b").id],
      confirm: true,
    });
    // The cohort, besides the union representatives whose own mode invites them to every gathering.
    expect(invitationsOf(large.id).filter((i) => i.cohortId !== null)).toHaveLength(200);

    const smallQueries = await load(small.id);
    const largeQueries = await load(large.id);
    console.info(`gathering page with 200 invitees: ${largeQueries.length} queries`);
    expect(largeQueries.length).toBe(smallQueries.length);
    expect(largeQueries.length).toBeLessThanOrEqual(9);

    expectIndexed(largeQueries);
  });

  it("the programme calendar reads gatherings and their counts through indexes", async () => {
    const { program } = demo();
    for (const email of ["coordinator@example.org", "facilitator@example.org"]) {
      const cookie = await signInAs(email);
      const queries = await recordQueries(() =>
        callLoader(calendar.loader, `/programs/${program.id}/gatherings`, { cookie, params: { programId: String(program.id) } }),
      );
      expectIndexed(queries);
    }
  });

  it("the conflict check reads a few indexed queries, names included", async () => {
    const { program } = demo();
    const seeded = gatheringByTitle("Samling 1: Førstelinjelederen");
    let warnings: ReturnType<typeof conflictsFor> = [];
    const input = gatheringInputOf(seeded);
    const queries = await recordQueries(async () => {
      warnings = conflictsFor(input, program, null);
    });
    expect(warnings.map((w) => w.kind)).toEqual(["invitees_booked", "facilitators_booked", "venue_booked"]);
    expect(queries.length).toBe(4);
    expectIndexed(queries);
  });
});
