import { Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "../i18n/meta";
import type { MessageKey } from "../i18n/catalog";
import { useT } from "../i18n/react";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "a11y.title");

const conforms: MessageKey[] = [
  "a11y.conforms.keyboard",
  "a11y.conforms.names",
  "a11yForms.statement.summary",
  "a11y.conforms.reflow",
  "a11y.conforms.motion",
  "a11y.conforms.pdf",
  "a11y.conforms.tested",
];
const gaps: MessageKey[] = ["a11y.gaps.pdf", "a11y.gaps.email", "a11y.gaps.manual"];

/**
 * The accessibility statement public bodies must publish for their web solutions: public, like the
 * About page, so it can be read before signing in.
 */
export default function Accessibility() {
  const t = useT();
  return (
    <section className="stack narrow" aria-labelledby="a11y-title">
      <Heading level={1} data-size="lg" id="a11y-title">
        {t("a11y.title")}
      </Heading>
      <Paragraph>{t("a11y.intro")}</Paragraph>
      <Heading level={2} data-size="sm">
        {t("a11y.conforms.title")}
      </Heading>
      <List.Unordered>
        {conforms.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List.Unordered>
      <Heading level={2} data-size="sm">
        {t("a11y.gaps.title")}
      </Heading>
      <List.Unordered>
        {gaps.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List.Unordered>
      <Heading level={2} data-size="sm">
        {t("a11y.contact.title")}
      </Heading>
      <Paragraph>{t("a11y.contact.text")}</Paragraph>
      <Paragraph>
        <Link href="https://www.uutilsynet.no/">{t("a11y.contact.authority")}</Link>
      </Paragraph>
    </section>
  );
}
