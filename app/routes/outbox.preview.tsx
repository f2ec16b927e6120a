import { Button, Heading, Input, Label, Link, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { locales } from "../../db/schema";
import { emailKinds } from "../domain/email-kinds";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { parsePreview } from "../server/email/outbox-view.server";
import { renderSample } from "../server/email/samples.server";
import { requireRole } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.preview.title");

/** Every e-mail template in every language, with sample data, rendered as the dispatcher would. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator", "admin");
  const { kind, locale, errors } = parsePreview(new URL(request.url).searchParams);
  const email = await renderSample(kind, locale);
  const preview = {
    kind,
    locale,
    errors,
    subject: email.subject,
    text: email.text,
    calendar: email.calendar?.content ?? null,
    htmlUrl: `/outbox/preview/html?${new URLSearchParams({ kind, locale })}`,
  };
  return errors.kind || errors.locale ? data(preview, { status: 400 }) : preview;
}

export default function OutboxPreview() {
  const p = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Paragraph>
        <Link href="/outbox">{t("outbox.message.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("outbox.preview.title")}
      </Heading>
      <Paragraph>{t("outbox.preview.intro")}</Paragraph>

      <Form method="get" className="stack narrow">
        <div className="ds-field">
          <Label htmlFor="preview-kind">{t("outbox.preview.kind")}</Label>
          <Select
            id="preview-kind"
            name="kind"
            defaultValue={p.kind}
            aria-invalid={p.errors.kind ? true : undefined}
            aria-describedby={p.errors.kind ? "preview-kind-error" : undefined}
          >
            {emailKinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`outbox.kind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
          {p.errors.kind && <ValidationMessage id="preview-kind-error">{t("outbox.preview.invalidKind")}</ValidationMessage>}
        </div>
        <fieldset className="ds-fieldset" aria-describedby={p.errors.locale ? "preview-locale-error" : undefined}>
          <legend>{t("outbox.preview.language")}</legend>
          {locales.map((locale) => (
            <div className="ds-field" data-position="start" key={locale}>
              <Input type="radio" id={`preview-locale-${locale}`} name="locale" value={locale} defaultChecked={p.locale === locale} />
              <Label htmlFor={`preview-locale-${locale}`} weight="regular">
                {t(`language.${locale}`)}
              </Label>
            </div>
          ))}
          {p.errors.locale && <ValidationMessage id="preview-locale-error">{t("outbox.preview.invalidLanguage")}</ValidationMessage>}
        </fieldset>
        <Button type="submit">{t("outbox.preview.submit")}</Button>
      </Form>

      <section aria-labelledby="preview-result" className="stack">
        <Heading level={2} data-size="sm" id="preview-result">
          {t(`outbox.kind.${p.kind}`)} · {t(`language.${p.locale}`)}
        </Heading>
        <Paragraph>
          <strong>{t("outbox.message.subject")}:</strong> {p.subject}
        </Paragraph>
        <Heading level={3} data-size="xs">
          {t("outbox.message.html")}
        </Heading>
        <iframe
          className="email-frame"
          src={p.htmlUrl}
          title={t("outbox.message.frameTitle", { subject: p.subject })}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
        />
        <Heading level={3} data-size="xs">
          {t("outbox.message.text")}
        </Heading>
        <pre className="email-text">{p.text}</pre>
        {p.calendar && (
          <>
            <Heading level={3} data-size="xs">
              {t("outbox.preview.calendar")}
            </Heading>
            <pre className="email-text">{p.calendar}</pre>
          </>
        )}
      </section>
    </div>
  );
}
