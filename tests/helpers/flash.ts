import * as root from "../../app/root";
import { callLoader, type RouteResult } from "./routes";

/**
 * The message a redirect left for the next page: follows it as a browser does (the flash cookie sent
 * with the session's) and returns what the root loader gives the layout to show.
 */
export async function flashAfter(redirected: RouteResult, cookie = "") {
  const flash = redirected.headers
    .getSetCookie()
    .find((c) => c.startsWith("samling_flash="))
    ?.split(";")[0];
  if (!flash || !redirected.location) return null;
  const next = await callLoader(root.loader, redirected.location, { cookie: [cookie, flash].filter(Boolean).join("; ") });
  return next.data.flash;
}
