import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requireUser } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function Privacy() {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="privacy-title">
      <Heading level={1} data-size="lg" id="privacy-title">
        {t("privacy.title")}
      </Heading>
      <Paragraph>{t("privacy.intro")}</Paragraph>
      <Paragraph>
        <Link href="/privacy/export" download>
          {t("privacy.download")}
        </Link>
      </Paragraph>
    </section>
  );
}
