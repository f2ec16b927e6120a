/** The programme's dissemination log: where and to whom the programme has been presented. */
import { and, asc, eq } from "drizzle-orm";
import { disseminationActivities, finalReports, organisations, programs } from "../../db/schema";
import { RuleViolation } from "../domain/rule-violation";
import { getDb, type DbOrTx } from "./db.server";
import { libraryReports } from "./report-library.server";
import type { SessionUser } from "./session.server";

export type ActivityInput = { heldOn: string; audience: string; format: string; description: string; reportId: number | null };

type Reader = Pick<SessionUser, "id" | "organisationId" | "roles">;

/** The activities, each with the report it showed (its programme and organisation, for the link). */
export function listActivities(programId: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: disseminationActivities.id,
      heldOn: disseminationActivities.heldOn,
      audience: disseminationActivities.audience,
      format: disseminationActivities.format,
      description: disseminationActivities.description,
      reportId: disseminationActivities.reportId,
      reportProgramme: programs.title,
      reportOrganisation: organisations.name,
    })
    .from(disseminationActivities)
    .leftJoin(finalReports, eq(finalReports.id, disseminationActivities.reportId))
    .leftJoin(programs, eq(programs.id, finalReports.programId))
    .leftJoin(organisations, eq(organisations.id, programs.organisationId))
    .where(eq(disseminationActivities.programId, programId))
    .orderBy(asc(disseminationActivities.heldOn), asc(disseminationActivities.id))
    .all();
}

/** The published reports a coordinator may point an activity to: the ones their library holds. */
export const reportChoices = (user: Reader) =>
  libraryReports(user, {}).reports.map((r) => ({ id: r.id, programTitle: r.programTitle, organisationName: r.organisationName }));

/** Only a published report the user can open may be linked: anything else would be a dead or private link. */
function checkReport(user: Reader, reportId: number | null) {
  if (reportId !== null && !reportChoices(user).some((r) => r.id === reportId)) {
    throw new RuleViolation("report.dissemination.reportUnknown", 400, "reportId");
  }
}

const ofProgram = (programId: number, id: number) =>
  and(eq(disseminationActivities.id, id), eq(disseminationActivities.programId, programId));

export function createActivity(user: Reader, programId: number, input: ActivityInput): number {
  checkReport(user, input.reportId);
  return getDb()
    .insert(disseminationActivities)
    .values({ programId, ...input })
    .returning({ id: disseminationActivities.id })
    .get().id;
}

/** Refused (404) when the activity is not (or no longer) in this programme. */
export function updateActivity(user: Reader, programId: number, id: number, input: ActivityInput): void {
  checkReport(user, input.reportId);
  const changed = getDb().update(disseminationActivities).set(input).where(ofProgram(programId, id)).run().changes;
  if (changed !== 1) throw new RuleViolation("report.dissemination.notFound", 404);
}

export function deleteActivity(programId: number, id: number): boolean {
  return getDb().delete(disseminationActivities).where(ofProgram(programId, id)).run().changes === 1;
}
