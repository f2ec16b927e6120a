/** What the direction pages read: the document and its versions, goals, a version's sections, comparisons, whether it may be decided. */
import { and, asc, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import {
  commentAnswers,
  comments,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  focusAreas,
  people,
  programGoalFocusAreas,
  programGoals,
} from "../../db/schema";
import { decideBlock, diffSections, type DiffMode, type VersionState } from "../domain/direction";
import { osloDay } from "../i18n/dates";
import { getDb, type DbOrTx } from "./db.server";
import { renderMarkdown } from "./markdown.server";

export function documentOf(programId: number, db: DbOrTx = getDb()) {
  return db.select().from(directionDocuments).where(eq(directionDocuments.programId, programId)).orderBy(asc(directionDocuments.id)).get();
}

/** Submitted comments not yet answered, in consultations no decision has settled yet. */
function unansweredOpenComments(db: DbOrTx, documentId: number) {
  const lastDecided = db
    .select({ n: max(directionVersions.number) })
    .from(directionVersions)
    .where(and(eq(directionVersions.documentId, documentId), eq(directionVersions.status, "decided")))
    .get()?.n;
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .innerJoin(consultations, eq(consultations.id, comments.consultationId))
      .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
      .where(
        and(
          eq(directionVersions.documentId, documentId),
          eq(comments.status, "submitted"),
          isNull(commentAnswers.commentId),
          sql`${directionVersions.number} > ${lastDecided ?? 0}`,
        ),
      )
      .get()?.n ?? 0
  );
}

/** The programme's goals, each with the strategy focus areas it serves. */
export function goalsWithFocusAreas(programId: number) {
  const db = getDb();
  const goals = db
    .select({ id: programGoals.id, title: programGoals.title, description: programGoals.description })
    .from(programGoals)
    .where(eq(programGoals.programId, programId))
    .orderBy(asc(programGoals.position))
    .all();
  const links = goals.length
    ? db
        .select({ goalId: programGoalFocusAreas.goalId, id: focusAreas.id, title: focusAreas.title, goal: focusAreas.goal })
        .from(programGoalFocusAreas)
        .innerJoin(focusAreas, eq(focusAreas.id, programGoalFocusAreas.focusAreaId))
        .where(
          inArray(
            programGoalFocusAreas.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(focusAreas.position))
        .all()
    : [];
  return goals.map((g) => ({
    ...g,
    focusAreas: links.filter((l) => l.goalId === g.id).map(({ goalId: _, ...area }) => area),
  }));
}

/** The document and its versions; drafts only for those who edit. */
export function directionOverview(programId: number, includeDrafts: boolean) {
  const db = getDb();
  const document = documentOf(programId);
  if (!document) return { document: null, versions: [] };
  const decider = people;
  const versions = db
    .select({
      id: directionVersions.id,
      number: directionVersions.number,
      status: directionVersions.status,
      createdAt: directionVersions.createdAt,
      decidedAt: directionVersions.decidedAt,
      decidedBy: decider.name,
      consultationId: consultations.id,
      deadline: consultations.deadline,
      submittedComments: sql<number>`(select count(*) from ${comments}
        where ${comments.consultationId} = ${consultations.id} and ${comments.status} = 'submitted')`,
    })
    .from(directionVersions)
    .leftJoin(decider, eq(decider.id, directionVersions.decidedById))
    .leftJoin(consultations, eq(consultations.versionId, directionVersions.id))
    .where(eq(directionVersions.documentId, document.id))
    .orderBy(desc(directionVersions.number))
    .all();
  return {
    document,
    versions: includeDrafts ? versions : versions.filter((v) => v.status !== "draft"),
    unanswered: unansweredOpenComments(db, document.id),
  };
}

/** A consultation on version `number` is settled once that version or a later one is decided. */
export function isSettled(documentId: number, number: number, db: DbOrTx = getDb()) {
  return !!db
    .select({ one: sql`1` })
    .from(directionVersions)
    .where(
      and(
        eq(directionVersions.documentId, documentId),
        eq(directionVersions.status, "decided"),
        sql`${directionVersions.number} >= ${number}`,
      ),
    )
    .get();
}

export type LoadedVersion = NonNullable<ReturnType<typeof loadVersion>>;

/** One version of the programme's document with its sections, consultation and place in the history. */
export function loadVersion(programId: number, number: number, db: DbOrTx = getDb()) {
  const row = db
    .select({
      id: directionVersions.id,
      number: directionVersions.number,
      status: directionVersions.status,
      createdAt: directionVersions.createdAt,
      decidedAt: directionVersions.decidedAt,
      decidedById: directionVersions.decidedById,
      documentId: directionDocuments.id,
      documentTitle: directionDocuments.title,
      consultationId: consultations.id,
      deadline: consultations.deadline,
      openedAt: consultations.openedAt,
      latestNumber: sql<number>`(select max(v2.number) from ${directionVersions} v2
        where v2.document_id = ${directionDocuments.id})`,
      decidedBy: sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${directionVersions.decidedById})`,
    })
    .from(directionVersions)
    .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
    .leftJoin(consultations, eq(consultations.versionId, directionVersions.id))
    .where(and(eq(directionDocuments.programId, programId), eq(directionVersions.number, number)))
    .get();
  if (!row) return null;
  const sections = db
    .select()
    .from(directionSections)
    .where(eq(directionSections.versionId, row.id))
    .orderBy(asc(directionSections.position))
    .all();
  const state: VersionState = { number: row.number, status: row.status, deadline: row.deadline };
  return { ...row, state, sections };
}

export const renderSections = (sections: { id: number; key: string; title: string; body: string }[], baseHeadingLevel = 4) =>
  sections.map((s) => ({ id: s.id, key: s.key, title: s.title, html: renderMarkdown(s.body, baseHeadingLevel) }));

/** What changed between two versions of the programme's document, or null if either is missing. */
export function compareVersions(programId: number, fromNumber: number, toNumber: number, mode: DiffMode, includeDrafts: boolean) {
  const from = loadVersion(programId, fromNumber);
  const to = loadVersion(programId, toNumber);
  const visible = (v: LoadedVersion | null) => v && (includeDrafts || v.status !== "draft");
  if (!visible(from) || !visible(to)) return null;
  return diffSections(from!.sections, to!.sections, mode);
}

/** Why this version cannot be decided now, or null. */
export const decisionBlockFor = (version: LoadedVersion, now: Date, db: DbOrTx = getDb()) =>
  decideBlock(version.state, version.latestNumber, unansweredOpenComments(db, version.documentId), now);

/** A decision cannot predate the version, nor the end of its consultation. */
export const earliestDecisionDay = (version: LoadedVersion) =>
  [osloDay(version.createdAt), version.deadline ? osloDay(version.deadline) : ""].sort().at(-1)!;
