import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
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
  programMembers,
  unionParticipations,
} from "../../db/schema";
import {
  decideBlock,
  defaultSectionKeys,
  diffSections,
  editBlock,
  newVersionBlock,
  sectionKeyFor,
  type DiffMode,
  type VersionState,
} from "../domain/direction";
import { osloDay, osloLocalToUtc } from "../i18n/dates";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation, violate } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { forbidden, hasRole, notFound, parseId, requireOwnProgram } from "./guards.server";
import { renderMarkdown } from "./markdown.server";
import type { SessionUser } from "./session.server";
import { notifyCommentsAnswered } from "./consultation-mail.server";
import { clock } from "./clock.server";

type Replyable = { reply(options?: { formErrors?: string[] }): SubmissionResult<string[]> };

/**
 * The answer to a form that was not accepted: its field errors, or the broken rule as the form's
 * error. `form` names which of a page's forms it belongs to.
 */
export const rejectForm = (form: string, submission: Replyable, violation?: RuleViolation) =>
  data({ form, result: submission.reply(violation ? { formErrors: [violation.key] } : undefined) }, { status: violation?.status ?? 400 });

// ─── Who may do what ────────────────────────────────────────────────────────

export type DirectionAccess = {
  user: SessionUser;
  programId: number;
  organisationId: number;
  isCoordinator: boolean;
  /** Member of the programme's secretariat, which decides the direction. */
  isSecretariat: boolean;
  /** A union representative taking part in this programme. */
  isUnionRep: boolean;
  /** Edit drafts, start versions, decide, answer comments. */
  canEdit: boolean;
};

/** The secretariat decides the direction, whatever roles its members hold otherwise. */
export const isSecretariatMember = (programId: number, personId: number, db: DbOrTx = getDb()) =>
  !!db
    .select({ one: sql`1` })
    .from(programMembers)
    .where(
      and(eq(programMembers.programId, programId), eq(programMembers.personId, personId), eq(programMembers.memberGroup, "secretariat")),
    )
    .get();

export function directionAccessFor(user: SessionUser, programId: number, organisationId: number): DirectionAccess {
  const db = getDb();
  const isSecretariat = isSecretariatMember(programId, user.id);
  const isUnionRep = !!db
    .select({ one: sql`1` })
    .from(unionParticipations)
    .where(and(eq(unionParticipations.programId, programId), eq(unionParticipations.personId, user.id)))
    .get();
  const isCoordinator = hasRole(user, "coordinator");
  return {
    user,
    programId,
    organisationId,
    isCoordinator,
    isSecretariat,
    isUnionRep,
    canEdit: isCoordinator || isSecretariat,
  };
}

const grants = {
  read: (a: DirectionAccess) => a.canEdit || a.isUnionRep,
  edit: (a: DirectionAccess) => a.canEdit,
  coordinate: (a: DirectionAccess) => a.isCoordinator,
  involvement: (a: DirectionAccess) => a.isCoordinator || a.isUnionRep,
};

/**
 * The programme's direction pages: `read` for the coordinator, the secretariat and the programme's
 * union representatives; `edit` for the coordinator and the secretariat; `coordinate` (open a
 * consultation, move its deadline) for the coordinator; `involvement` (the record of union
 * involvement) for the coordinator and the union representatives. Another organisation's programme
 * is a 404.
 */
export async function requireDirectionAccess(request: Request, programIdParam: string | undefined, need: keyof typeof grants) {
  // Roles alone do not decide: a secretariat member may hold only the leader role.
  const { user, program } = await requireOwnProgram(request, programIdParam);
  const access = directionAccessFor(user, program.id, program.organisationId);
  if (!grants[need](access)) throw forbidden();
  return access;
}

// ─── Reading ────────────────────────────────────────────────────────────────

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

/** A version for a page, or 404; drafts are 404 to readers who do not edit. */
export function requireVersion(access: DirectionAccess, numberParam: string | undefined) {
  const version = loadVersion(access.programId, parseId(numberParam));
  if (!version || (version.status === "draft" && !access.canEdit)) throw notFound();
  return version;
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

// ─── Changing ───────────────────────────────────────────────────────────────

/** Who makes a change, for the audit log. */
export type Actor = { id: number; organisationId: number };

export const auditDirection = (
  tx: DbOrTx,
  actor: Actor,
  entity: string,
  entityId: number,
  action: string,
  details?: Record<string, unknown>,
) => recordAudit(tx, { actorId: actor.id, organisationId: actor.organisationId, entity, entityId, action, details });

/** A new document: version 1 as a draft with the standard sections, titled in the author's language. */
export function createDocument(
  programId: number,
  title: string,
  sectionTitles: Record<(typeof defaultSectionKeys)[number], string>,
  actor: Actor,
) {
  return getDb().transaction((tx) => {
    violate(documentOf(programId, tx) ? "direction.error.documentExists" : null);
    const [document] = tx.insert(directionDocuments).values({ programId, title }).returning().all();
    const [version] = tx.insert(directionVersions).values({ documentId: document!.id, number: 1 }).returning().all();
    tx.insert(directionSections)
      .values(defaultSectionKeys.map((key, i) => ({ versionId: version!.id, key, title: sectionTitles[key], position: i + 1 })))
      .run();
    auditDirection(tx, actor, "direction_document", document!.id, "created", { programId });
    return version!.number;
  });
}

/** The next version, as a draft copy of the latest one. Returns its number. */
export function startNewVersion(programId: number, actor: Actor, now = clock.now()) {
  return getDb().transaction((tx) => {
    const document = documentOf(programId, tx);
    if (!document) throw new RuleViolation("direction.error.noDocument", 404);
    const latestNumber = tx
      .select({ n: max(directionVersions.number) })
      .from(directionVersions)
      .where(eq(directionVersions.documentId, document.id))
      .get()?.n;
    const latest = latestNumber ? loadVersion(programId, latestNumber, tx) : null;
    violate(newVersionBlock(latest?.state, now));
    const [version] = tx
      .insert(directionVersions)
      .values({ documentId: document.id, number: (latestNumber ?? 0) + 1 })
      .returning()
      .all();
    if (latest?.sections.length) {
      tx.insert(directionSections)
        .values(latest.sections.map(({ id: _, versionId: __, ...s }) => ({ ...s, versionId: version!.id })))
        .run();
    }
    auditDirection(tx, actor, "direction_version", version!.id, "created", { number: version!.number });
    return version!.number;
  });
}

export type SectionEdit = { id: number; title: string; body: string };
export type StructureChange =
  { kind: "save" } | { kind: "add"; title: string } | { kind: "remove"; id: number } | { kind: "move"; id: number; by: -1 | 1 };

/**
 * Saves every section of a draft as edited, then applies one change to the structure, so a button
 * that moves or removes a section never loses what was typed elsewhere on the page.
 */
export function saveDraftSections(programId: number, number: number, edits: SectionEdit[], change: StructureChange) {
  getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version) throw new RuleViolation("direction.error.noVersion", 404);
    violate(editBlock(version.state));
    const current = new Map(version.sections.map((s) => [s.id, s]));
    // The page was built from another state (edited in another tab): nothing is saved.
    if (edits.length !== current.size || edits.some((e) => !current.has(e.id))) violate("direction.error.stale");

    let order = edits.map((e) => ({ ...current.get(e.id)!, title: e.title, body: e.body }));
    if (change.kind === "remove") {
      if (!current.has(change.id)) violate("direction.error.stale");
      if (order.length === 1) violate("direction.error.lastSection", 400);
      order = order.filter((s) => s.id !== change.id);
      tx.delete(directionSections).where(eq(directionSections.id, change.id)).run();
    } else if (change.kind === "move") {
      const at = order.findIndex((s) => s.id === change.id);
      const to = at + change.by;
      if (at < 0) violate("direction.error.stale");
      if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
    }
    order.forEach((s, i) =>
      tx
        .update(directionSections)
        .set({ title: s.title, body: s.body, position: i + 1 })
        .where(eq(directionSections.id, s.id))
        .run(),
    );
    if (change.kind === "add") {
      tx.insert(directionSections)
        .values({
          versionId: version.id,
          key: sectionKeyFor(
            change.title,
            version.sections.map((s) => s.key),
          ),
          title: change.title,
          position: order.length + 1,
        })
        .run();
    }
  });
}

/** Why this version cannot be decided now, or null. */
export const decisionBlockFor = (version: LoadedVersion, now: Date, db: DbOrTx = getDb()) =>
  decideBlock(version.state, version.latestNumber, unansweredOpenComments(db, version.documentId), now);

/** A decision cannot predate the version, nor the end of its consultation. */
export const earliestDecisionDay = (version: LoadedVersion) =>
  [osloDay(version.createdAt), version.deadline ? osloDay(version.deadline) : ""].sort().at(-1)!;

/**
 * Records the secretariat's decision on a version: the day it was taken (Oslo date, not in the
 * future, not before the version or its consultation deadline) and who recorded it.
 */
export function decideVersion(programId: number, number: number, day: string, actor: Actor, now = clock.now()) {
  getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version) throw new RuleViolation("direction.error.noVersion", 404);
    violate(decisionBlockFor(version, now, tx));
    if (day > osloDay(now)) violate("direction.error.decidedInFuture", 400);
    if (day < earliestDecisionDay(version)) violate("direction.error.decidedTooEarly", 400);
    const decidedAt = day === osloDay(now) ? now : osloLocalToUtc(`${day}T12:00`);
    if (!decidedAt) violate("direction.decideDayInvalid", 400);
    tx.update(directionVersions)
      .set({ status: "decided", decidedAt, decidedById: actor.id })
      .where(eq(directionVersions.id, version.id))
      .run();
    auditDirection(tx, actor, "direction_version", version.id, "decided", { number, day });
    notifyCommentsAnswered(tx, version.documentId, number);
  });
}
