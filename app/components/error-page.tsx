import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useT } from "../i18n/react";

/** Which error page a thrown error gets: anything but a 403 or 404 response is shown as a 500. */
export function errorKind(error: unknown): "403" | "404" | "500" {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return status === 403 ? "403" : status === 404 ? "404" : "500";
}

/** The 403/404/500 page, in the visitor's language; never shows internals. */
export function ErrorPage() {
  const kind = errorKind(useRouteError());
  const t = useT();
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
