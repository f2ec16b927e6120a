import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../server/guards.server";
import { startSignIn, ssoConfigured } from "../server/sso.server";

export const headers = () => ({ "Cache-Control": "no-store" });

/**
 * Starts single sign-on: a plain GET (the sign-in page's link), so it works without JavaScript.
 * Sends the browser to the identity provider; 404 when single sign-on is not configured.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoConfigured()) throw notFound();
  const { url, setCookie } = await startSignIn(new URL(request.url).searchParams.get("redirectTo"));
  return redirect(url, { headers: { "Set-Cookie": setCookie, "Cache-Control": "no-store" } });
}

/** Never rendered (the loader always redirects or throws); a page, so a 404 gets the app's error page. */
export default function StartSingleSignOn() {
  return null;
}
