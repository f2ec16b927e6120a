/**
 * The only module that reads or writes reflections, their answers and their quotes.
 *
 * Privacy by design: a reflection's text and ratings are read only by functions that take the
 * signed-in `author` (the session user) and put `author_id = author.id` into the query itself, so
 * someone else's reflection id finds nothing and the route answers 404. Every other function returns
 * what is not personal: figures computed by app/domain/indicators.ts (which suppresses groups of
 * fewer than 5 authors), who has submitted the baseline and closing reflections (never content or
 * ratings), and consented quotes without their author.
 */
import { osloDay } from "../i18n/dates";
import { dayMs } from "../domain/time";
import { and, asc, desc, eq, exists, gte, inArray, isNull, lte, ne, notExists, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  finalReports,
  gatherings,
  invitations,
  leaderLevels,
  people,
  programs,
  reflectionAnswers,
  reflectionPrompts,
  reflectionQuotes,
  reflections,
} from "../../db/schema";
import {
  groupFigures,
  programReflectionFigures,
  ratingKeys,
  type IndicatorRow,
  type ProgramReflectionFigures,
  type Ratings,
} from "../domain/indicators";
import {
  answersByPrompt,
  closingOpensDaysBefore,
  closingStaysDaysAfter,
  gatheringReflectionDays,
  passageIn,
  type ReflectionInput,
  type ReflectionKind,
} from "../domain/reflections";
import { getDb, type DbOrTx } from "./db.server";
import { activePrompts } from "./reflection-prompts.server";
import { revisionCache } from "./revision-cache.server";
import type { SessionUser } from "./session.server";
import { clock } from "./clock.server";
import { notFound } from "./guards.server";
import { RuleViolation } from "../domain/rule-violation";

/** The filter every personal read carries. */
const mine = (author: SessionUser) => eq(reflections.authorId, author.id);

const ratingColumns = {
  roleIdentity: reflections.roleIdentity,
  roleClarity: reflections.roleClarity,
  otherLevelsUnderstanding: reflections.otherLevelsUnderstanding,
  collaboration: reflections.collaboration,
  leadershipConfidence: reflections.leadershipConfidence,
};
const ratingsOf = ({ roleIdentity, roleClarity, otherLevelsUnderstanding, collaboration, leadershipConfidence }: Ratings): Ratings => ({
  roleIdentity,
  roleClarity,
  otherLevelsUnderstanding,
  collaboration,
  leadershipConfidence,
});

// ─── The author's own reflections ───────────────────────────────────────────

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

/** Gatherings of the programme the author was invited to and that have started. */
const reflectableGatherings = (tx: DbOrTx, author: SessionUser, programId: number, now: Date, gatheringId?: number) =>
  tx
    .select({ id: gatherings.id, title: gatherings.title, startsAt: gatherings.startsAt })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(
      and(
        eq(invitations.personId, author.id),
        eq(gatherings.programId, programId),
        lte(gatherings.startsAt, now),
        ne(gatherings.status, "cancelled"),
        gatheringId === undefined ? undefined : eq(gatherings.id, gatheringId),
      ),
    )
    .orderBy(desc(gatherings.startsAt))
    .all();

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
function myAnswers(tx: DbOrTx, author: SessionUser, reflectionIds?: number[]) {
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

/**
 * A quote stays in a report once that report is submitted, so consent given before a report of the
 * programme was submitted can no longer be withdrawn.
 */
const quoteLocked = sql<number>`exists (select 1 from ${finalReports}
  where ${finalReports.programId} = ${reflections.programId}
    and ${finalReports.status} in ('submitted', 'published')
    and ${finalReports.submittedAt} >= ${reflectionQuotes.consentedAt})`;

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

/** A refusal of the reflection form: 400 like the schema's own errors, next to a field of the input when it has one. */
function refuse(key: string, field?: keyof ReflectionInput | "quote"): never {
  throw new RuleViolation(key, 400, field);
}

/**
 * Checks what the schema cannot: membership, the gathering, the prompts, one baseline/closing/gathering
 * reflection. Refuses with a RuleViolation.
 */
function checkInput(
  tx: DbOrTx,
  author: SessionUser,
  reflectionId: number | null,
  input: ReflectionInput,
  promptIds: number[],
  now: Date,
): void {
  const inProgram = tx
    .select({ one: sql`1` })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .where(and(eq(cohortMemberships.personId, author.id), eq(cohorts.programId, input.programId)))
    .get();
  if (!inProgram) refuse("reflections.notInProgram");
  if (input.gatheringId !== undefined && reflectableGatherings(tx, author, input.programId, now, input.gatheringId).length === 0) {
    refuse("reflections.gatheringNotInvited", "gatheringId");
  }
  if (promptIds.length > 0) {
    const known = tx
      .select({ id: reflectionPrompts.id })
      .from(reflectionPrompts)
      .where(and(eq(reflectionPrompts.programId, input.programId), inArray(reflectionPrompts.id, promptIds)))
      .all();
    if (known.length !== promptIds.length) refuse("form.invalid");
  }
  const others = reflectionId === null ? undefined : ne(reflections.id, reflectionId);
  if (input.kind === "gathering") {
    const taken = tx
      .select({ one: sql`1` })
      .from(reflections)
      .where(and(mine(author), eq(reflections.gatheringId, input.gatheringId!), others))
      .get();
    if (taken) refuse("reflections.gatheringExists", "gatheringId");
  }
  if (input.kind === "baseline" || input.kind === "closing") {
    const taken = tx
      .select({ one: sql`1` })
      .from(reflections)
      .where(
        and(
          mine(author),
          eq(reflections.programId, input.programId),
          eq(reflections.kind, input.kind),
          eq(reflections.status, "submitted"),
          others,
        ),
      )
      .get();
    if (taken) refuse(`reflections.${input.kind}Exists`, "kind");
  }
}

/** The author's level and current cohort in the programme, copied in at submission for the aggregates. */
function placement(tx: DbOrTx, author: SessionUser, programId: number) {
  const level = tx.select({ id: people.leaderLevelId }).from(people).where(eq(people.id, author.id)).get();
  const cohort = tx
    .select({ id: cohortMemberships.cohortId })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .where(and(eq(cohortMemberships.personId, author.id), eq(cohorts.programId, programId)))
    .orderBy(desc(sql`${cohortMemberships.leftAt} is null`), desc(cohortMemberships.joinedAt))
    .get();
  return { leaderLevelId: level?.id ?? null, cohortId: cohort?.id ?? null };
}

/**
 * Creates (reflectionId null) or updates one of the author's drafts, and submits it when the intent
 * says so. All or nothing, in one transaction; a submitted reflection is never changed. Returns its
 * id; refuses with a RuleViolation, and throws 404 for a reflection that is not the author's.
 */
export function saveMine(author: SessionUser, reflectionId: number | null, input: ReflectionInput, now = clock.now()): number {
  const answers = answersByPrompt(input.answers);
  return getDb().transaction((tx) => {
    if (reflectionId !== null) {
      const existing = tx
        .select({ status: reflections.status })
        .from(reflections)
        .where(and(eq(reflections.id, reflectionId), mine(author)))
        .get();
      if (!existing) throw notFound();
      if (existing.status !== "draft") refuse("reflections.alreadySubmitted");
    }
    checkInput(tx, author, reflectionId, input, [...answers.keys()], now);
    const values = {
      programId: input.programId,
      gatheringId: input.gatheringId ?? null,
      kind: input.kind,
      freeText: input.freeText ?? "",
      ...(Object.fromEntries(ratingKeys.map((k) => [k, input[k] ?? null])) as Ratings),
      updatedAt: now,
      ...(input.intent === "submit" ? { status: "submitted" as const, submittedAt: now, ...placement(tx, author, input.programId) } : {}),
    };
    let id = reflectionId;
    if (id === null) {
      id = tx
        .insert(reflections)
        .values({ authorId: author.id, ...values, createdAt: clock.now() })
        .returning({ id: reflections.id })
        .get().id;
    } else {
      tx.update(reflections)
        .set(values)
        .where(and(eq(reflections.id, id), mine(author), eq(reflections.status, "draft")))
        .run();
      tx.delete(reflectionAnswers).where(eq(reflectionAnswers.reflectionId, id)).run();
    }
    const reflection = id;
    if (answers.size > 0) {
      tx.insert(reflectionAnswers)
        .values([...answers].map(([promptId, answer]) => ({ reflectionId: reflection, promptId, answer })))
        .run();
    }
    return id;
  });
}

/** Deletes one of the author's drafts (answers go with it); false for anything else. */
export function deleteMyDraft(author: SessionUser, reflectionId: number): boolean {
  return getDb().transaction(
    (tx) =>
      tx
        .delete(reflections)
        .where(and(eq(reflections.id, reflectionId), mine(author), eq(reflections.status, "draft")))
        .run().changes > 0,
  );
}

/**
 * Consent to quote a passage of one of the author's submitted reflections, unattributed, in the final
 * report. Refuses with a RuleViolation at the quote; 404 for a reflection that is not the author's.
 */
export function addMyQuote(author: SessionUser, reflectionId: number, quote: string, now = clock.now()): void {
  getDb().transaction((tx) => {
    const row = tx
      .select({ status: reflections.status, freeText: reflections.freeText })
      .from(reflections)
      .where(and(eq(reflections.id, reflectionId), mine(author)))
      .get();
    if (!row) throw notFound();
    if (row.status !== "submitted") refuse("reflections.quoteOnlySubmitted", "quote");
    const answers = myAnswers(tx, author, [reflectionId]).map((a) => a.answer);
    const passage = passageIn(quote, [row.freeText, ...answers]);
    if (!passage) refuse("reflections.quoteNotInText", "quote");
    const duplicate = tx
      .select({ one: sql`1` })
      .from(reflectionQuotes)
      .where(and(eq(reflectionQuotes.reflectionId, reflectionId), eq(reflectionQuotes.text, passage), isNull(reflectionQuotes.withdrawnAt)))
      .get();
    if (duplicate) refuse("reflections.quoteExists", "quote");
    tx.insert(reflectionQuotes).values({ reflectionId, text: passage, consentedAt: now }).run();
  });
}

/** Withdraws consent for a quote, unless a report that may contain it has been submitted (a RuleViolation); 404 for another's. */
export function withdrawMyQuote(author: SessionUser, reflectionId: number, quoteId: number, now = clock.now()): void {
  getDb().transaction((tx) => {
    const quote = tx
      .select({ withdrawnAt: reflectionQuotes.withdrawnAt, locked: quoteLocked })
      .from(reflectionQuotes)
      .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
      .where(and(eq(reflectionQuotes.id, quoteId), eq(reflectionQuotes.reflectionId, reflectionId), mine(author)))
      .get();
    if (!quote) throw notFound();
    if (quote.withdrawnAt) return;
    if (quote.locked) refuse("reflections.quoteLocked");
    tx.update(reflectionQuotes).set({ withdrawnAt: now }).where(eq(reflectionQuotes.id, quoteId)).run();
  });
}

// ─── Due reflections (the leader's home) ────────────────────────────────────

const hasSubmitted = (personId: AnyColumn | number, programId: AnyColumn, kind: ReflectionKind) =>
  getDb()
    .select({ one: sql`1` })
    .from(reflections)
    .where(
      and(
        eq(reflections.authorId, personId),
        eq(reflections.programId, programId),
        eq(reflections.kind, kind),
        eq(reflections.status, "submitted"),
      ),
    );

/** When a cohort's closing reflection is asked for: around its end (or the programme's). */
const cohortEnd = sql`coalesce(${cohorts.endsOn}, ${programs.periodEnd})`;
const closingOpen = (today: string) =>
  sql`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`}) <= ${today} and date(${cohortEnd}, ${`+${closingStaysDaysAfter} days`}) >= ${today}`;

/**
 * What the author should write now: the baseline when their cohort has started, the closing
 * reflection near its end, and gatherings they attended lately without reflecting on them.
 */
export function reflectionsDue(author: SessionUser, now = clock.now()) {
  const db = getDb();
  const today = osloDay(now);
  const myCurrentPrograms = (extra: SQL, kind: ReflectionKind) =>
    db
      .selectDistinct({ programId: programs.id, title: programs.title })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(
        and(
          eq(cohortMemberships.personId, author.id),
          isNull(cohortMemberships.leftAt),
          extra,
          notExists(hasSubmitted(author.id, programs.id, kind)),
        ),
      )
      .all();
  const baselineDue = myCurrentPrograms(sql`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}`, "baseline");
  const closingDue = myCurrentPrograms(closingOpen(today), "closing");
  const gatheringsToReflectOn = db
    .select({ gatheringId: gatherings.id, title: gatherings.title, endsAt: gatherings.endsAt })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(
      and(
        eq(invitations.personId, author.id),
        // Present, or accepted and not yet marked: the roll-call may come later than the reflection.
        or(eq(invitations.attendance, "present"), and(isNull(invitations.attendance), eq(invitations.rsvp, "accepted"))),
        ne(gatherings.status, "cancelled"),
        lte(gatherings.endsAt, now),
        gte(gatherings.endsAt, new Date(now.getTime() - gatheringReflectionDays * dayMs)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(reflections)
            .where(and(mine(author), eq(reflections.gatheringId, gatherings.id), eq(reflections.status, "submitted"))),
        ),
      ),
    )
    .orderBy(desc(gatherings.endsAt))
    .all();
  return { baselineDue, closingDue, gatheringsToReflectOn };
}

// ─── What others see: no content, no individual ratings ─────────────────────

/**
 * Per cohort, who has submitted their baseline and closing reflections, so the coordinator can
 * remind those who have not. Only these two yes/no facts per person; never content or ratings.
 */
export function submissionStatus(programId: number, now = clock.now()) {
  const db = getDb();
  const today = osloDay(now);
  const cohortRows = db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      started: sql<number>`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}`,
      closingOpen: sql<number>`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`}) <= ${today}`,
    })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.programId, programId))
    .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.id))
    .all();
  const members = db
    .select({
      cohortId: cohortMemberships.cohortId,
      personId: people.id,
      name: people.name,
      baseline: sql<number>`${exists(hasSubmitted(people.id, cohorts.programId, "baseline"))}`,
      closing: sql<number>`${exists(hasSubmitted(people.id, cohorts.programId, "closing"))}`,
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(people, eq(people.id, cohortMemberships.personId))
    .where(and(eq(cohorts.programId, programId), isNull(cohortMemberships.leftAt)))
    .orderBy(asc(people.name))
    .all();
  return cohortRows.map((c) => {
    const list = members
      .filter((m) => m.cohortId === c.id)
      .map((m) => ({ personId: m.personId, name: m.name, baseline: Boolean(m.baseline), closing: Boolean(m.closing) }));
    return {
      ...c,
      started: Boolean(c.started),
      closingOpen: Boolean(c.closingOpen),
      members: list,
      baselineCount: list.filter((m) => m.baseline).length,
      closingCount: list.filter((m) => m.closing).length,
    };
  });
}

/**
 * The programme's indicator figures overall, by level and by cohort (each group suppressed below
 * 5 authors by the domain module). Reflections are read in one query on the programme index.
 */
export function programIndicators(program: { id: number; organisationId: number }) {
  const db = getDb();
  const levels = db
    .select({ id: leaderLevels.id, name: leaderLevels.name, isFirstLine: leaderLevels.isFirstLine })
    .from(leaderLevels)
    .where(eq(leaderLevels.organisationId, program.organisationId))
    .orderBy(asc(leaderLevels.position))
    .all();
  const cohortRows = db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.programId, program.id))
    .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.id))
    .all();
  const members = db
    .select({
      personId: cohortMemberships.personId,
      cohortId: cohortMemberships.cohortId,
      levelId: people.leaderLevelId,
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(people, eq(people.id, cohortMemberships.personId))
    .where(and(eq(cohorts.programId, program.id), isNull(cohortMemberships.leftAt)))
    .all();
  const figures = programReflectionFiguresOf(program.id);

  const memberIds = (match: (m: (typeof members)[number]) => boolean) => [...new Set(members.filter(match).map((m) => m.personId))];
  return {
    overall: groupFigures(
      "all" as const,
      memberIds(() => true),
      figures.overall,
    ),
    levels: levels.map((level) => ({
      level,
      figures: groupFigures(
        level.id,
        memberIds((m) => m.levelId === level.id),
        figures.levels.get(level.id),
      ),
    })),
    cohorts: cohortRows.map((cohort) => ({
      cohort,
      figures: groupFigures(
        cohort.id,
        memberIds((m) => m.cohortId === cohort.id),
        figures.cohorts.get(cohort.id),
      ),
    })),
  };
}

/**
 * The figures of a programme's reflections change only when its reflections do, while the pages
 * that show them (analytics, report builder, export) are read far more often: they are computed once
 * per revision of the programme's reflections (programs.reflections_revision, kept by triggers).
 */
const reflectionFiguresCache = revisionCache<number, ProgramReflectionFigures>(100);

function programReflectionFiguresOf(programId: number): ProgramReflectionFigures {
  const db = getDb();
  const { revision } = db.select({ revision: programs.reflectionsRevision }).from(programs).where(eq(programs.id, programId)).get()!;
  return reflectionFiguresCache.get(programId, revision, () => {
    const rows: IndicatorRow[] = db
      .select({
        authorId: reflections.authorId,
        levelId: reflections.leaderLevelId,
        cohortId: reflections.cohortId,
        kind: reflections.kind,
        submittedAt: reflections.submittedAt,
        ...ratingColumns,
      })
      .from(reflections)
      .where(and(eq(reflections.programId, programId), eq(reflections.status, "submitted")))
      .all()
      .map(({ authorId, levelId, cohortId, kind, submittedAt, ...ratings }) => ({
        authorId,
        levelId,
        cohortId,
        kind,
        submittedAt: submittedAt ?? new Date(0),
        ratings: ratingsOf(ratings),
      }));
    return programReflectionFigures(rows);
  });
}

export type ProgramIndicators = ReturnType<typeof programIndicators>;

/**
 * Quotes the authors have allowed in the programme's final report, as of `now`: consented by then
 * and not withdrawn by then. Text and the level (for grouping) only; never who wrote them.
 */
export function consentedQuotes(programId: number, now = clock.now()) {
  return getDb()
    .select({
      text: reflectionQuotes.text,
      levelId: leaderLevels.id,
      levelName: leaderLevels.name,
      isFirstLine: leaderLevels.isFirstLine,
    })
    .from(reflectionQuotes)
    .innerJoin(reflections, eq(reflections.id, reflectionQuotes.reflectionId))
    .innerJoin(people, eq(people.id, reflections.authorId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, reflections.leaderLevelId))
    .where(
      and(
        eq(reflections.programId, programId),
        eq(reflections.status, "submitted"),
        isNull(people.erasedAt),
        lte(reflectionQuotes.consentedAt, now),
        or(isNull(reflectionQuotes.withdrawnAt), sql`${reflectionQuotes.withdrawnAt} > ${now.getTime()}`),
      ),
    )
    .orderBy(asc(leaderLevels.position), asc(reflectionQuotes.consentedAt), asc(reflectionQuotes.id))
    .all();
}

/** How many reflections a person has written: all that anyone but the author may learn of them. */
export const reflectionCount = (personId: number) =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(reflections)
    .where(eq(reflections.authorId, personId))
    .get()!.n;

/**
 * Erasure of a person: their free text, answers and quotes go; the ratings stay, now anonymous, so
 * programme figures do not change. Runs inside the caller's erasure transaction.
 */
export function eraseReflectionText(tx: DbOrTx, personId: number) {
  const own = tx.select({ id: reflections.id }).from(reflections).where(eq(reflections.authorId, personId)).all();
  const ids = own.map((r) => r.id);
  if (!ids.length) return;
  tx.delete(reflectionAnswers).where(inArray(reflectionAnswers.reflectionId, ids)).run();
  tx.delete(reflectionQuotes).where(inArray(reflectionQuotes.reflectionId, ids)).run();
  tx.update(reflections).set({ freeText: "" }).where(inArray(reflections.id, ids)).run();
}

// ─── Who to remind: people and kinds, never content ─────────────────────────

/**
 * Baseline and closing reflections that came due in the week up to `now` (the cohort started, or its
 * closing window opened) and are not written: the people the reminder scheduler tells. A due date
 * further back is not reminded of by the scheduler (nobody gets a "reminder" of a programme that
 * started a year before the scheduler ran); the coordinator can still remind them from the status page.
 */
export function reflectionRemindersDue(now = clock.now()) {
  const db = getDb();
  const today = osloDay(now);
  const weekAgo = osloDay(new Date(now.getTime() - 6 * dayMs));
  const dueOn = (kind: "baseline" | "closing") =>
    kind === "baseline"
      ? sql<string>`coalesce(${cohorts.startsOn}, ${programs.periodStart})`
      : sql<string>`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`})`;
  const due = (kind: "baseline" | "closing") =>
    db
      .selectDistinct({ personId: cohortMemberships.personId, programId: programs.id })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .innerJoin(people, eq(people.id, cohortMemberships.personId))
      .where(
        and(
          isNull(cohortMemberships.leftAt),
          isNull(people.deactivatedAt),
          isNull(people.erasedAt),
          sql`${dueOn(kind)} between ${weekAgo} and ${today}`,
          notExists(hasSubmitted(cohortMemberships.personId, programs.id, kind)),
        ),
      )
      .all()
      .map((row) => ({ ...row, kind }));
  return [...due("baseline"), ...due("closing")];
}

/**
 * Whether `personId` still has the baseline or closing reflection of `programId` to write (a member
 * of one of its cohorts, asked for it now, not submitted): checked again when a reminder goes out.
 */
export function reflectionStillDue(personId: number, programId: number, kind: "baseline" | "closing", now = clock.now()): boolean {
  const today = osloDay(now);
  const asked = kind === "baseline" ? sql`coalesce(${cohorts.startsOn}, ${programs.periodStart}) <= ${today}` : closingOpen(today);
  return (
    getDb()
      .select({ one: sql`1` })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(
        and(
          eq(cohortMemberships.personId, personId),
          eq(programs.id, programId),
          isNull(cohortMemberships.leftAt),
          asked,
          notExists(hasSubmitted(personId, programs.id, kind)),
        ),
      )
      .get() !== undefined
  );
}

/** Whether the person has submitted a reflection on the gathering (yes or no; nothing of it). */
export function hasReflectedOnGathering(personId: number, gatheringId: number): boolean {
  return (
    getDb()
      .select({ one: sql`1` })
      .from(reflections)
      .where(and(eq(reflections.authorId, personId), eq(reflections.gatheringId, gatheringId), eq(reflections.status, "submitted")))
      .get() !== undefined
  );
}
