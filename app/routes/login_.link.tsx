import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { emailField } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requestSignInLink } from "../server/identity.server";
import { retryAfter } from "../server/throttle.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "identity.linkRequest.title");

const schema = z.object({ email: emailField(), redirectTo: z.string().max(2000).optional() });

/** "Send me a sign-in link": the same answer whether or not the address has an account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const { email, redirectTo } = submission.value;
  const outcome = requestSignInLink(email, redirectTo, context?.clientAddress ?? "unknown");
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ formErrors: ["identity.throttled"] }), sent: false },
      { status: 429, headers: retryAfter(outcome.retryAfterSeconds) },
    );
  }
  return { result: submission.reply(), sent: true };
}

export default function SignInLinkRequest() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useIntentForm("sign-in-link", schema, null, { validate: "onSubmit" });
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <section className="narrow stack" aria-labelledby="link-request-title">
      <Heading level={1} data-size="lg" id="link-request-title">
        {t("identity.linkRequest.title")}
      </Heading>
      {actionData?.sent ? (
        <Alert data-color="success" role="status">
          {t("identity.linkRequest.sent")}
        </Alert>
      ) : (
        <Paragraph>{t("identity.linkRequest.intro")}</Paragraph>
      )}
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} labels={{ email: t("login.email") }} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={t("login.email")} type="email" autoComplete="username" />
        <Button type="submit">{t("identity.linkRequest.submit")}</Button>
      </Form>
      <Paragraph>
        <Link asChild>
          <RemixLink to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : "/login"}>
            {t("identity.backToLogin")}
          </RemixLink>
        </Link>
      </Paragraph>
    </section>
  );
}
