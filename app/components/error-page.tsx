import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useT } from "../i18n/react";

/** The 403/404/500 page, in the visitor's language; never shows internals. */
export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 403 ? "403" : status === 404 ? "404" : "500";
  return (
    <section aria-labelledby="error-title">
      <Heading level={1} data-size="lg" id="error-title">
        {t(`error.${kind}.title`)}
      </Heading>
      <Paragraph>{t(`error.${kind}.text`)}</Paragraph>
      <Paragraph>
        <Link href="/">{t("error.backHome")}</Link>
      </Paragraph>
    </section>
  );
}
