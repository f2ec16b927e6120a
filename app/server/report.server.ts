/**
 * The data behind a final report: a constant number of indexed queries per report (never one per
 * level, cohort or gathering), turned into figures by app/domain/report.ts.
 */
import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import {
  attendanceDays,
  budgetLines,
  cohortMemberships,
  cohorts,
  collaboratingOrganisations,
  expenses,
  externalPartners,
  finalReports,
  gatherings,
  grants,
  invitations,
  leaderLevels,
  organisations,
  dispositions,
  participationModes,
  people,
  programs,
  reportRequests,
} from "../../db/schema";
import { gatheringDays } from "../domain/attendance";
import {
  buildReportModel,
  indicatorKeys,
  unionInvolvementFigures,
  type IndicatorsByLevel,
  type Narrative,
  type ReportModel,
  type ReportRows,
  type UnionInvolvement,
} from "../domain/report";
import { osloDay } from "../i18n/dates";
import { getDb, preparedPerConnection, type DbOrTx } from "./db.server";
import { listActivities } from "./dissemination.server";
import { feedbackPerGathering } from "./feedback.server";
import { consentedQuotes, programIndicators } from "./reflections.server";
import { unionInvolvementSummary } from "./union-involvement.server";
import { clock, osloToday } from "./clock.server";
import { cachedByRevision } from "./revision-cache.server";

export type FinalReportRow = typeof finalReports.$inferSelect;

/**
 * Indicator change by level and consented quotes, from the reflections module: its domain module
 * suppresses every level with fewer than 5 authors, and quotes come without their authors.
 */
export function reportIndicatorsAndQuotes(
  program: { id: number; organisationId: number },
  now = clock.now(),
): { indicators: IndicatorsByLevel; quotes: string[] } {
  const figures = programIndicators(program);
  return {
    indicators: figures.levels.map(({ level, figures: group }) =>
      group.shown
        ? {
            levelId: level.id,
            reported: true,
            values: indicatorKeys.map((key) => ({
              key,
              baseline: group.measures[key].baseline?.mean ?? null,
              latest: group.measures[key].latest?.mean ?? null,
              change: group.measures[key].change,
            })),
          }
        : { levelId: level.id, reported: false, values: [] },
    ),
    quotes: consentedQuotes(program.id, now).map((q) => q.text),
  };
}

/**
 * The union representatives' involvement for the report: counts and modes, the chief
 * representative's seat, and their consultation comments with how each was answered — all from
 * the involvement record (union-involvement.server.ts), so the page and the report agree.
 */
export function reportUnionInvolvement(programId: number): UnionInvolvement {
  const summary = unionInvolvementSummary(programId);
  const { total, unanswered } = summary.comments;
  return unionInvolvementFigures(summary.representatives, participationModes, {
    given: total,
    answered: total - unanswered,
    dispositions: dispositions.map((disposition) => ({ disposition, count: summary.comments[disposition] })),
  });
}

type ReportSource = Pick<FinalReportRow, "programId" | "requestId" | "narrative"> & { updatedAt: Date };

/** Everything the figures are computed from, for one report of one programme. */
export function reportRows(report: ReportSource, db: DbOrTx = getDb()): ReportRows {
  const programId = report.programId;
  const program = db
    .select({
      title: programs.title,
      purpose: programs.purpose,
      mainFocus: programs.mainFocus,
      periodStart: programs.periodStart,
      periodEnd: programs.periodEnd,
      noCollaborators: programs.noCollaborators,
      organisationId: programs.organisationId,
      organisationName: organisations.name,
      fund: grants.fund,
      category: grants.category,
      amountAwardedOre: grants.amountAwardedOre,
      currency: grants.currency,
      contactName: people.name,
      contactEmail: people.email,
    })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .leftJoin(grants, eq(grants.programId, programs.id))
    .leftJoin(people, eq(people.id, programs.contactPersonId))
    .where(eq(programs.id, programId))
    .get();
  if (!program) throw new Error(`reportRows: no programme ${programId}`);

  const request = report.requestId
    ? db
        .select({ levelId: reportRequests.focusLevelId, text: reportRequests.focusText, dueOn: reportRequests.dueOn })
        .from(reportRequests)
        .where(eq(reportRequests.id, report.requestId))
        .get()
    : undefined;

  const levels = db
    .select({ id: leaderLevels.id, name: leaderLevels.name, position: leaderLevels.position })
    .from(leaderLevels)
    .where(eq(leaderLevels.organisationId, program.organisationId))
    .all();

  const cohortRows = db
    .select({
      name: cohorts.name,
      levelId: cohorts.leaderLevelId,
      rolloutOrder: cohorts.rolloutOrder,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      members: count(cohortMemberships.id),
    })
    .from(cohorts)
    .leftJoin(cohortMemberships, and(eq(cohortMemberships.cohortId, cohorts.id), isNull(cohortMemberships.leftAt)))
    .where(eq(cohorts.programId, programId))
    .groupBy(cohorts.id)
    .orderBy(asc(cohorts.rolloutOrder))
    .all();

  const gatheringCounts = db
    .select({ status: gatherings.status, count: count() })
    .from(gatherings)
    .where(eq(gatherings.programId, programId))
    .groupBy(gatherings.status)
    .all();

  // Summed per person in SQL: a programme's held gatherings have thousands of invitations.
  const attendanceCount = (status: "present" | "absent" | "excused") =>
    sql<number>`sum(${invitations.attendance} = ${status})`.mapWith(Number);
  // Days attended: the days recorded, or every Oslo day of the gathering for someone present without
  // recorded days (see attendanceDays). The day count per held gathering is computed here, by the zone rules.
  const held = db
    .select({ id: gatherings.id, startsAt: gatherings.startsAt, endsAt: gatherings.endsAt })
    .from(gatherings)
    .where(and(eq(gatherings.programId, programId), eq(gatherings.status, "held")))
    .all();
  const dayCount = held.length
    ? sql`case ${invitations.gatheringId} ${sql.join(
        held.map((g) => sql`when ${g.id} then ${gatheringDays(g.startsAt, g.endsAt).length}`),
        sql` `,
      )} else 1 end`
    : sql`1`;
  const recordedDays = sql`(select count(*) from ${attendanceDays} where ${attendanceDays.invitationId} = ${invitations.id})`;
  const attendance = db
    .select({
      levelId: invitations.leaderLevelId,
      personId: invitations.personId,
      present: attendanceCount("present"),
      absent: attendanceCount("absent"),
      excused: attendanceCount("excused"),
      daysAttended:
        sql<number>`sum(case when ${invitations.attendance} = 'present' then coalesce(nullif(${recordedDays}, 0), ${dayCount}) else 0 end)`.mapWith(
          Number,
        ),
    })
    .from(gatherings)
    .innerJoin(invitations, eq(invitations.gatheringId, gatherings.id))
    .where(
      and(
        eq(gatherings.programId, programId),
        eq(gatherings.status, "held"),
        isNotNull(invitations.attendance),
        isNotNull(invitations.leaderLevelId),
      ),
    )
    .groupBy(invitations.leaderLevelId, invitations.personId)
    .all() as ReportRows["attendance"];

  const collaborators = db
    .select({ name: collaboratingOrganisations.name, description: collaboratingOrganisations.description })
    .from(collaboratingOrganisations)
    .where(eq(collaboratingOrganisations.programId, programId))
    .orderBy(asc(collaboratingOrganisations.name))
    .all();

  const partners = db
    .select({ name: externalPartners.name, role: externalPartners.role })
    .from(externalPartners)
    .where(eq(externalPartners.programId, programId))
    .orderBy(asc(externalPartners.name))
    .all();

  const dissemination = listActivities(programId, db).map(({ heldOn, audience, format, description }) => ({
    heldOn,
    audience,
    format,
    description,
  }));

  // Spent per line first, so a line's budget is not counted once per expense.
  const spentPerLine = db
    .select({ lineId: expenses.budgetLineId, spent: sql<number>`sum(${expenses.amountOre})`.as("spent") })
    .from(expenses)
    .innerJoin(budgetLines, eq(budgetLines.id, expenses.budgetLineId))
    .where(eq(budgetLines.programId, programId))
    .groupBy(expenses.budgetLineId)
    .as("spent_per_line");
  const budget = db
    .select({
      category: budgetLines.category,
      budgetedOre: sql<number>`sum(${budgetLines.amountOre})`,
      spentOre: sql<number>`coalesce(sum(${spentPerLine.spent}), 0)`,
    })
    .from(budgetLines)
    .leftJoin(spentPerLine, eq(spentPerLine.lineId, budgetLines.id))
    .where(eq(budgetLines.programId, programId))
    .groupBy(budgetLines.category)
    .all();

  const { indicators, quotes } = reportIndicatorsAndQuotes({ id: programId, organisationId: program.organisationId });
  return {
    program: {
      title: program.title,
      purpose: program.purpose,
      mainFocus: program.mainFocus,
      periodStart: program.periodStart,
      periodEnd: program.periodEnd,
      organisationName: program.organisationName,
      noCollaborators: program.noCollaborators,
    },
    grant:
      program.category === null
        ? null
        : {
            fund: program.fund ?? "",
            category: program.category,
            amountAwardedOre: program.amountAwardedOre ?? 0,
            currency: program.currency ?? "NOK",
          },
    contact: program.contactName && program.contactEmail ? { name: program.contactName, email: program.contactEmail } : null,
    focus: request ?? null,
    levels,
    cohorts: cohortRows,
    gatherings: gatheringCounts,
    attendance,
    collaborators,
    partners,
    union: reportUnionInvolvement(programId),
    dissemination,
    feedback: feedbackPerGathering(programId, db).map(({ startsAt, ...g }) => ({ ...g, heldOn: osloDay(startsAt) })),
    budget: budgetCategoriesInOrder(budget),
    indicators,
    quotes,
    narrative: report.narrative as Narrative,
    updatedOn: osloDay(report.updatedAt),
  };
}

const budgetCategoryOrder = budgetLines.category.enumValues;
const budgetCategoriesInOrder = (rows: ReportRows["budget"]) =>
  [...rows].sort((a, b) => budgetCategoryOrder.indexOf(a.category) - budgetCategoryOrder.indexOf(b.category));

/** The figures as they are now, for a draft. */
export function liveReportModel(report: FinalReportRow, db: DbOrTx = getDb(), updatedAt?: Date): ReportModel {
  return buildReportModel(reportRows({ ...report, updatedAt: updatedAt ?? report.updatedAt ?? report.createdAt }, db));
}

/**
 * What a reader sees: the frozen snapshot once submitted, the live figures while a draft. A draft's
 * figures are computed once per revision of its programme's data and of the shared data (and per
 * Oslo day, as the conditional GET's tag is): the builder is read far more often than it changes.
 * The model is the same for everyone who may read the report, in any language.
 */
export function reportModelFor(report: FinalReportRow): ReportModel {
  if (report.status !== "draft" && report.snapshot) return report.snapshot as ReportModel;
  return cachedByRevision(`report-model:${report.id}:${osloToday()}`, [`program:${report.programId}`, "shared"], () => {
    // Read again after the revision: the caller's row may predate it.
    const current = getDb().select().from(finalReports).where(eq(finalReports.id, report.id)).get() ?? report;
    return liveReportModel(current);
  });
}

// The report builder reads it on every view, so it is prepared once per connection.
const reportOfProgramQuery = preparedPerConnection((db) =>
  db
    .select()
    .from(finalReports)
    .where(and(eq(finalReports.id, sql.placeholder("reportId")), eq(finalReports.programId, sql.placeholder("programId"))))
    .prepare(),
);

/** A report of this programme, or undefined (so another programme's report id is a 404). */
export function reportOfProgram(reportId: number, programId: number) {
  return reportOfProgramQuery(getDb()).get({ reportId, programId });
}

/** What the document header says about where the report stands. */
export const statusInfo = (report: FinalReportRow) => ({
  status: report.status,
  submittedAt: report.submittedAt,
  publishedAt: report.publishedAt,
  contentHash: report.contentHash,
});
