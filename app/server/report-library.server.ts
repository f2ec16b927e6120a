/**
 * The library of published final reports, shared across the sector so good practice spreads: the
 * coordinators, secretariat members and union representatives of every organisation of the same
 * kind (police districts read police districts' reports) may open a published report. Drafts,
 * submitted and returned reports stay with their own organisation (and the directorate).
 */
import { TZDate } from "@date-fns/tz";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import {
  finalReports,
  focusAreas,
  leaderLevels,
  organisations,
  programGoalFocusAreas,
  programGoals,
  programMembers,
  programs,
  reportRequests,
} from "../../db/schema";
import { timeZone } from "../i18n/dates";
import { getDb } from "./db.server";
import { hasRole } from "./guards.server";
import type { SessionUser } from "./session.server";

type Reader = Pick<SessionUser, "id" | "organisationId" | "roles">;

/** A member of a secretariat of one of their own organisation's programmes. */
const inSecretariat = (user: Reader) =>
  !!getDb()
    .select({ programId: programMembers.programId })
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .where(
      and(
        eq(programMembers.personId, user.id),
        eq(programMembers.memberGroup, "secretariat"),
        eq(programs.organisationId, user.organisationId),
      ),
    )
    .get();

/** Whether the user reads the library: coordinators, union representatives, secretariat members, the directorate. */
export const readsLibrary = (user: Reader) => hasRole(user, "directorate", "coordinator", "union_rep") || inSecretariat(user);

const kindOf = (organisationId: number) =>
  getDb().select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get()?.kind;

/** A published report of `reportOrganisationId` is in this reader's library (same kind of organisation). */
export const inLibraryOf = (user: Reader, reportOrganisationId: number) =>
  readsLibrary(user) && (hasRole(user, "directorate") || kindOf(user.organisationId) === kindOf(reportOrganisationId));

export type LibraryFilters = { focus?: string; level?: string; year?: number; text?: string };

const osloYear = (instant: Date) => new TZDate(instant.getTime(), timeZone).getFullYear();

/** The published reports this reader may open, with what the search works on. */
export function libraryReports(user: Reader, filters: LibraryFilters) {
  const db = getDb();
  const kind = hasRole(user, "directorate") ? undefined : kindOf(user.organisationId);
  const reports = db
    .select({
      id: finalReports.id,
      programId: programs.id,
      publishedAt: finalReports.publishedAt,
      programTitle: programs.title,
      mainFocus: programs.mainFocus,
      organisationName: organisations.name,
      focusLevelName: leaderLevels.name,
    })
    .from(finalReports)
    .innerJoin(programs, eq(programs.id, finalReports.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .leftJoin(reportRequests, eq(reportRequests.id, finalReports.requestId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, reportRequests.focusLevelId))
    .where(and(eq(finalReports.status, "published"), kind ? eq(organisations.kind, kind) : undefined))
    .orderBy(desc(finalReports.publishedAt), desc(finalReports.id))
    .all();
  const areas = reports.length
    ? db
        .selectDistinct({ programId: programGoals.programId, title: focusAreas.title })
        .from(programGoals)
        .innerJoin(programGoalFocusAreas, eq(programGoalFocusAreas.goalId, programGoals.id))
        .innerJoin(focusAreas, eq(focusAreas.id, programGoalFocusAreas.focusAreaId))
        .where(inArray(programGoals.programId, [...new Set(reports.map((r) => r.programId))]))
        .orderBy(asc(focusAreas.title))
        .all()
    : [];
  const all = reports.map((r) => ({
    ...r,
    year: r.publishedAt ? osloYear(r.publishedAt) : null,
    focusAreas: areas.filter((a) => a.programId === r.programId).map((a) => a.title),
  }));
  const needle = filters.text?.toLocaleLowerCase("nb");
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  return {
    options: {
      focusAreas: distinct(all.flatMap((r) => r.focusAreas)).sort((a, b) => a.localeCompare(b, "nb")),
      levels: distinct(all.map((r) => r.focusLevelName)).sort((a, b) => a.localeCompare(b, "nb")),
      years: distinct(all.map((r) => r.year)).sort((a, b) => b - a),
    },
    reports: all.filter(
      (r) =>
        (!filters.focus || r.focusAreas.includes(filters.focus)) &&
        (!filters.level || r.focusLevelName === filters.level) &&
        (!filters.year || r.year === filters.year) &&
        (!needle ||
          [r.programTitle, r.organisationName, r.mainFocus, ...r.focusAreas].some((s) => s.toLocaleLowerCase("nb").includes(needle))),
    ),
  };
}
