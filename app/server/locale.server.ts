import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { locales, type Locale } from "../../db/schema";
import type { SessionUser } from "./session.server";

/** A visitor's language choice before signing in; signed-in users keep theirs on their profile. */
export const languageCookie = createCookie("samling_lang", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 365 * 24 * 3600,
});

const localeSchema = z.enum(locales);

export async function resolveLocale(request: Request, user: Pick<SessionUser, "preferredLanguage"> | null): Promise<Locale> {
  if (user) return user.preferredLanguage;
  const parsed = localeSchema.safeParse(await languageCookie.parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : "nb";
}
