/** The programme's dissemination log: where and to whom the programme has been presented. */
import { and, asc, eq } from "drizzle-orm";
import { disseminationActivities } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";

export type ActivityInput = { heldOn: string; audience: string; format: string; description: string };

export function listActivities(programId: number, db: DbOrTx = getDb()) {
  return db
    .select()
    .from(disseminationActivities)
    .where(eq(disseminationActivities.programId, programId))
    .orderBy(asc(disseminationActivities.heldOn), asc(disseminationActivities.id))
    .all();
}

const ofProgram = (programId: number, id: number) =>
  and(eq(disseminationActivities.id, id), eq(disseminationActivities.programId, programId));

export function createActivity(programId: number, input: ActivityInput): number {
  return getDb()
    .insert(disseminationActivities)
    .values({ programId, ...input })
    .returning({ id: disseminationActivities.id })
    .get().id;
}

/** False when the activity is not (or no longer) in this programme. */
export function updateActivity(programId: number, id: number, input: ActivityInput): boolean {
  return getDb().update(disseminationActivities).set(input).where(ofProgram(programId, id)).run().changes === 1;
}

export function deleteActivity(programId: number, id: number): boolean {
  return getDb().delete(disseminationActivities).where(ofProgram(programId, id)).run().changes === 1;
}
