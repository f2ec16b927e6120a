import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { notFound } from "../server/guards.server";
import { adoptChosenLocale } from "../server/locale.server";
import { createSession } from "../server/session.server";
import { clearFlowCookie, finishSignIn, ssoDisplayName } from "../server/sso.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "sso.failed.title");
// The address carries the one-time code: never cached, never sent on as a referrer.
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

/** A flow we cannot trust is a bad request; a person we will not sign in is refused. */
const statusOf = { invalid: 400, denied: 403, unverified: 403, unknown: 403 } as const;

/**
 * The identity provider sends the browser back here. On success: a session, and on to where the
 * person was going. Otherwise a page that says what happened and whom to ask — never a 500.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const name = ssoDisplayName();
  if (name === null) throw notFound();
  const outcome = await finishSignIn(request);
  const headers = new Headers({ "Set-Cookie": await clearFlowCookie(), "Cache-Control": "no-store" });
  if (!outcome.ok) return data({ reason: outcome.reason, name }, { status: statusOf[outcome.reason], headers });
  // As at every sign-in, a language chosen on the sign-in page becomes the person's.
  await adoptChosenLocale(request, outcome.personId);
  headers.append("Set-Cookie", await createSession(outcome.personId, { request, method: "sso" }));
  return redirect(outcome.redirectTo, { headers });
}

export default function SingleSignOnFailed() {
  const t = useT();
  const { reason, name } = useLoaderData<typeof loader>();
  return (
    <section className="narrow stack" aria-labelledby="sso-failed-title">
      <Heading level={1} data-size="lg" id="sso-failed-title">
        {t("sso.failed.title")}
      </Heading>
      <Paragraph>{t(`sso.failed.${reason}`, { name })}</Paragraph>
      <ul className="stack">
        {reason === "invalid" || reason === "denied" ? (
          <li>
            <Link href="/login/sso">{t("sso.failed.again")}</Link>
          </li>
        ) : null}
        <li>
          <Link asChild>
            <RemixLink to="/login">{t("sso.failed.otherWays")}</RemixLink>
          </Link>
        </li>
      </ul>
    </section>
  );
}
