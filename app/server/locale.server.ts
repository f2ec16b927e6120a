import { createCookie } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { locales, people, type Locale } from "../../db/schema";
import { getDb } from "./db.server";
import type { SessionUser } from "./session.server";

/** A visitor's language choice before signing in; signed-in users keep theirs on their profile. */
export const languageCookie = createCookie("samling_lang", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 365 * 24 * 3600,
});

const localeSchema = z.enum(locales);

/**
 * The language a browser asks for first (`Accept-Language`, by quality) among ours; bokmål when none
 * fits. Plain `no` is bokmål, as browsers send it for Norwegian.
 */
export function acceptedLocale(header: string | null): Locale {
  const wanted = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: range.split("-")[0]!, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of wanted) {
    if (language === "no" || language === "nb") return "nb";
    const parsed = localeSchema.safeParse(language);
    if (parsed.success) return parsed.data;
  }
  return "nb";
}

/** The signed-in user's language, else the visitor's choice (cookie), else what the browser asks for. */
export async function resolveLocale(request: Request, user: Pick<SessionUser, "preferredLanguage"> | null): Promise<Locale> {
  if (user) return user.preferredLanguage;
  const parsed = localeSchema.safeParse(await languageCookie.parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : acceptedLocale(request.headers.get("Accept-Language"));
}

/**
 * At sign-in, a language chosen in this browser (the menu sets the cookie) becomes the person's: someone
 * who switched the sign-in page to nynorsk keeps nynorsk. Without a choice the profile's language stays.
 */
export async function adoptChosenLocale(request: Request, personId: number): Promise<void> {
  const parsed = localeSchema.safeParse(await languageCookie.parse(request.headers.get("Cookie")));
  if (parsed.success) getDb().update(people).set({ preferredLanguage: parsed.data }).where(eq(people.id, personId)).run();
}
