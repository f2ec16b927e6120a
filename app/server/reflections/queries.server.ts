/**
 * The author's own reflections: what they are in, what they have written and what they should write
 * now. Every read of text or ratings takes the signed-in author and filters by `mine(author)`.
 * Reached only through app/server/reflections.server.ts, the one door to reflections.
 */
import { osloDay } from "../../i18n/dates";
import { dayMs } from "../../domain/time";
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  gatherings,
  invitations,
  programs,
  reflectionAnswers,
  reflectionPrompts,
  reflectionQuotes,
  reflections,
} from "../../../db/schema";
import { gatheringReflectionDays, type ReflectionKind } from "../../domain/reflections";
import { getDb, preparedPerConnection, type DbOrTx } from "../db.server";
import { activePrompts } from "../reflection-prompts.server";
import type { SessionUser } from "../session.server";
import { clock } from "../clock.server";
import { closingOpen, hasSubmitted, mine, quoteLocked, ratingColumns, ratingsOf, reflectableGatherings } from "./access.server";

/** Programmes the author is or was in a cohort of, current ones first. */
export function myPrograms(author: SessionUser) {
  const current = sql<number>`max(${cohortMemberships.leftAt} is null)`;
  return getDb()
    .select({ id: programs.id, title: programs.title, current })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(and(eq(cohortMemberships.personId, author.id), eq(programs.organisationId, author.organisationId)))
    .groupBy(programs.id)
    .orderBy(desc(current), desc(programs.periodStart))
    .all();
}

/** What the form offers in a programme; null when the author is not in it. */
export function formContext(author: SessionUser, programId: number, now = clock.now()) {
  const program = myPrograms(author).find((p) => p.id === programId);
  if (!program) return null;
  const db = getDb();
  const submitted = db
    .selectDistinct({ kind: reflections.kind })
    .from(reflections)
    .where(and(mine(author), eq(reflections.programId, programId), eq(reflections.status, "submitted")))
    .all()
    .map((r) => r.kind);
  return {
    program: { id: program.id, title: program.title },
    prompts: activePrompts(programId),
    gatherings: reflectableGatherings(db, author, programId, now),
    hasBaseline: submitted.includes("baseline"),
    hasClosing: submitted.includes("closing"),
  };
}

/** The programme a gathering belongs to. Gatherings are not private; whether it may be reflected on is checked on save. */
export const programOfGathering = (gatheringId: number) =>
  getDb().select({ programId: gatherings.programId }).from(gatherings).where(eq(gatherings.id, gatheringId)).get()?.programId ?? null;

/**
 * The author's existing reflection that a request for a new one should open instead: the one about
 * this gathering, or the baseline/closing of this programme (there is one of each).
 */
export function existingFor(author: SessionUser, programId: number, kind: ReflectionKind, gatheringId?: number) {
  const where =
    kind === "gathering" && gatheringId !== undefined
      ? eq(reflections.gatheringId, gatheringId)
      : kind === "baseline" || kind === "closing"
        ? and(eq(reflections.programId, programId), eq(reflections.kind, kind))
        : undefined;
  if (!where) return null;
  return (
    getDb()
      .select({ id: reflections.id })
      .from(reflections)
      .where(and(mine(author), where))
      .orderBy(desc(reflections.createdAt))
      .get()?.id ?? null
  );
}

const listColumns = {
  id: reflections.id,
  kind: reflections.kind,
  status: reflections.status,
  programId: reflections.programId,
  programTitle: programs.title,
  gatheringId: reflections.gatheringId,
  gatheringTitle: gatherings.title,
  createdAt: reflections.createdAt,
  submittedAt: reflections.submittedAt,
  updatedAt: reflections.updatedAt,
  freeText: reflections.freeText,
  ...ratingColumns,
};

const myReflectionsQuery = (author: SessionUser, where?: SQL) =>
  getDb()
    .select(listColumns)
    .from(reflections)
    .innerJoin(programs, eq(programs.id, reflections.programId))
    .leftJoin(gatherings, eq(gatherings.id, reflections.gatheringId))
    .where(and(mine(author), where));

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

/** The author's reflections, newest first, with their own ratings. */
export function listMine(author: SessionUser) {
  return myReflectionsQuery(author)
    .orderBy(desc(reflections.createdAt), desc(reflections.id))
    .all()
    .map(({ freeText, ...r }) => ({ ...r, excerpt: excerpt(freeText), ratings: ratingsOf(r) }));
}

/** Answers to the author's reflections (all of them, or those listed), with the prompts' text. */
export function myAnswers(tx: DbOrTx, author: SessionUser, reflectionIds?: number[]) {
  return tx
    .select({
      reflectionId: reflectionAnswers.reflectionId,
      promptId: reflectionAnswers.promptId,
      prompt: reflectionPrompts.text,
      answer: reflectionAnswers.answer,
    })
    .from(reflectionAnswers)
    .innerJoin(reflections, eq(reflections.id, reflectionAnswers.reflectionId))
    .innerJoin(reflectionPrompts, eq(reflectionPrompts.id, reflectionAnswers.promptId))
    .where(and(mine(author), reflectionIds ? inArray(reflectionAnswers.reflectionId, reflectionIds) : undefined))
    .orderBy(asc(reflectionPrompts.position), asc(reflectionPrompts.id))
    .all();
}

function myQuotes(author: SessionUser, reflectionIds?: number[]) {
  return getDb()
    .select({
      id: reflectionQuotes.id,
      reflectionId: reflectionQuotes.reflectionId,
      text: reflectionQuotes.text,
      consentedAt: reflectionQuotes.consentedAt,
      withdrawnAt: reflectionQuotes.withdrawnAt,
      locked: quoteLocked,
    })
    .from(reflectionQuotes)
    .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
    .where(and(mine(author), reflectionIds ? inArray(reflectionQuotes.reflectionId, reflectionIds) : undefined))
    .orderBy(asc(reflectionQuotes.consentedAt), asc(reflectionQuotes.id))
    .all()
    .map((q) => ({ ...q, locked: Boolean(q.locked) }));
}

/** One of the author's reflections in full, or null for any id that is not theirs. */
export function getMine(author: SessionUser, reflectionId: number) {
  const row = myReflectionsQuery(author, eq(reflections.id, reflectionId)).get();
  if (!row) return null;
  return {
    ...row,
    ratings: ratingsOf(row),
    answers: myAnswers(getDb(), author, [row.id]),
    quotes: myQuotes(author, [row.id]),
  };
}

export type MyReflection = NonNullable<ReturnType<typeof getMine>>;

/** Everything the author has written, for their own download and printout. */
export function exportMine(author: SessionUser) {
  const list = myReflectionsQuery(author).orderBy(asc(reflections.createdAt), asc(reflections.id)).all();
  const answers = myAnswers(getDb(), author);
  const quotes = myQuotes(author);
  return list.map((r) => ({
    ...r,
    ratings: ratingsOf(r),
    answers: answers.filter((a) => a.reflectionId === r.id),
    quotes: quotes.filter((q) => q.reflectionId === r.id),
  }));
}

/**
 * What the author should write now: the baseline when their cohort has started, the closing
 * reflection near its end, and gatherings they attended lately without reflecting on them.
 */
export function reflectionsDue(author: SessionUser, now = clock.now()) {
  const due = dueQueries(getDb());
  const values = {
    authorId: author.id,
    today: osloDay(now),
    now: now.getTime(),
    since: now.getTime() - gatheringReflectionDays * dayMs,
  };
  return {
    baselineDue: due.baseline.all(values),
    closingDue: due.closing.all(values),
    gatheringsToReflectOn: due.gatherings.all(values),
  };
}

// Every leader's home asks this, so the three queries are built and prepared once per connection.
const dueQueries = preparedPerConnection((db) => {
  const authorId = sql.placeholder("authorId");
  const today = sql.placeholder("today");
  const currentPrograms = (extra: SQL, kind: ReflectionKind) =>
    db
      .selectDistinct({ programId: programs.id, title: programs.title })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(
        and(
          eq(cohortMemberships.personId, authorId),
          isNull(cohortMemberships.leftAt),
          extra,
          notExists(hasSubmitted(authorId, programs.id, kind)),
        ),
      )
      .prepare();
  return {
    baseline: currentPrograms(sql`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}`, "baseline"),
    closing: currentPrograms(closingOpen(today), "closing"),
    gatherings: db
      .select({ gatheringId: gatherings.id, title: gatherings.title, endsAt: gatherings.endsAt })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .where(
        and(
          eq(invitations.personId, authorId),
          // Present, or accepted and not yet marked: the roll-call may come later than the reflection.
          or(eq(invitations.attendance, "present"), and(isNull(invitations.attendance), eq(invitations.rsvp, "accepted"))),
          ne(gatherings.status, "cancelled"),
          lte(gatherings.endsAt, sql.placeholder("now")),
          gte(gatherings.endsAt, sql.placeholder("since")),
          notExists(
            db
              .select({ one: sql`1` })
              .from(reflections)
              .where(
                and(eq(reflections.authorId, authorId), eq(reflections.gatheringId, gatherings.id), eq(reflections.status, "submitted")),
              ),
          ),
        ),
      )
      .orderBy(desc(gatherings.endsAt))
      .prepare(),
  };
});
