import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { inspectAccountToken } from "../server/account-links.server";
import { signInWithLink } from "../server/identity.server";
import { createSession } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "identity.link.title");
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

const statusOf = { unknown: 404, expired: 410, used: 410 } as const;

/**
 * The link from the sign-in e-mail shows a button and signs in only when it is pressed (a POST), so a
 * mail scanner that opens every link does not use it up.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const link = inspectAccountToken(params.token ?? "", ["sign_in"]);
  if (link.state !== "valid") return data({ state: link.state, name: "", email: "" }, { status: statusOf[link.state] });
  return { state: "valid" as const, name: link.name, email: link.email };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const signedIn = signInWithLink(params.token ?? "");
  if (!signedIn) return data({ state: "used" as const }, { status: 410 });
  const cookie = await createSession(signedIn.personId, { request, method: "link" });
  return redirect(signedIn.redirectTo, { headers: { "Set-Cookie": cookie } });
}

export default function SignInWithLink() {
  const t = useT();
  const { state, name, email } = useLoaderData<typeof loader>();
  return (
    <section className="narrow stack" aria-labelledby="link-title">
      <Heading level={1} data-size="lg" id="link-title">
        {t("identity.link.title")}
      </Heading>
      {state === "valid" ? (
        <Form method="post" className="stack">
          <Paragraph>{t("identity.link.valid", { name, email })}</Paragraph>
          <Button type="submit">{t("identity.link.submit")}</Button>
        </Form>
      ) : (
        <>
          <Paragraph>{t(`identity.link.${state}`)}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RemixLink to="/login/link">{t("identity.link.again")}</RemixLink>
            </Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
