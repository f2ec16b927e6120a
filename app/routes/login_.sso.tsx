import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../server/guards.server";
import { logger } from "../server/logger.server";
import { startSignIn, ssoConfigured } from "../server/sso.server";

export const headers = () => ({ "Cache-Control": "no-store" });

/**
 * Starts single sign-on: a plain GET (the sign-in page's link), so it works without JavaScript.
 * Sends the browser to the identity provider; 404 when single sign-on is not configured.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoConfigured()) throw notFound();
  let started: Awaited<ReturnType<typeof startSignIn>>;
  try {
    started = await startSignIn(new URL(request.url).searchParams.get("redirectTo"));
  } catch (error) {
    // The provider's discovery document could not be read: say the service is unavailable, not 500.
    logger.error({ err: error }, "single sign-on: the identity provider could not be reached");
    throw new Response("Service Unavailable", { status: 503 });
  }
  const { url, setCookie } = started;
  return redirect(url, { headers: { "Set-Cookie": setCookie, "Cache-Control": "no-store" } });
}

/** Never rendered (the loader always redirects or throws); a page, so a 404 gets the app's error page. */
export default function StartSingleSignOn() {
  return null;
}
