import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { safeRedirect } from "../domain/safe-redirect";
import { emailField } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { attemptAsync, ownFields } from "../server/forms.server";
import { adoptChosenLocale } from "../server/locale.server";
import { attemptLogin, SignInThrottled } from "../server/login.server";
import { createSession, getSessionUser } from "../server/session.server";
import { ssoDisplayName } from "../server/sso.server";
import { retryAfter } from "../server/throttle.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

const schema = z.object({
  email: emailField(),
  password: z.string({ error: "login.passwordRequired" }).max(1024, "login.passwordRequired"),
  redirectTo: z.string().max(2048).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/");
  // The single sign-on button's provider name, when single sign-on is configured.
  return { sso: ssoDisplayName() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  // Only the form's own fields: an answer never echoes what a client added to the post.
  const submission = parseWithZod(ownFields(await request.formData(), schema), { schema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const outcome = await attemptAsync(() => attemptLogin(email, password, context?.clientAddress ?? "unknown"));
  if (!outcome.ok) {
    const { violation } = outcome;
    return data(
      { result: submission.reply({ formErrors: [violation.key], hideFields: ["password"] }) },
      { status: violation.status, headers: violation instanceof SignInThrottled ? retryAfter(violation.retryAfterSeconds) : undefined },
    );
  }
  await adoptChosenLocale(request, outcome.value);
  const cookie = await createSession(outcome.value, { request, method: "password" });
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const t = useT();
  const { sso } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const [form, fields] = useIntentForm("login", schema, null, { validate: "onSubmit" });
  const labels = { email: t("login.email"), password: t("login.password") };
  return (
    <section className="narrow stack" aria-labelledby="login-title">
      <Heading level={1} data-size="lg" id="login-title">
        {t("login.title")}
      </Heading>
      <Paragraph>{t("login.intro")}</Paragraph>
      {sso ? (
        <>
          {/* A plain link: the start is a GET that sends the browser on to the provider, no JavaScript needed. */}
          <Button asChild variant="secondary">
            <a href={redirectTo ? `/login/sso?redirectTo=${encodeURIComponent(redirectTo)}` : "/login/sso"}>
              {t("sso.button", { name: sso })}
            </a>
          </Button>
          <Paragraph>{t("sso.or")}</Paragraph>
        </>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} labels={labels} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={labels.email} type="email" autoComplete="username" />
        <TextField meta={fields.password} label={labels.password} type="password" autoComplete="current-password" />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </Button>
      </Form>
      <ul className="stack" aria-label={t("login.title")}>
        <li>
          <Link asChild>
            <RemixLink to="/login/forgot">{t("identity.forgotLink")}</RemixLink>
          </Link>
        </li>
        <li>
          <Link asChild>
            <RemixLink to={redirectTo ? `/login/link?redirectTo=${encodeURIComponent(redirectTo)}` : "/login/link"}>
              {t("identity.linkInstead")}
            </RemixLink>
          </Link>
        </li>
      </ul>
    </section>
  );
}
