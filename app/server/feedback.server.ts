/**
 * Feedback after a held gathering. The only module that writes or reads `gathering_feedback`: an
 * answer is stored without its person (see the schema), and who has answered is kept apart so
 * nobody answers twice. Figures leave this module only through `feedbackFigures` (the k ≥ 5 rule).
 */
import { randomInt } from "node:crypto";
import { and, asc, count, desc, eq, inArray, sql, sum } from "drizzle-orm";
import { gatheringFeedback, gatheringFeedbackRespondents, gatherings, invitations, programs } from "../../db/schema";
import { programmeFeedback, type ProgrammeFeedback } from "../domain/directorate";
import { feedbackFigures, type FeedbackAnswer } from "../domain/feedback";
import { getDb, preparedPerConnection, type DbOrTx } from "./db.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";
import { isSecretariatMember } from "./direction-access.server";
import { isFacilitatorOf } from "./gathering-access.server";

/** Present at a held gathering: the only people asked for feedback. */
const presentAt = (db: DbOrTx, gatheringId: number, personId: number) =>
  !!db
    .select({ one: sql`1` })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(
      and(
        eq(invitations.gatheringId, gatheringId),
        eq(invitations.personId, personId),
        eq(invitations.attendance, "present"),
        eq(gatherings.status, "held"),
      ),
    )
    .get();

const hasAnswered = (db: DbOrTx, gatheringId: number, personId: number) =>
  !!db
    .select({ one: sql`1` })
    .from(gatheringFeedbackRespondents)
    .where(and(eq(gatheringFeedbackRespondents.gatheringId, gatheringId), eq(gatheringFeedbackRespondents.personId, personId)))
    .get();

/**
 * The gathering behind the route parameter and what the user may do with its feedback: answer
 * (present, not yet answered), see that they have answered, and read the figures (the coordinator,
 * the gathering's facilitators, the programme's secretariat). Anyone else: 403; another
 * organisation's gathering: 404.
 */
export async function requireFeedbackAccess(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const id = parseId(param);
  const db = getDb();
  const row = db
    .select({ gathering: gatherings, programTitle: programs.title })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(and(eq(gatherings.id, id), eq(programs.organisationId, user.organisationId)))
    .get();
  if (!row) throw notFound();
  const present = presentAt(db, id, user.id);
  const answered = present && hasAnswered(db, id, user.id);
  const canSeeResults =
    hasRole(user, "coordinator") ||
    (hasRole(user, "facilitator") && isFacilitatorOf(db, id, user.id)) ||
    isSecretariatMember(row.gathering.programId, user.id, db);
  if (!present && !canSeeResults) throw forbidden();
  return {
    user,
    ...row,
    canAnswer: present && !answered,
    answered,
    canSeeResults,
  };
}

/**
 * Records one answer. The respondent row and the answer are written in one transaction; the answer
 * gets a random id, so neither row order nor ids pair it with its respondent. Returns false when the
 * person may not (or may no longer) answer.
 */
export function submitFeedback(gatheringId: number, personId: number, answer: FeedbackAnswer): boolean {
  return getDb().transaction((tx) => {
    if (!presentAt(tx, gatheringId, personId)) return false;
    const inserted = tx.insert(gatheringFeedbackRespondents).values({ gatheringId, personId }).onConflictDoNothing().run();
    if (inserted.changes === 0) return false;
    tx.insert(gatheringFeedback)
      .values({
        id: randomInt(1, 2 ** 47),
        gatheringId,
        overall: answer.overall,
        relevance: answer.relevance,
        takeaway: answer.takeaway,
      })
      .run();
    return true;
  });
}

/** A gathering's feedback as it may be shown: only the count below five answers. */
export function feedbackOf(gatheringId: number) {
  const answers = getDb()
    .select({
      overall: gatheringFeedback.overall,
      relevance: gatheringFeedback.relevance,
      takeaway: gatheringFeedback.takeaway,
    })
    .from(gatheringFeedback)
    .where(eq(gatheringFeedback.gatheringId, gatheringId))
    .all();
  return feedbackFigures(answers);
}

/** Held gatherings the person was present at and has not given feedback on, newest first. */
export function feedbackDue(personId: number) {
  return feedbackDueQuery(getDb()).all({ personId });
}

// On every leader's home: built and prepared once per connection.
const feedbackDueQuery = preparedPerConnection((db) => {
  const personId = sql.placeholder("personId");
  return db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      startsAt: gatherings.startsAt,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(
      and(
        eq(invitations.personId, personId),
        eq(invitations.attendance, "present"),
        eq(gatherings.status, "held"),
        sql`not exists (select 1 from ${gatheringFeedbackRespondents} r where r.gathering_id = ${gatherings.id} and r.person_id = ${personId})`,
      ),
    )
    .orderBy(desc(gatherings.startsAt), asc(gatherings.id))
    .limit(10)
    .prepare();
});

/**
 * Each programme's feedback for the directorate's comparison, from one grouped query: per held
 * gathering only its answer count and sums leave the database, and `programmeFeedback` keeps the
 * gatherings with five answers or more.
 */
export function feedbackByProgramme(programIds: number[]): Map<number, ProgrammeFeedback> {
  const rows = programIds.length
    ? getDb()
        .select({
          programId: gatherings.programId,
          answers: count(),
          overallSum: sum(gatheringFeedback.overall).mapWith(Number),
          relevanceSum: sum(gatheringFeedback.relevance).mapWith(Number),
        })
        .from(gatheringFeedback)
        .innerJoin(gatherings, eq(gatherings.id, gatheringFeedback.gatheringId))
        .where(and(inArray(gatherings.programId, programIds), eq(gatherings.status, "held")))
        .groupBy(gatheringFeedback.gatheringId)
        .all()
    : [];
  return new Map(programIds.map((id) => [id, programmeFeedback(rows.filter((r) => r.programId === id))]));
}

/**
 * A programme's held gatherings with their feedback's answer count and sums, oldest first, for the
 * final report (which shows the means from five answers). Gatherings without answers count 0.
 */
export function feedbackPerGathering(programId: number, db: DbOrTx = getDb()) {
  return db
    .select({
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      answers: count(gatheringFeedback.id),
      overallSum: sql<number>`coalesce(sum(${gatheringFeedback.overall}), 0)`.mapWith(Number),
      relevanceSum: sql<number>`coalesce(sum(${gatheringFeedback.relevance}), 0)`.mapWith(Number),
    })
    .from(gatherings)
    .leftJoin(gatheringFeedback, eq(gatheringFeedback.gatheringId, gatherings.id))
    .where(and(eq(gatherings.programId, programId), eq(gatherings.status, "held")))
    .groupBy(gatherings.id)
    .orderBy(asc(gatherings.startsAt), asc(gatherings.id))
    .all();
}
