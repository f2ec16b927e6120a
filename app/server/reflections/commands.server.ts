/**
 * Changes to reflections: the author's drafts, submissions and quotes (each checked against the
 * signed-in author in the same transaction), and the erasure of a person's text. Reached only
 * through app/server/reflections.server.ts, the one door to reflections.
 */
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  people,
  reflectionAnswers,
  reflectionPrompts,
  reflectionQuotes,
  reflections,
} from "../../../db/schema";
import { ratingKeys, type Ratings } from "../../domain/indicators";
import { answersByPrompt, passageIn, type ReflectionInput } from "../../domain/reflections";
import { getDb, type DbOrTx } from "../db.server";
import type { SessionUser } from "../session.server";
import { clock } from "../clock.server";
import { notFound } from "../guards.server";
import { RuleViolation } from "../../domain/rule-violation";
import { mine, quoteLocked, reflectableGatherings } from "./access.server";
import { myAnswers } from "./queries.server";

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
