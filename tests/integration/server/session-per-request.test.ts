import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { programs } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { requestIdHeader, trustRequestNumbers } from "../../../app/server/request-scope.server";
import { requireOwnProgram } from "../../../app/server/guards.server";
import { getSessionUser } from "../../../app/server/session.server";
import { demoAccounts } from "../../helpers/demo-accounts";
import { recordQueries } from "../../helpers/query-plans";
import { signInAs } from "../../helpers/routes";

let cookie: string;
beforeAll(async () => {
  cookie = await signInAs(demoAccounts.coordinator);
});

const request = (init: { id?: string; method?: string } = {}) =>
  new Request("http://localhost:3000/programs", {
    method: init.method ?? "GET",
    headers: { Cookie: cookie, ...(init.id ? { [requestIdHeader]: init.id } : {}) },
  });

/** The session lookups a piece of work ran (each reads the sessions table once). */
async function lookups(work: () => Promise<unknown>) {
  const queries = await recordQueries(work);
  return queries.filter((q) => /from "sessions"/.test(q.sql)).length;
}

describe("the session of a page view", () => {
  it("is looked up for every loader while no launcher numbers the requests (the dev server passes a client's header on)", async () => {
    expect(await lookups(async () => Promise.all([getSessionUser(request({ id: "z1" })), getSessionUser(request({ id: "z1" }))]))).toBe(2);
    trustRequestNumbers();
  });

  it("is looked up once for the loaders of one numbered GET (root, layout and page)", async () => {
    const users: unknown[] = [];
    const count = await lookups(async () => {
      // As Remix runs them: each loader with its own copy of the request, all started together.
      users.push(...(await Promise.all([request({ id: "a1" }), request({ id: "a1" }), request({ id: "a1" })].map(getSessionUser))));
    });
    expect(count).toBe(1);
    expect(users[0]).toMatchObject({ email: demoAccounts.coordinator });
    expect(users[1]).toBe(users[0]);
    expect(users[2]).toBe(users[0]);
  });

  it("is looked up again for another request, for a post and for a request the launcher did not number", async () => {
    expect(await lookups(async () => Promise.all([getSessionUser(request({ id: "b1" })), getSessionUser(request({ id: "b2" }))]))).toBe(2);
    // A post's action may sign in or out, so its loaders read the session afresh.
    expect(
      await lookups(async () =>
        Promise.all([getSessionUser(request({ id: "c1", method: "POST" })), getSessionUser(request({ id: "c1", method: "POST" }))]),
      ),
    ).toBe(2);
    expect(await lookups(async () => Promise.all([getSessionUser(request()), getSessionUser(request())]))).toBe(2);
  });
});

describe("the programme of a page view", () => {
  // As the launcher does at start (the first describe shows the header is not believed before it).
  beforeAll(() => trustRequestNumbers());

  /** The programme lookups a piece of work ran. */
  async function programLookups(work: () => Promise<unknown>) {
    const queries = await recordQueries(work);
    return queries.filter((q) => /from "programs"/.test(q.sql)).length;
  }

  it("is read once for the loaders of one numbered GET (layouts and page), and again for another request or a post", async () => {
    const user = (await getSessionUser(request()))!;
    const programId = String(
      getDb().select({ id: programs.id }).from(programs).where(eq(programs.organisationId, user.organisationId)).get()!.id,
    );
    const ask = (init: { id: string; method?: string }) => requireOwnProgram(request(init), programId);
    const shared: { program: unknown }[] = [];
    expect(
      await programLookups(async () => shared.push(...(await Promise.all([ask({ id: "p1" }), ask({ id: "p1" }), ask({ id: "p1" })])))),
    ).toBe(1);
    expect(shared[1]!.program).toBe(shared[0]!.program);
    expect(shared[2]!.program).toBe(shared[0]!.program);
    expect(await programLookups(async () => Promise.all([ask({ id: "p2" }), ask({ id: "p3" })]))).toBe(2);
    expect(await programLookups(async () => Promise.all([ask({ id: "p4", method: "POST" }), ask({ id: "p4", method: "POST" })]))).toBe(2);
    // A programme that is not the organisation's is refused in every loader, not remembered as found.
    await expect(requireOwnProgram(request({ id: "p5" }), "999999")).rejects.toMatchObject({ status: 404 });
    await expect(requireOwnProgram(request({ id: "p5" }), "999999")).rejects.toMatchObject({ status: 404 });
  });
});
