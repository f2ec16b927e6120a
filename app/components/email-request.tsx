import { getFormProps, type FormMetadata, type FieldMetadata } from "@conform-to/react";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Form, Link as RemixLink, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../i18n/react";
import { FormErrors, TextField } from "./form";

/**
 * A page that asks for an e-mail address to send something to (a password reset, a sign-in link)
 * and answers the same whether or not the address has an account: the intro, or once the action
 * answers `{ sent: true }` the same confirmation for every address. `texts` names the page's
 * catalogue entries (`.title`, `.intro`, `.sent`, `.submit`).
 */
export function EmailRequestPage<Schema extends Record<string, unknown>>({
  form,
  email,
  texts,
  backTo,
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  email: FieldMetadata<unknown>;
  texts: "identity.forgot" | "identity.linkRequest";
  /** The sign-in page to go back to. */
  backTo: string;
  /** Hidden fields the request carries besides the address. */
  children?: ReactNode;
}) {
  const t = useT();
  const sent = !!useActionData<{ sent?: boolean }>()?.sent;
  const titleId = `${form.id}-title`;
  return (
    <section className="narrow stack" aria-labelledby={titleId}>
      <Heading level={1} data-size="lg" id={titleId}>
        {t(`${texts}.title`)}
      </Heading>
      {sent ? (
        <Alert data-color="success" role="status">
          {t(`${texts}.sent`)}
        </Alert>
      ) : (
        <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      )}
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} labels={{ email: t("login.email") }} />
        {children}
        <TextField meta={email} label={t("login.email")} type="email" autoComplete="username" />
        <Button type="submit">{t(`${texts}.submit`)}</Button>
      </Form>
      <Paragraph>
        <Link asChild>
          <RemixLink to={backTo}>{t("identity.backToLogin")}</RemixLink>
        </Link>
      </Paragraph>
    </section>
  );
}
