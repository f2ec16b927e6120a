import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData } from "@remix-run/react";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { newPasswordSchema } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { inspectAccountToken } from "../server/account-links.server";
import { setPasswordWithLink } from "../server/identity.server";
import { createSession } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "identity.password.titleReset");
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

const statusOf = { unknown: 404, expired: 410, used: 410 } as const;

/** The page behind an invitation or password-reset link: choose a password, then be signed in. */
export async function loader({ params }: LoaderFunctionArgs) {
  const link = inspectAccountToken(params.token ?? "", ["invitation", "reset"]);
  if (link.state !== "valid") {
    const purpose = link.state === "unknown" ? "reset" : link.purpose;
    return data({ state: link.state, purpose, email: "" }, { status: statusOf[link.state] });
  }
  return { state: "valid" as const, purpose: link.purpose, email: link.email };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password", "confirm"] }) }, { status: 400 });
  }
  const personId = await setPasswordWithLink(params.token ?? "", submission.value.password);
  // Used or expired meanwhile: the loader runs again and explains.
  if (personId === null) return data({ result: submission.reply({ resetForm: true }) }, { status: 410 });
  const cookie = await createSession(personId, { request, method: "password" });
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export default function ChoosePassword() {
  const t = useT();
  const { state, purpose, email } = useLoaderData<typeof loader>();
  const [form, fields] = useIntentForm("choose-password", newPasswordSchema, null, { validate: "onSubmit" });
  const title = purpose === "invitation" ? t("identity.password.titleInvitation") : t("identity.password.titleReset");
  return (
    <section className="narrow stack" aria-labelledby="password-title">
      <Heading level={1} data-size="lg" id="password-title">
        {title}
      </Heading>
      {state === "valid" ? (
        <Form method="post" {...getFormProps(form)} className="stack">
          <Paragraph>{t("identity.password.intro", { email })}</Paragraph>
          {purpose === "reset" && <Paragraph>{t("identity.password.resetNote")}</Paragraph>}
          <FormErrors form={form} labels={{ password: t("identity.password.password"), confirm: t("identity.password.confirm") }} />
          {/* The account name helps password managers store the new password under the right address. */}
          <input type="hidden" name="username" value={email} autoComplete="username" />
          <TextField
            meta={fields.password}
            label={t("identity.password.password")}
            description={t("identity.password.help")}
            type="password"
            autoComplete="new-password"
          />
          <TextField meta={fields.confirm} label={t("identity.password.confirm")} type="password" autoComplete="new-password" />
          <Button type="submit">{t("identity.password.submit")}</Button>
        </Form>
      ) : (
        <>
          <Paragraph>{t(`identity.password.${state}`)}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RemixLink to="/login/forgot">{t("identity.password.again")}</RemixLink>
            </Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
