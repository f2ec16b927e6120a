import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextField } from "../components/form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { adoptChosenLocale } from "../server/locale.server";
import { attemptLogin } from "../server/login.server";
import { createSession, getSessionUser } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

const schema = z.object({
  email: z
    .string({ error: "login.emailRequired" })
    .trim()
    .toLowerCase()
    .max(254, "login.emailInvalid")
    .pipe(z.email("login.emailInvalid")),
  password: z.string({ error: "login.passwordRequired" }).max(1024, "login.passwordRequired"),
  redirectTo: z.string().optional(),
});

/** Only paths on this site, so the login form cannot be used to send people elsewhere. */
const safeRedirect = (to: string | undefined) => (to && to.startsWith("/") && !to.startsWith("//") ? to : "/");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const outcome = await attemptLogin(email, password, context?.clientAddress ?? "unknown");
  if (!outcome.ok) {
    const error = outcome.reason === "throttled" ? "login.throttled" : "login.invalid";
    return data(
      { result: submission.reply({ formErrors: [error], hideFields: ["password"] }) },
      { status: outcome.reason === "throttled" ? 429 : 400 },
    );
  }
  await adoptChosenLocale(request, outcome.personId);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await createSession(outcome.personId) } });
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section className="narrow stack" aria-labelledby="login-title">
      <Heading level={1} data-size="lg" id="login-title">
        {t("login.title")}
      </Heading>
      <Paragraph>{t("login.intro")}</Paragraph>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField meta={fields.email} label={t("login.email")} type="email" autoComplete="username" />
        <TextField meta={fields.password} label={t("login.password")} type="password" autoComplete="current-password" />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </Button>
      </Form>
    </section>
  );
}
