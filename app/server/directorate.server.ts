/**
 * The directorate following the programmes it funds (a grant is recorded), while they run: a live
 * summary per programme and a comparison across organisations. Both are built from the final
 * report's figures (report.server.ts → app/domain/report.ts), which withhold every group under five,
 * with everything that names or quotes a person left out: no contact person, no quotes, no
 * narrative, no collaborators or dissemination text.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import {
  focusAreas,
  grants,
  leaderLevels,
  organisationKinds,
  organisations,
  programGoalFocusAreas,
  programGoals,
  programs,
  reportRequests,
} from "../../db/schema";
import { comparisonRow, overlapsYear, sortKeys, sortRows, type ComparisonRow, type SortKey } from "../domain/directorate";
import { feedbackByProgramme } from "./feedback.server";
import { buildReportModel, indicatorKeys, type IndicatorKey, type ReportModel } from "../domain/report";
import { clock, osloToday } from "./clock.server";
import { dataRevision } from "./conditional-get.server";
import { getDb } from "./db.server";
import { programIndicators } from "./reflections.server";
import { reportRows } from "./report.server";

/** Programmes with a grant recorded, with what the lists and filters need. */
function fundedProgrammes(programId?: number) {
  return getDb()
    .select({
      programId: programs.id,
      title: programs.title,
      status: programs.status,
      periodStart: programs.periodStart,
      periodEnd: programs.periodEnd,
      organisationId: programs.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      category: grants.category,
    })
    .from(programs)
    .innerJoin(grants, eq(grants.programId, programs.id))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .where(programId === undefined ? undefined : eq(programs.id, programId))
    .orderBy(asc(organisations.name), asc(programs.title))
    .all();
}

export type FundedProgramme = ReturnType<typeof fundedProgrammes>[number];

/** Every funded programme, for the directorate's list. */
export const followedProgrammes = () => fundedProgrammes();

/** The focus level the directorate asked about last (its latest request), else the organisation's first-line level. */
function focusOf(program: { programId: number; organisationId: number }) {
  const db = getDb();
  const request = db
    .select({ id: reportRequests.id, levelId: reportRequests.focusLevelId })
    .from(reportRequests)
    .where(eq(reportRequests.programId, program.programId))
    .orderBy(desc(reportRequests.createdAt), desc(reportRequests.id))
    .limit(1)
    .get();
  const firstLine = db
    .select({ id: leaderLevels.id })
    .from(leaderLevels)
    .where(and(eq(leaderLevels.organisationId, program.organisationId), eq(leaderLevels.isFirstLine, true)))
    .get();
  return { requestId: request?.id ?? null, levelId: request?.levelId ?? firstLine?.id ?? null };
}

/** The live figures of a programme, with nothing that names or quotes a person. */
function liveModel(program: FundedProgramme): { model: ReportModel; focusLevelId: number | null } {
  const focus = focusOf(program);
  const rows = reportRows({ programId: program.programId, requestId: focus.requestId, narrative: {}, updatedAt: clock.now() });
  const model = buildReportModel({ ...rows, contact: null, quotes: [], collaborators: [], partners: [], dissemination: [] });
  return { model, focusLevelId: focus.levelId };
}

/**
 * What the directorate sees of one funded programme (and its coordinators on the "shared with the
 * directorate" page); undefined when the programme has no grant recorded.
 */
export function followSummary(programId: number) {
  const program = fundedProgrammes(programId)[0];
  if (!program) return undefined;
  const { model, focusLevelId } = liveModel(program);
  const indicators = programIndicators({ id: program.programId, organisationId: program.organisationId });
  return {
    program,
    model,
    focusLevelId,
    // The response rate is a figure of the group, shown only where the group's figures are.
    responseRates: indicators.levels.map(({ level, figures }) => ({
      levelId: level.id,
      name: level.name,
      rate: figures.shown ? figures.responseRate : null,
      shown: figures.shown,
    })),
  };
}

export type FollowSummary = NonNullable<ReturnType<typeof followSummary>>;

export type ComparisonFilters = { year?: number; kind?: (typeof organisationKinds)[number]; focusArea?: string };

/** Titles of the focus areas the programmes' goals point to, per programme. */
function focusAreasOf(programIds: number[]) {
  const byProgram = new Map<number, string[]>();
  if (!programIds.length) return byProgram;
  const rows = getDb()
    .selectDistinct({ programId: programGoals.programId, title: focusAreas.title })
    .from(programGoals)
    .innerJoin(programGoalFocusAreas, eq(programGoalFocusAreas.goalId, programGoals.id))
    .innerJoin(focusAreas, eq(focusAreas.id, programGoalFocusAreas.focusAreaId))
    .where(inArray(programGoals.programId, programIds))
    .orderBy(asc(focusAreas.title))
    .all();
  for (const row of rows) byProgram.set(row.programId, [...(byProgram.get(row.programId) ?? []), row.title]);
  return byProgram;
}

/**
 * Every funded programme's row, computed at most once a minute: across a national database that is
 * hundreds of programmes' live figures, while the directorate reads the same comparison many times
 * (filtering, sorting, exporting). Figures up to a minute old are current enough for comparing; rows
 * still at the database's revision (`data_revisions`) are kept for the rest of the day, as nothing they show has changed.
 */
const comparisonMaxAgeMs = 60_000;
let cachedComparison: { at: number; day: string; revision: number; rows: ComparisonRow[] } | null = null;

const cachedComparisonServes = (revision: number) => {
  if (!cachedComparison) return false;
  const age = clock.nowMs() - cachedComparison.at;
  return (age >= 0 && age < comparisonMaxAgeMs) || (cachedComparison.revision === revision && cachedComparison.day === osloToday());
};

/** The data revision the comparison is served at (for its page's ETag): the cached rows' while they serve. */
export function comparisonRevision(): number {
  const revision = dataRevision("national");
  return cachedComparisonServes(revision) ? cachedComparison!.revision : revision;
}

function allComparisonRows(): ComparisonRow[] {
  // Read before the rows are computed: a write in between leaves them labelled older than they are, never newer.
  const revision = dataRevision("national");
  if (cachedComparisonServes(revision)) return cachedComparison!.rows;
  const all = fundedProgrammes();
  const areas = focusAreasOf(all.map((p) => p.programId));
  const feedback = feedbackByProgramme(all.map((p) => p.programId));
  const rows = all.map((p) => {
    const { model, focusLevelId } = liveModel(p);
    return comparisonRow({ ...p, focusAreas: areas.get(p.programId) ?? [] }, model, focusLevelId, feedback.get(p.programId)!);
  });
  cachedComparison = { at: clock.nowMs(), day: osloToday(), revision, rows };
  return rows;
}

/** The comparison's rows, filtered by year (the period overlaps it), organisation kind and focus area. */
export function comparison(filters: ComparisonFilters): {
  rows: ComparisonRow[];
  options: { years: number[]; kinds: string[]; focusAreas: string[] };
} {
  const all = allComparisonRows();
  const years = new Set<number>();
  for (const p of all) {
    for (let y = Number(p.periodStart.slice(0, 4)); y <= Number(p.periodEnd.slice(0, 4)); y++) years.add(y);
  }
  const options = {
    years: [...years].sort((a, b) => b - a),
    kinds: [...new Set(all.map((p) => p.organisationKind))].sort(),
    focusAreas: [...new Set(all.flatMap((p) => p.focusAreas))].sort((a, b) => a.localeCompare(b, "nb")),
  };
  const rows = all.filter(
    (p) =>
      (filters.year === undefined || overlapsYear(p.periodStart, p.periodEnd, filters.year)) &&
      (filters.kind === undefined || p.organisationKind === filters.kind) &&
      (filters.focusArea === undefined || p.focusAreas.includes(filters.focusArea)),
  );
  return { rows, options };
}

const querySchemas = {
  year: z.coerce.number().int().min(2000).max(2100),
  kind: z.enum(organisationKinds),
  focusArea: z.string().trim().min(1).max(200),
  indicator: z.enum(indicatorKeys),
  sort: z.enum(sortKeys),
  dir: z.enum(["asc", "desc"]),
};
type QueryName = keyof typeof querySchemas;

/**
 * The comparison's selection from the address: each parameter on its own, an invalid one left out
 * and reported, so the page, the CSV and the .xlsx of one address always hold the same rows.
 */
export function comparisonQuery(params: URLSearchParams) {
  const invalid: QueryName[] = [];
  const read = <N extends QueryName>(name: N): z.infer<(typeof querySchemas)[N]> | undefined => {
    const raw = params.get(name);
    if (!raw) return undefined;
    const parsed = querySchemas[name].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<(typeof querySchemas)[N]>;
    invalid.push(name);
    return undefined;
  };
  const filters: ComparisonFilters = { year: read("year"), kind: read("kind"), focusArea: read("focusArea") };
  const indicator: IndicatorKey = read("indicator") ?? "roleClarity";
  const sort: SortKey = read("sort") ?? "organisation";
  const descending = read("dir") === "desc";
  return { filters, indicator, sort, descending, invalid };
}

/** The comparison's rows for an address, filtered and sorted. */
export function comparisonFor(params: URLSearchParams) {
  const query = comparisonQuery(params);
  const { rows, options } = comparison(query.filters);
  return { ...query, options, rows: sortRows(rows, query.sort, query.descending, query.indicator) };
}
