import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { consumeReflectionLink, inspectReflectionLink } from "../server/reflection-links.server";
import { getSessionUser } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.link.title");
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

const statusOf = { unknown: 404, expired: 410, used: 410, wrongPerson: 403 } as const;
const page = (state: keyof typeof statusOf, signedIn: boolean) => data({ state, signedIn }, { status: statusOf[state] });

/**
 * The link from the reflection prompt e-mail. It is used up only when its own person opens it
 * signed in, so a mail scanner or a colleague opening it does not spend it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const link = inspectReflectionLink(token);
  const user = await getSessionUser(request);
  if (link.state !== "valid") return page(link.state, user !== null);
  if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(`/r/${token}`)}`);
  if (user.id !== link.personId) return page("wrongPerson", true);
  if (!consumeReflectionLink(link.id, user.id)) return page("used", true);
  throw redirect(`/my/reflections/new?gatheringId=${link.gatheringId}`);
}

export default function ReflectionLink() {
  const { state, signedIn } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="stack narrow" aria-labelledby="link-title">
      <Heading level={1} data-size="lg" id="link-title">
        {t("reflections.link.title")}
      </Heading>
      <Paragraph>{t(`reflections.link.${state}`)}</Paragraph>
      {signedIn && state !== "wrongPerson" && (
        <Paragraph>
          <Link asChild>
            <RemixLink to="/my/reflections">{t("reflections.link.toMine")}</RemixLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
