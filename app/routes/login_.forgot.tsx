import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useActionData } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { emailField } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requestPasswordReset } from "../server/identity.server";
import { retryAfter } from "../server/throttle.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "identity.forgot.title");

const schema = z.object({ email: emailField() });

/** "Forgot password": the same answer whether or not the address has an account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const outcome = requestPasswordReset(submission.value.email, context?.clientAddress ?? "unknown");
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ formErrors: ["identity.throttled"] }), sent: false },
      { status: 429, headers: retryAfter(outcome.retryAfterSeconds) },
    );
  }
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useIntentForm("forgot", schema, null, { validate: "onSubmit" });
  return (
    <section className="narrow stack" aria-labelledby="forgot-title">
      <Heading level={1} data-size="lg" id="forgot-title">
        {t("identity.forgot.title")}
      </Heading>
      {actionData?.sent ? (
        <Alert data-color="success" role="status">
          {t("identity.forgot.sent")}
        </Alert>
      ) : (
        <Paragraph>{t("identity.forgot.intro")}</Paragraph>
      )}
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} labels={{ email: t("login.email") }} />
        <TextField meta={fields.email} label={t("login.email")} type="email" autoComplete="username" />
        <Button type="submit">{t("identity.forgot.submit")}</Button>
      </Form>
      <Paragraph>
        <Link asChild>
          <RemixLink to="/login">{t("identity.backToLogin")}</RemixLink>
        </Link>
      </Paragraph>
    </section>
  );
}
