/**
 * Who may open which final report, and the directorate's portal across organisations.
 *
 * The directorate reads submitted (to review) and published reports of every organisation, never a
 * draft; the programme's own coordinators and union representatives read all of theirs. Reports
 * hold only aggregate figures (groups under five withheld), never an individual's data.
 */
import { TZDate } from "@date-fns/tz";
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { finalReports, grants, leaderLevels, organisations, people, programs, reportRequests } from "../../db/schema";
import type { ReportModel } from "../domain/report";
import { timeZone } from "../i18n/dates";
import { getDb } from "./db.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";
import { inLibraryOf, readsLibrary } from "./report-library.server";

/** The report and the signed-in user, or 404 (not visible to them) / 403 (no role that reads reports). */
export async function requireReportAccess(request: Request, reportIdParam: string | undefined) {
  const user = await requireUser(request);
  const reportId = parseId(reportIdParam);
  if (!readsLibrary(user)) throw forbidden();
  const found = getDb()
    .select({ report: finalReports, organisationId: programs.organisationId, programTitle: programs.title })
    .from(finalReports)
    .innerJoin(programs, eq(programs.id, finalReports.programId))
    .where(eq(finalReports.id, reportId))
    .get();
  if (!found) throw notFound();
  const ownProgramme = found.organisationId === user.organisationId && hasRole(user, "coordinator", "union_rep");
  const directorateMayRead = hasRole(user, "directorate") && found.report.status !== "draft";
  // A published report is shared with the sector (report-library.server.ts); nothing else of its organisation is.
  const sharedWithSector = found.report.status === "published" && inLibraryOf(user, found.organisationId);
  if (!ownProgramme && !directorateMayRead && !sharedWithSector) throw notFound();
  return { user, report: found.report, programTitle: found.programTitle, ownProgramme };
}

// ─── Requests ───────────────────────────────────────────────────────────────

/** Every programme with its organisation, and each organisation's leader levels, for the request form. */
export function requestFormOptions() {
  const db = getDb();
  const programRows = db
    .select({ id: programs.id, title: programs.title, organisationName: organisations.name })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .orderBy(asc(organisations.name), asc(programs.title))
    .all();
  const levels = db
    .select({ id: leaderLevels.id, name: leaderLevels.name, organisationName: organisations.name })
    .from(leaderLevels)
    .innerJoin(organisations, eq(organisations.id, leaderLevels.organisationId))
    .orderBy(asc(organisations.name), asc(leaderLevels.position))
    .all();
  return { programs: programRows, levels };
}

/** All requests with where their report stands; drafts are shown as "in progress" without content. */
export function requestOverview() {
  return getDb()
    .select({
      id: reportRequests.id,
      dueOn: reportRequests.dueOn,
      createdAt: reportRequests.createdAt,
      programTitle: programs.title,
      organisationName: organisations.name,
      requestedBy: people.name,
      reportId: finalReports.id,
      reportStatus: finalReports.status,
    })
    .from(reportRequests)
    .innerJoin(programs, eq(programs.id, reportRequests.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .innerJoin(people, eq(people.id, reportRequests.requestedById))
    .leftJoin(finalReports, eq(finalReports.requestId, reportRequests.id))
    .orderBy(asc(reportRequests.dueOn), asc(reportRequests.id))
    .all();
}

/** The requests of one programme and their reports, for its report tab. */
export function programRequests(programId: number) {
  return getDb()
    .select({
      id: reportRequests.id,
      dueOn: reportRequests.dueOn,
      focusText: reportRequests.focusText,
      focusLevelName: leaderLevels.name,
      requestedBy: people.name,
      createdAt: reportRequests.createdAt,
      reportId: finalReports.id,
      reportStatus: finalReports.status,
      returnComment: finalReports.returnComment,
    })
    .from(reportRequests)
    .innerJoin(people, eq(people.id, reportRequests.requestedById))
    .leftJoin(leaderLevels, eq(leaderLevels.id, reportRequests.focusLevelId))
    .leftJoin(finalReports, eq(finalReports.requestId, reportRequests.id))
    .where(eq(reportRequests.programId, programId))
    .orderBy(desc(reportRequests.createdAt), desc(reportRequests.id))
    .all();
}

// ─── Published reports ──────────────────────────────────────────────────────

/** Published reports with what the portal shows and filters on; SQLite flattens it into each query. */
const published = () =>
  getDb()
    .select({
      id: finalReports.id,
      publishedAt: finalReports.publishedAt,
      snapshot: finalReports.snapshot,
      programTitle: programs.title,
      // Aliased: a subquery's columns need names of their own ("id" and "name" occur twice).
      organisationId: sql<number>`${organisations.id}`.as("organisation_id"),
      organisationName: sql<string>`${organisations.name}`.as("organisation_name"),
      category: grants.category,
      focusLevelName: sql<string | null>`${leaderLevels.name}`.as("focus_level_name"),
    })
    .from(finalReports)
    .innerJoin(programs, eq(programs.id, finalReports.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .leftJoin(grants, eq(grants.programId, programs.id))
    .leftJoin(reportRequests, eq(reportRequests.id, finalReports.requestId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, reportRequests.focusLevelId))
    .where(eq(finalReports.status, "published"))
    .as("published");

export type PortalFilters = { organisationId?: number; year?: number; category?: string; focus?: string };

/** 1 January of `year` in Oslo, as an instant. */
const startOfOsloYear = (year: number) => new Date(new TZDate(year, 0, 1, timeZone).getTime());

const osloYear = (instant: Date) => new TZDate(instant.getTime(), timeZone).getFullYear();

export function publishedReports(filters: PortalFilters) {
  const p = published();
  const conditions: SQL[] = [];
  if (filters.organisationId) conditions.push(eq(p.organisationId, filters.organisationId));
  if (filters.year) {
    conditions.push(gte(p.publishedAt, startOfOsloYear(filters.year)));
    conditions.push(lt(p.publishedAt, startOfOsloYear(filters.year + 1)));
  }
  if (filters.category) conditions.push(eq(p.category, filters.category));
  if (filters.focus) conditions.push(eq(p.focusLevelName, filters.focus));
  return getDb()
    .select()
    .from(p)
    .where(and(...conditions))
    .orderBy(desc(p.publishedAt))
    .all()
    .map(({ snapshot, ...row }) => ({ ...row, model: snapshot as ReportModel }));
}

/** The values the portal's filters offer: those that occur among published reports. */
export function portalFilterOptions() {
  const p = published();
  const rows = getDb()
    .select({
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      publishedAt: p.publishedAt,
      category: p.category,
      focus: p.focusLevelName,
    })
    .from(p)
    .all();
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  return {
    organisations: [...new Map(rows.map((r) => [r.organisationId, r.organisationName])).entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "nb")),
    years: distinct(rows.map((r) => r.publishedAt && osloYear(r.publishedAt))).sort((a, b) => b - a),
    categories: distinct(rows.map((r) => r.category)).sort((a, b) => a.localeCompare(b, "nb")),
    focuses: distinct(rows.map((r) => r.focus)).sort((a, b) => a.localeCompare(b, "nb")),
  };
}
