import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Locale, organisationKinds, programStatuses } from "../domain/enums";
import type { ReportModel } from "../domain/report";
import { reportDocument, type ReportBlock } from "./report-document";
import { ReportView } from "./report-view";
import { formatDay } from "../i18n/dates";
import { formatPercent } from "../i18n/numbers";
import { translator, uiLocaleOf } from "../i18n/catalog";

/** What the view shows of a followed programme (app/server/directorate.server.ts's followSummary). */
type Summary = {
  program: { title: string; status: (typeof programStatuses)[number]; organisationKind: (typeof organisationKinds)[number] };
  model: ReportModel;
  responseRates: { levelId: number; name: string; rate: number | null; shown: boolean }[];
  focusLevelId: number | null;
};
type Props = { summary: Summary; locale: Locale; headingLevel?: 1 | 2 };

/**
 * A running programme as the directorate follows it: the final report's figure sections (summary,
 * about, union, funds), live, without quotes or any text a person wrote, plus the reflection
 * response rate by level. The coordinator's "shared with the directorate" page shows the same.
 */
export function FollowSummaryView({ summary, locale, headingLevel = 1 }: Props) {
  const ui = uiLocaleOf(locale);
  const t = translator(ui);
  const doc = reportDocument(summary.model, { status: "draft", submittedAt: null, publishedAt: null, contentHash: null }, locale);
  const quoteTexts = new Set([t("report.about.quotes"), t("report.about.noQuotes")]);
  const withoutQuotes = (blocks: ReportBlock[]) =>
    blocks.filter((b) => b.kind !== "quotes" && !((b.kind === "subheading" || b.kind === "text") && quoteTexts.has(b.text)));
  const responseBlock: ReportBlock = {
    kind: "table",
    caption: t("directorate.follow.responseRate"),
    head: [t("report.about.col.level"), t("directorate.follow.responseRate")],
    numeric: [false, true],
    rows: summary.responseRates.map((r) => ({
      cells: [r.name, r.shown && r.rate !== null ? formatPercent(r.rate, ui) : t("report.tooFew")],
      highlight: r.levelId === summary.focusLevelId,
    })),
  };
  const sections = doc.sections
    .filter((s) => s.key === "summary" || s.key === "about" || s.key === "union" || s.key === "funds")
    .map((s, i) => ({
      ...s,
      number: i + 1,
      narrative: "",
      statement: undefined,
      blocks:
        s.key === "about"
          ? [...withoutQuotes(s.blocks), { kind: "subheading" as const, text: t("directorate.follow.responseRate") }, responseBlock]
          : s.key === "summary"
            ? [
                ...s.blocks,
                {
                  kind: "facts" as const,
                  items: [
                    { label: t("directorate.col.status"), value: t(`program.status.${summary.program.status}`) },
                    { label: t("directorate.col.kind"), value: t(`organisation.kind.${summary.program.organisationKind}`) },
                  ],
                },
              ]
            : s.blocks,
    }));
  return (
    <div className="stack">
      <ReportView
        headingLevel={headingLevel}
        doc={{
          ...doc,
          title: t("directorate.follow.title", { program: summary.program.title }),
          meta: [t("directorate.follow.live", { date: formatDay(summary.model.updatedOn, locale) })],
          draft: false,
          sections,
        }}
      />
      <Heading level={(headingLevel + 1) as 2 | 3} data-size="xs">
        {t("directorate.follow.privacyTitle")}
      </Heading>
      <Paragraph className="muted">{t("directorate.follow.privacy")}</Paragraph>
    </div>
  );
}
