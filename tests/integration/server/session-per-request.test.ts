import { beforeAll, describe, expect, it } from "vitest";
import { requestIdHeader, trustRequestNumbers } from "../../../app/server/request-scope.server";
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
