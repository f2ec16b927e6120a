/**
 * The directorate's view across organisations: plain rules for the comparison (no db, no Remix).
 *
 * Everything here works on figures already suppressed by app/domain/indicators.ts and
 * app/domain/report.ts; the one count this module derives itself (participants, the divisor of the
 * cost per participant) goes through `shownCount`, the single place the k ≥ 5 rule is applied here
 * so a later disclosure-control module can take it over.
 */
import { minGroupSize } from "./indicators";
import { indicatorKeys, type IndicatorKey, type IndicatorsByLevel, type ReportModel } from "./report";

/** A count of people, or null when it is a group too small to show (zero is shown: it reveals nobody). */
export const shownCount = (n: number) => (n > 0 && n < minGroupSize ? null : n);

export type ComparisonLevel = {
  name: string;
  isFocus: boolean;
  /** False when the level had too few authors; `change` is then all null. */
  reported: boolean;
  change: Record<IndicatorKey, number | null>;
};

export type ComparisonRow = {
  programId: number;
  title: string;
  organisationName: string;
  organisationKind: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  category: string | null;
  focusAreas: string[];
  currency: string;
  awardedOre: number | null;
  spentOre: number;
  /** People with attendance taken on the levels shown; null when under five. */
  participants: number | null;
  costPerParticipantOre: number | null;
  cohorts: number;
  gatheringsHeld: number;
  gatheringsUpcoming: number;
  attendanceRate: number | null;
  focusLevelName: string | null;
  levels: ComparisonLevel[];
  feedback: ProgrammeFeedback;
};

/**
 * Feedback on a programme's held gatherings, for comparing: the means over the gatherings that
 * reached five answers (each of those is shown to the programme already); `answered` without figures
 * when answers exist but no gathering has five. Nothing here is finer than a gathering's own figures.
 */
export type ProgrammeFeedback = {
  answered: boolean;
  figures: { gatherings: number; answers: number; overall: number; relevance: number } | null;
};

/** A programme's feedback from its gatherings' answer counts and sums (one row per held gathering with answers). */
export function programmeFeedback(gatherings: { answers: number; overallSum: number; relevanceSum: number }[]): ProgrammeFeedback {
  const shown = gatherings.filter((g) => g.answers >= minGroupSize);
  if (shown.length === 0) return { answered: gatherings.some((g) => g.answers > 0), figures: null };
  const answers = shown.reduce((n, g) => n + g.answers, 0);
  return {
    answered: true,
    figures: {
      gatherings: shown.length,
      answers,
      overall: shown.reduce((n, g) => n + g.overallSum, 0) / answers,
      relevance: shown.reduce((n, g) => n + g.relevanceSum, 0) / answers,
    },
  };
}

const noChange = () => Object.fromEntries(indicatorKeys.map((k) => [k, null])) as Record<IndicatorKey, number | null>;

/** Indicator change per level, named, with the focus level marked. */
export function levelChanges(
  indicators: IndicatorsByLevel,
  levels: { levelId: number; name: string }[],
  focusLevelId: number | null,
): ComparisonLevel[] {
  const name = new Map(levels.map((l) => [l.levelId, l.name]));
  return indicators.map((level) => {
    const change = noChange();
    for (const v of level.values) change[v.key] = v.change;
    return { name: name.get(level.levelId) ?? "–", isFocus: level.levelId === focusLevelId, reported: level.reported, change };
  });
}

/** One programme's row of the comparison, from its live or frozen report model. */
export function comparisonRow(
  program: Pick<ComparisonRow, "programId" | "title" | "organisationName" | "organisationKind" | "status" | "category" | "focusAreas">,
  model: ReportModel,
  focusLevelId: number | null,
  feedback: ProgrammeFeedback,
): ComparisonRow {
  const participants = shownCount(model.about.overall?.people ?? 0);
  const spentOre = model.funds.spentOre;
  const focusLevel = model.about.levels.find((l) => l.levelId === focusLevelId);
  return {
    ...program,
    periodStart: model.program.periodStart,
    periodEnd: model.program.periodEnd,
    currency: model.funds.currency,
    awardedOre: model.funds.awardedOre,
    spentOre,
    participants,
    costPerParticipantOre: participants ? Math.round(spentOre / participants) : null,
    cohorts: model.about.cohorts,
    gatheringsHeld: model.about.gatherings.held,
    gatheringsUpcoming: model.about.gatherings.upcoming,
    attendanceRate: model.about.overall?.rate ?? null,
    focusLevelName: focusLevel?.name ?? null,
    levels: levelChanges(model.about.indicators, model.about.levels, focusLevelId),
    feedback,
  };
}

/** The change of `indicator` on the row's focus level; null when there is none or it is withheld. */
export const focusChange = (row: ComparisonRow, indicator: IndicatorKey) => row.levels.find((l) => l.isFocus)?.change[indicator] ?? null;

/** Names and titles compare in Norwegian order (æ, ø, å last); one collator, made once. */
export const nbCollator = new Intl.Collator("nb");

export const sortKeys = ["organisation", "program", "awarded", "spent", "cost", "attendance", "change"] as const;
export type SortKey = (typeof sortKeys)[number];

/**
 * Rows sorted by `key`; withheld and missing values always go last, whichever the direction, so a
 * suppressed cell never sorts among the shown ones.
 */
export function sortRows(rows: ComparisonRow[], key: SortKey, descending: boolean, indicator: IndicatorKey) {
  const value = (r: ComparisonRow): string | number | null => {
    switch (key) {
      case "organisation":
        return r.organisationName;
      case "program":
        return r.title;
      case "awarded":
        return r.awardedOre;
      case "spent":
        return r.spentOre;
      case "cost":
        return r.costPerParticipantOre;
      case "attendance":
        return r.attendanceRate;
      case "change":
        return focusChange(r, indicator);
    }
  };
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const order = typeof va === "string" ? nbCollator.compare(va, String(vb)) : va - (vb as number);
    return order * direction || nbCollator.compare(a.title, b.title);
  });
}

/** A programme's period overlaps the calendar year. */
export const overlapsYear = (periodStart: string, periodEnd: string, year: number) =>
  periodStart <= `${year}-12-31` && periodEnd >= `${year}-01-01`;
