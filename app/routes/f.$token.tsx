import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { readFeedbackLinkToken } from "../server/feedback-links.server";
import { getSessionUser } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "facilitation.feedbackLink.title");
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

/**
 * The link from the feedback request e-mail: signed in as its own person, it opens the gathering's
 * feedback form (which decides whether they may still answer); signed out, it asks for sign-in first;
 * anyone else is told the link was meant for another person.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const link = readFeedbackLinkToken(token);
  const user = await getSessionUser(request);
  if (!link) return data({ state: "unknown" as const, signedIn: user !== null }, { status: 404 });
  if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(`/f/${token}`)}`);
  if (user.id !== link.personId) return data({ state: "wrongPerson" as const, signedIn: true }, { status: 403 });
  throw redirect(`/gatherings/${link.gatheringId}/feedback`);
}

export default function FeedbackLink() {
  const { state, signedIn } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="stack narrow" aria-labelledby="link-title">
      <Heading level={1} data-size="lg" id="link-title">
        {t("facilitation.feedbackLink.title")}
      </Heading>
      <Paragraph>{t(`facilitation.feedbackLink.${state}`)}</Paragraph>
      {signedIn && (
        <Paragraph>
          <Link asChild>
            <RemixLink to="/">{t("facilitation.feedbackLink.toHome")}</RemixLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
