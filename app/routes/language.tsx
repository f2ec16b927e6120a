import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { locales, people } from "../../db/schema";
import { safeRedirect } from "../domain/safe-redirect";
import { getDb } from "../server/db.server";
import { languageCookie } from "../server/locale.server";
import { getSessionUser } from "../server/session.server";

const schema = z.object({
  locale: z.enum(locales),
  redirectTo: z.unknown().transform((to) => safeRedirect(to)),
});

export const loader = () => redirect("/");

/** Remembers the language: on the profile for a signed-in user, in a cookie for a visitor. */
export async function action({ request }: ActionFunctionArgs) {
  // The language buttons have no fields to show errors at: a forged post just goes home (no parseForm).
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirect("/");
  const { locale, redirectTo } = parsed.data;
  const user = await getSessionUser(request);
  if (user) getDb().update(people).set({ preferredLanguage: locale }).where(eq(people.id, user.id)).run();
  return redirect(redirectTo, { headers: { "Set-Cookie": await languageCookie.serialize(locale) } });
}
