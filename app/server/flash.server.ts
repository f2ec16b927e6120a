import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import { catalogs, type MessageKey } from "../i18n/catalog";
import { clock } from "./clock.server";
import { getConfig } from "./config.server";

/**
 * A one-time message for the next page after a change ("The gathering is confirmed"), instead of a
 * `?done=` in the address: a reload or a shared link then never repeats it. The cookie is signed
 * (a visitor cannot make the page say anything) and lives a minute: it is meant for the redirect
 * that follows the post at once.
 */
export type FlashMessage = { key: MessageKey; values?: Record<string, string | number> };

const lifetimeMs = 60_000;

let cookie: ReturnType<typeof createCookie> | undefined;
function flashCookie() {
  const config = getConfig();
  cookie ??= createCookie("samling_flash", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.appUrl.startsWith("https:"),
    path: "/",
    secrets: [config.sessionSecret],
    maxAge: lifetimeMs / 1000,
  });
  return cookie;
}

// The expiry is inside the signed value too, so a cookie kept past its lifetime is not believed.
const stored = z.object({
  key: z.string().refine((key) => Object.hasOwn(catalogs.nb, key)),
  values: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
  expires: z.number(),
});

/** A redirect (post/redirect/get) that shows `message` once on the page it leads to. */
export async function redirectWithFlash(to: string, message: FlashMessage, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie().serialize({ ...message, expires: clock.nowMs() + lifetimeMs }));
  return redirect(to, { ...init, headers });
}

/**
 * The request's flash message, taken once: `headers` clears the cookie (the root loader sends it), so
 * the next request — a reload, or the revalidation after another form — no longer shows it. A
 * tampered, stale or unknown message is ignored (and cleared).
 */
export async function takeFlash(request: Request): Promise<{ message: FlashMessage | null; headers: HeadersInit }> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("samling_flash=")) return { message: null, headers: {} };
  const parsed = stored.safeParse(await flashCookie().parse(header));
  const headers = { "Set-Cookie": await flashCookie().serialize("", { maxAge: 0 }) };
  if (!parsed.success || parsed.data.expires < clock.nowMs()) return { message: null, headers };
  const { key, values } = parsed.data;
  return { message: { key: key as MessageKey, ...(values && { values }) }, headers };
}
