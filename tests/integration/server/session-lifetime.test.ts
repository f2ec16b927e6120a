import { afterEach, describe, expect, it } from "vitest";
import { clock, setClock } from "../../../app/server/clock.server";
import { getSessionUser, sessionIdleMs, sessionLifetimeMs } from "../../../app/server/session.server";
import { signInAs } from "../../helpers/routes";

const request = (cookie: string) => new Request("http://localhost:3000/", { headers: { Cookie: cookie } });
const minute = 60_000;

describe("session lifetime", () => {
  afterEach(() => setClock(null));

  it("ends after eight hours without a request", async () => {
    const start = clock.nowMs();
    const cookie = await signInAs("leader@example.org");
    setClock(new Date(start + sessionIdleMs - minute));
    expect(await getSessionUser(request(cookie))).not.toBeNull();
    // That request pushed the idle deadline on.
    setClock(new Date(start + 2 * sessionIdleMs - 2 * minute));
    expect(await getSessionUser(request(cookie))).not.toBeNull();
    setClock(new Date(start + 3 * sessionIdleMs));
    expect(await getSessionUser(request(cookie))).toBeNull();
  });

  it("ends seven days after sign-in, however active", async () => {
    const start = clock.nowMs();
    const cookie = await signInAs("leader@example.org");
    for (let t = start; t < start + sessionLifetimeMs - sessionIdleMs; t += sessionIdleMs / 2) {
      setClock(new Date(t));
      expect(await getSessionUser(request(cookie))).not.toBeNull();
    }
    setClock(new Date(start + sessionLifetimeMs + minute));
    expect(await getSessionUser(request(cookie))).toBeNull();
  });
});
