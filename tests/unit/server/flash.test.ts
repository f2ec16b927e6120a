import { afterEach, describe, expect, it } from "vitest";
import * as root from "../../../app/root";
import { advanceClock, setClock } from "../../../app/server/clock.server";
import { redirectWithFlash, takeFlash } from "../../../app/server/flash.server";
import { testNow } from "../../helpers/test-clock";

const request = (cookie: string) => new Request("http://localhost:3000/programs", { headers: { Cookie: cookie } });
const flashCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith("samling_flash="))!
    .split(";")[0]!;

afterEach(() => setClock(testNow));

describe("flash messages", () => {
  it("travel with the redirect and are read back", async () => {
    const response = await redirectWithFlash("/gatherings/4", { key: "gatherings.done.message", values: { count: 12 } });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/gatherings/4");
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("samling_flash="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const taken = await takeFlash(request(flashCookieOf(response)));
    expect(taken.message).toEqual({ key: "gatherings.done.message", values: { count: 12 } });
  });

  it("are shown once: the page that shows one clears its cookie", async () => {
    const response = await redirectWithFlash("/", { key: "gatherings.done.held" });
    const shown = (await root.loader({ request: request(flashCookieOf(response)), params: {}, context: {} } as never)) as {
      data: { flash: unknown };
      init: { headers: Record<string, string> } | null;
    };
    expect(shown.data.flash).toEqual({ key: "gatherings.done.held" });
    const cleared = shown.init!.headers["Set-Cookie"]!;
    expect(cleared).toMatch(/^samling_flash=;/);
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    // The next request (a reload, or a revalidation) carries no flash cookie, and a page without one sets none.
    const next = (await root.loader({ request: request(""), params: {}, context: {} } as never)) as {
      data: { flash: unknown };
      init: { headers: Record<string, string> } | null;
    };
    expect(next.data.flash).toBeNull();
    expect(next.init?.headers["Set-Cookie"]).toBeUndefined();
  });

  it("ignore a tampered, stale or unknown message", async () => {
    const cookie = flashCookieOf(await redirectWithFlash("/", { key: "gatherings.done.held" }));
    const [name, value] = cookie.split("=") as [string, string];
    const payload = decodeURIComponent(value);
    const dot = payload.lastIndexOf(".");
    // The same signature on another message.
    const forged = btoa(unescape(encodeURIComponent(JSON.stringify({ key: "gatherings.done.cancelled", expires: 9e15 }))));
    const tampered = `${name}=${encodeURIComponent(forged + payload.slice(dot))}`;
    expect((await takeFlash(request(tampered))).message).toBeNull();
    expect((await takeFlash(request(`${name}=garbage`))).message).toBeNull();
    // A tampered cookie is cleared all the same.
    expect(new Headers((await takeFlash(request(tampered))).headers).get("Set-Cookie")).toMatch(/^samling_flash=;/);

    advanceClock(61_000);
    expect((await takeFlash(request(cookie))).message).toBeNull();
  });

  it("refuse a key the catalogue does not have", async () => {
    const cookie = flashCookieOf(await redirectWithFlash("/", { key: "no.such.key" as never }));
    expect((await takeFlash(request(cookie))).message).toBeNull();
  });
});
