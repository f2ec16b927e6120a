/**
 * The directorate following the programmes it funds (a grant is recorded), while they run: a live
 * summary per programme and a comparison across organisations. Both are built from the final
 * report's figures (report.server.ts → app/domain/report.ts), which withhold every group under five,
 * with everything that names or quotes a person left out: no contact person, no quotes, no
 * narrative, no collaborators or dissemination text.
 */
import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import {
  dataRevisions,
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
import { comparisonColumns } from "../components/comparison-table";
import {
  comparisonRow,
  focusChange,
  nbCollator,
  overlapsYear,
  sortKeys,
  sortRows,
  type ComparisonRow,
  type SortKey,
} from "../domain/directorate";
import { feedbackByProgramme } from "./feedback.server";
import type { Locale } from "../domain/enums";
import { buildReportModel, indicatorKeys, type IndicatorKey, type ReportModel } from "../domain/report";
import { clock, osloToday } from "./clock.server";
import { dataRevision } from "./conditional-get.server";
import { getDb, preparedPerConnection, type Db } from "./db.server";
import { keptUpTo } from "./kept.server";
import { logger } from "./logger.server";
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
 * Every funded programme's row, kept across requests: across a national database that is hundreds of
 * programmes' live figures (some 20 ms each), while the directorate reads the same comparison many
 * times (filtering, sorting, paging, exporting). A row is kept while its programme's revision
 * (`program:<id>` in `data_revisions`) is unchanged, so a programme's own change shows at once and
 * costs that one row; a change to shared data (people, cohorts, organisations: the `shared` revision)
 * recomputes a row once it is a minute old, since that change may touch every row. Rows are dropped
 * at midnight (held and upcoming gatherings move with the date).
 */
const sharedDataMaxAgeMs = 60_000;

type KeptRow = { row: ComparisonRow; programRevision: number; sharedRevision: number; day: string; at: number };
const keptRows = new Map<number, KeptRow>();

/** The assembled comparison: rows, filter options, and each sort order asked for, at one national revision. */
export type ComparisonSnapshot = {
  /** The sum of all revisions when assembled: unchanged, nothing any row depends on has changed. */
  national: number;
  day: string;
  /** When the first row kept past a shared change must be recomputed (Infinity: none is). */
  sharedGraceEnds: number;
  /** Names the rows' contents (each row's revisions), for the page's ETag. */
  label: number;
  rows: ComparisonRow[];
  options: { years: number[]; kinds: string[]; focusAreas: string[] };
  sorted: Map<string, ComparisonRow[]>;
  /** Pages as shown, by language and address (bounded). */
  pages: ReturnType<typeof keptUpTo<string, ComparisonPage>>;
};
let snapshot: ComparisonSnapshot | null = null;

const revisionStatements = preparedPerConnection((db: Db) =>
  db.select({ scope: dataRevisions.scope, revision: dataRevisions.revision }).from(dataRevisions).prepare(),
);

function filterOptions(rows: ComparisonRow[]): ComparisonSnapshot["options"] {
  const years = new Set<number>();
  for (const p of rows) {
    for (let y = Number(p.periodStart.slice(0, 4)); y <= Number(p.periodEnd.slice(0, 4)); y++) years.add(y);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    kinds: [...new Set(rows.map((p) => p.organisationKind))].sort(),
    focusAreas: [...new Set(rows.flatMap((p) => p.focusAreas))].sort(nbCollator.compare),
  };
}

/** Lets the requests waiting meanwhile run: a national comparison is seconds of work when no row is kept. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Recomputes the rows that are no longer current, one programme at a time; the rest are kept. */
async function assemble(): Promise<ComparisonSnapshot> {
  // Revisions are read before the rows are computed: a write in between labels a row older than it is, never newer.
  const revisions = new Map(
    revisionStatements(getDb())
      .all()
      .map((r) => [r.scope, r.revision]),
  );
  const national = [...revisions.values()].reduce((sum, r) => sum + r, 0);
  const shared = revisions.get("shared") ?? 0;
  const day = osloToday();
  const now = clock.nowMs();
  const all = fundedProgrammes();
  const stale = all.filter((p) => {
    const kept = keptRows.get(p.programId);
    return !(
      kept &&
      kept.day === day &&
      kept.programRevision === (revisions.get(`program:${p.programId}`) ?? 0) &&
      (kept.sharedRevision === shared || (now - kept.at >= 0 && now - kept.at < sharedDataMaxAgeMs))
    );
  });
  if (stale.length) {
    const ids = stale.map((p) => p.programId);
    const areas = focusAreasOf(ids);
    const feedback = feedbackByProgramme(ids);
    for (const p of stale) {
      await yieldToOthers();
      const { model, focusLevelId } = liveModel(p);
      const row = comparisonRow({ ...p, focusAreas: areas.get(p.programId) ?? [] }, model, focusLevelId, feedback.get(p.programId)!);
      keptRows.set(p.programId, {
        row,
        programRevision: revisions.get(`program:${p.programId}`) ?? 0,
        sharedRevision: shared,
        day,
        at: now,
      });
    }
  }
  const funded = new Set(all.map((p) => p.programId));
  for (const id of keptRows.keys()) if (!funded.has(id)) keptRows.delete(id);
  const kept = all.map((p) => keptRows.get(p.programId)!);
  const label = createHash("sha256")
    .update(kept.map((k) => `${k.row.programId}:${k.programRevision}:${k.sharedRevision}`).join(","))
    .digest()
    .readUIntBE(0, 6);
  const rows = kept.map((k) => k.row);
  const sharedGraceEnds = Math.min(...kept.filter((k) => k.sharedRevision !== shared).map((k) => k.at + sharedDataMaxAgeMs));
  return { national, day, sharedGraceEnds, label, rows, options: filterOptions(rows), sorted: new Map(), pages: keptUpTo(keptPages) };
}

let assembling: Promise<ComparisonSnapshot> | null = null;
/** When a reader last asked for the comparison (the keeper's own refreshes do not count). */
let lastReadMs = Number.NEGATIVE_INFINITY;

/**
 * The comparison as it stands: while no revision has changed since it was assembled (one query), the
 * same snapshot; otherwise reassembled, recomputing only the rows that are no longer current. One
 * assembly at a time: requests arriving meanwhile wait for it rather than computing the same rows.
 */
export async function currentComparison(): Promise<ComparisonSnapshot> {
  lastReadMs = clock.nowMs();
  return upToDate();
}

/** The comparison brought up to date, for a reader or the keeper. */
async function upToDate(): Promise<ComparisonSnapshot> {
  const national = dataRevision("national");
  if (snapshot && snapshot.national === national && snapshot.day === osloToday() && clock.nowMs() < snapshot.sharedGraceEnds) {
    return snapshot;
  }
  assembling ??= assemble()
    .then((assembled) => (snapshot = assembled))
    .finally(() => (assembling = null));
  return assembling;
}

/**
 * Keeps the comparison current in the background of a serving process: assembled once the server has
 * started, then, while directorate readers are about (a read in the last `readWithinMs`), brought up
 * to date every `intervalMs` (only the programmes whose data changed are computed again, and nothing
 * when no revision moved: one query). A first assembly of national data is seconds of work (3.7 s on
 * the benchmark's national database), which a reader after a start, a day's change or a write would
 * otherwise wait for; with no reader about, a change to shared data (which touches every row) is left
 * for the next reader rather than recomputed every minute by every process. `latest()` is the last
 * refresh begun; `stop()` ends the keeping.
 */
export function keepComparisonCurrent(intervalMs = 60_000, readWithinMs = 30 * 60_000): { latest: () => Promise<void>; stop: () => void } {
  const refresh = () =>
    upToDate().then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, "keeping the comparison current failed"),
    );
  let latest = refresh();
  const timer = setInterval(() => {
    if (clock.nowMs() - lastReadMs < readWithinMs) latest = refresh();
  }, intervalMs);
  // A keeper never holds a stopping process open.
  timer.unref();
  return { latest: () => latest, stop: () => clearInterval(timer) };
}

/** The snapshot's rows in one order, sorted once per snapshot. */
function sortedRows(current: ComparisonSnapshot, sort: SortKey, descending: boolean, indicator: IndicatorKey) {
  // The indicator orders only by change; other orders are shared by every indicator.
  const key = `${sort} ${descending} ${sort === "change" ? indicator : ""}`;
  let rows = current.sorted.get(key);
  if (!rows) {
    rows = sortRows(current.rows, sort, descending, indicator);
    current.sorted.set(key, rows);
  }
  return rows;
}

/** The rows that pass the filters: the period overlaps the year, the organisation's kind, a focus area. */
const passes = (filters: ComparisonFilters) => (p: ComparisonRow) =>
  (filters.year === undefined || overlapsYear(p.periodStart, p.periodEnd, filters.year)) &&
  (filters.kind === undefined || p.organisationKind === filters.kind) &&
  (filters.focusArea === undefined || p.focusAreas.includes(filters.focusArea));

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

/** The comparison's rows for an address, filtered and sorted: every one of them (the exports). */
export function comparisonFor(params: URLSearchParams, current: ComparisonSnapshot) {
  const query = comparisonQuery(params);
  const rows = sortedRows(current, query.sort, query.descending, query.indicator).filter(passes(query.filters));
  return { ...query, options: current.options, rows };
}

/** Rows per page of the comparison: a page costs the same however many programmes there are. */
export const comparisonPageSize = 20;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Pages kept per snapshot: a director's filters, orders and pages in each language, some 30 KB each. */
const keptPages = 64;

/**
 * One page of the comparison for an address, as the page shows it: the cells as text in the reader's
 * language (only what is shown goes to the browser), and the focus-level change per indicator for
 * the charts when `?open=charts` asks for them. `?page=` past the last page shows the last. Kept
 * with the snapshot: the same address in the same language is the same page until a row changes.
 */
export function comparisonPage(current: ComparisonSnapshot, params: URLSearchParams, locale: Locale, pageSize = comparisonPageSize) {
  return current.pages.get(`${locale} ${pageSize} ${params}`, () => buildPage(current, params, locale, pageSize));
}

export type ComparisonPage = ReturnType<typeof buildPage>;

function buildPage(current: ComparisonSnapshot, params: URLSearchParams, locale: Locale, pageSize: number) {
  const { rows, ...query } = comparisonFor(params, current);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(pageSchema.parse(params.get("page") ?? 1), pages);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  const columns = comparisonColumns(query.indicator, locale);
  return {
    ...query,
    total: rows.length,
    page,
    pages,
    first: (page - 1) * pageSize + 1,
    columns: columns.map((c) => ({ header: c.header, numeric: c.numeric, sort: c.sort ?? null })),
    rows: shown.map((r) => ({ programId: r.programId, cells: columns.map((c) => c.text(r)) })),
    charts:
      params.get("open") === "charts"
        ? shown.map((r) => ({
            label: `${r.title} (${r.organisationName})`,
            changes: indicatorKeys.map((key) => focusChange(r, key)),
          }))
        : null,
  };
}
