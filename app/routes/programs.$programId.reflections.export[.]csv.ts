import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvHeaders, toCsv } from "../domain/csv";
import { ratingKeys, type GroupFigures, type Stat } from "../domain/indicators";
import { translator, uiLocaleOf } from "../i18n/catalog";
import { formatChange, formatMean, formatPercent } from "../i18n/numbers";
import { requireProgramAccess } from "../server/guards.server";
import { programIndicators } from "../server/reflections.server";

/**
 * The anonymous indicator figures as CSV, suppressed exactly as on the page (the domain module does
 * it). Bokmål files use ";" and decimal commas, as Norwegian spreadsheets expect.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const locale = uiLocaleOf(user.preferredLanguage);
  const t = translator(locale);
  const indicators = programIndicators(program);
  const stat = (s: Stat | null) => (s ? [String(s.n), formatMean(s.mean, locale)] : ["", ""]);
  const rows = (groupType: string, group: string, firstLine: boolean, f: GroupFigures<unknown>) => {
    const head = [groupType, group, firstLine ? t("reflections.csv.yes") : "", String(f.members)];
    if (!f.shown) return [[...head, t("reflections.analytics.tooFew"), "", "", "", "", "", "", ""]];
    const rate = f.responseRate === null ? "" : formatPercent(f.responseRate, locale);
    return ratingKeys.map((k) => {
      const m = f.measures[k];
      return [
        ...head,
        String(f.authors),
        rate,
        t(`reflections.measure.${k}`),
        ...stat(m.baseline),
        ...stat(m.latest),
        m.change === null ? "" : formatChange(m.change, locale),
      ];
    });
  };
  const data = [
    ...rows(t("reflections.analytics.overall"), program.title, false, indicators.overall),
    ...indicators.levels.flatMap((l) => rows(t("reflections.analytics.byLevel"), l.level.name, l.level.isFirstLine, l.figures)),
    ...indicators.cohorts.flatMap((c) => rows(t("reflections.analytics.byCohort"), c.cohort.name, false, c.figures)),
  ];
  const fields = [
    "groupType",
    "group",
    "firstLine",
    "members",
    "authors",
    "responseRate",
    "measure",
    "baselineN",
    "baselineMean",
    "latestN",
    "latestMean",
    "change",
  ] as const;
  const csv = toCsv(
    fields.map((f) => t(`reflections.csv.${f}`)),
    data,
    { delimiter: locale === "en" ? "," : ";", bom: true },
  );
  return new Response(csv, { headers: csvHeaders(`reflection-indicators-${program.id}.csv`) });
}
