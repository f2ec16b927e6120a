import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { z } from "zod";
import { EmailRequestPage } from "../components/email-request";
import { useIntentForm } from "../components/intent-form";
import { emailField } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
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
  const [form, fields] = useIntentForm("forgot", schema, null, { validate: "onSubmit" });
  return <EmailRequestPage form={form} email={fields.email} texts="identity.forgot" backTo="/login" />;
}
