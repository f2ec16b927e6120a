/**
 * The comparison's columns, in the reader's language: the page, the CSV and the .xlsx all take their
 * headers and cells from here, so the files say exactly what the page says.
 */
import type { Locale } from "../domain/enums";
import { focusChange, type ComparisonRow, type SortKey } from "../domain/directorate";
import type { IndicatorKey } from "../domain/report";
import { translator, uiLocaleOf, type Translate } from "../i18n/catalog";
import { formatDay } from "../i18n/dates";
import { formatChange, formatMean, formatMoney, formatPercent } from "../i18n/numbers";

export type ComparisonColumn = {
  header: string;
  numeric: boolean;
  sort?: SortKey;
  text: (row: ComparisonRow) => string;
  /** The cell as a number for a spreadsheet (øre as kroner, shares as fractions); null when withheld or missing. */
  value?: (row: ComparisonRow) => number | null;
  /** The spreadsheet's number format where the column's sort key does not give one. */
  numberFormat?: string;
};

export function comparisonColumns(indicator: IndicatorKey, locale: Locale): ComparisonColumn[] {
  const ui = uiLocaleOf(locale);
  const t: Translate = translator(ui);
  const tooFew = t("directorate.compare.tooFew");
  const money = (ore: number | null, currency: string) => (ore === null ? "–" : formatMoney(ore, currency, ui));
  const change = (value: number | null) => (value === null ? tooFew : formatChange(value, ui));
  const kroner = (ore: number | null) => (ore === null ? null : ore / 100);
  // Feedback: "–" without answers, "too few" while no gathering has five, else the mean over those that do.
  const feedback = (r: ComparisonRow, measure: "overall" | "relevance") =>
    r.feedback.figures ? formatMean(r.feedback.figures[measure], ui) : r.feedback.answered ? tooFew : "–";
  return [
    { header: t("directorate.col.organisation"), numeric: false, sort: "organisation", text: (r) => r.organisationName },
    { header: t("directorate.col.program"), numeric: false, sort: "program", text: (r) => r.title },
    { header: t("directorate.col.kind"), numeric: false, text: (r) => t(`organisation.kind.${r.organisationKind as "agency"}`) },
    { header: t("directorate.col.status"), numeric: false, text: (r) => t(`program.status.${r.status as "active"}`) },
    {
      header: t("directorate.col.period"),
      numeric: false,
      text: (r) => `${formatDay(r.periodStart, locale)} – ${formatDay(r.periodEnd, locale)}`,
    },
    { header: t("directorate.col.focusAreas"), numeric: false, text: (r) => r.focusAreas.join(", ") || "–" },
    {
      header: t("directorate.col.awarded"),
      numeric: true,
      sort: "awarded",
      text: (r) => money(r.awardedOre, r.currency),
      value: (r) => kroner(r.awardedOre),
    },
    {
      header: t("directorate.col.spent"),
      numeric: true,
      sort: "spent",
      text: (r) => money(r.spentOre, r.currency),
      value: (r) => kroner(r.spentOre),
    },
    {
      header: t("directorate.col.participants"),
      numeric: true,
      text: (r) => (r.participants === null ? tooFew : String(r.participants)),
      value: (r) => r.participants,
    },
    {
      header: t("directorate.col.cost"),
      numeric: true,
      sort: "cost",
      text: (r) => (r.participants === null ? tooFew : money(r.costPerParticipantOre, r.currency)),
      value: (r) => kroner(r.costPerParticipantOre),
    },
    { header: t("directorate.col.cohorts"), numeric: true, text: (r) => String(r.cohorts), value: (r) => r.cohorts },
    { header: t("directorate.col.held"), numeric: true, text: (r) => String(r.gatheringsHeld), value: (r) => r.gatheringsHeld },
    {
      header: t("directorate.col.upcoming"),
      numeric: true,
      text: (r) => String(r.gatheringsUpcoming),
      value: (r) => r.gatheringsUpcoming,
    },
    {
      header: t("directorate.col.attendance"),
      numeric: true,
      sort: "attendance",
      text: (r) => (r.attendanceRate === null ? tooFew : formatPercent(r.attendanceRate, ui)),
      value: (r) => r.attendanceRate,
    },
    { header: t("directorate.col.focusLevel"), numeric: false, text: (r) => r.focusLevelName ?? "–" },
    {
      header: `${t("directorate.col.focusChange")}: ${t(`report.indicator.${indicator}`)}`,
      numeric: true,
      sort: "change",
      text: (r) => (r.focusLevelName === null ? "–" : change(focusChange(r, indicator))),
      value: (r) => focusChange(r, indicator),
    },
    {
      header: t("directorate.col.feedbackOverall"),
      numeric: true,
      text: (r) => feedback(r, "overall"),
      value: (r) => r.feedback.figures?.overall ?? null,
      numberFormat: "0.0",
    },
    {
      header: t("directorate.col.feedbackRelevance"),
      numeric: true,
      text: (r) => feedback(r, "relevance"),
      value: (r) => r.feedback.figures?.relevance ?? null,
      numberFormat: "0.0",
    },
    {
      header: `${t("directorate.col.levelChanges")}: ${t(`report.indicator.${indicator}`)}`,
      numeric: false,
      text: (r) =>
        r.levels
          .map(
            (l) =>
              `${l.isFocus ? t("report.about.focusMark", { name: l.name }) : l.name}: ${l.reported ? change(l.change[indicator]) : tooFew}`,
          )
          .join("; ") || "–",
    },
  ];
}
