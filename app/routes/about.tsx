import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "about.title");

/** A constant page: what Samling is. The benchmark also uses it as the framework's ceiling. */
export default function About() {
  const t = useT();
  return (
    <section className="stack narrow" aria-labelledby="about-title">
      <Heading level={1} data-size="lg" id="about-title">
        {t("about.title")}
      </Heading>
      <Paragraph>{t("about.text")}</Paragraph>
    </section>
  );
}
