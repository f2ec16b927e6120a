import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { EmailRequestPage } from "../components/email-request";
import { useIntentForm } from "../components/intent-form";
import { emailField } from "../domain/identity";
import { pageTitle } from "../i18n/meta";
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
  const [searchParams] = useSearchParams();
  const [form, fields] = useIntentForm("sign-in-link", schema, null, { validate: "onSubmit" });
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <EmailRequestPage
      form={form}
      email={fields.email}
      texts="identity.linkRequest"
      backTo={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : "/login"}
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
    </EmailRequestPage>
  );
}
