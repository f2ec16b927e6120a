import { afterEach, describe, expect, it } from "vitest";
import { clock, setClock } from "../../../app/server/clock.server";
import { destroySession, getSessionUser, sessionIdleMs, sessionLifetimeMs } from "../../../app/server/session.server";
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

  it("is read from the database on every request, though its cookie's signature is checked once", async () => {
    const cookie = await signInAs("leader@example.org");
    expect(await getSessionUser(request(cookie))).not.toBeNull();
    // The same header again: known, but the session it names is gone after signing out.
    await destroySession(request(cookie));
    expect(await getSessionUser(request(cookie))).toBeNull();
  });

  it("refuses a cookie whose signature was changed, after the genuine one was accepted", async () => {
    const cookie = await signInAs("leader@example.org");
    expect(await getSessionUser(request(cookie))).not.toBeNull();
    // `name=encoded(value.signature)`: one character of the signature changed (a whole six bits of it).
    const cut = cookie.indexOf("=");
    const signed = decodeURIComponent(cookie.slice(cut + 1));
    const at = signed.lastIndexOf(".") + 5;
    const forged = `${signed.slice(0, at)}${signed[at] === "A" ? "Q" : "A"}${signed.slice(at + 1)}`;
    expect(await getSessionUser(request(`${cookie.slice(0, cut)}=${encodeURIComponent(forged)}`))).toBeNull();
    expect(await getSessionUser(request(`${cookie}; other=1`))).not.toBeNull();
  });
});
