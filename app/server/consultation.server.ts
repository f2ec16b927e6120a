import { redirect } from "@remix-run/node";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  cohortMemberships,
  cohorts,
  commentAnswers,
  comments,
  consultationInvitees,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  people,
  programMembers,
  programs,
  unionParticipations,
} from "../../db/schema";
import {
  answerBlock,
  commentBlock,
  deadlineBlock,
  openConsultationBlock,
  resolveInvitees,
  summariseComments,
  type ConsultationGroup,
  type Disposition,
} from "../domain/direction";
import { RuleViolation } from "../domain/rule-violation";
import { getDb, type DbOrTx, type Tx } from "./db.server";
import { directionAccessFor, type DirectionAccess } from "./direction-access.server";
import { auditDirection, type Actor } from "./direction-commands.server";
import { isSettled, loadVersion } from "./direction-queries.server";
import { forbidden, hasRole, notFound, parseId, requireUser } from "./guards.server";
import { enqueueEmail } from "./outbox.server";
import { clock } from "./clock.server";

const active = and(isNull(people.deactivatedAt), isNull(people.erasedAt));

// ─── Opening ────────────────────────────────────────────────────────────────

/** How many people each group would invite, for the form that opens a consultation. */
export function inviteeGroupSizes(programId: number) {
  const db = getDb();
  const count = sql<number>`count(distinct ${people.id})`;
  const unionReps =
    db
      .select({ n: count })
      .from(unionParticipations)
      .innerJoin(people, eq(people.id, unionParticipations.personId))
      .where(and(eq(unionParticipations.programId, programId), active))
      .get()?.n ?? 0;
  const members = db
    .select({ group: programMembers.memberGroup, n: count })
    .from(programMembers)
    .innerJoin(people, eq(people.id, programMembers.personId))
    .where(and(eq(programMembers.programId, programId), active))
    .groupBy(programMembers.memberGroup)
    .all();
  const cohortRows = db
    .select({ id: cohorts.id, name: cohorts.name, members: count })
    .from(cohorts)
    .leftJoin(cohortMemberships, and(eq(cohortMemberships.cohortId, cohorts.id), isNull(cohortMemberships.leftAt)))
    .leftJoin(people, and(eq(people.id, cohortMemberships.personId), active))
    .where(eq(cohorts.programId, programId))
    .groupBy(cohorts.id)
    .orderBy(asc(cohorts.rolloutOrder))
    .all();
  const sizeOf = (group: string) => members.find((m) => m.group === group)?.n ?? 0;
  return {
    union_reps: unionReps,
    secretariat: sizeOf("secretariat"),
    working_group: sizeOf("working_group"),
    cohorts: cohortRows,
  };
}

function inviteeCandidates(tx: Tx, programId: number, groups: ConsultationGroup[], cohortIds: number[]) {
  const candidates: { personId: number; group: ConsultationGroup }[] = [];
  if (groups.includes("union_reps")) {
    const reps = tx
      .select({ personId: unionParticipations.personId })
      .from(unionParticipations)
      .innerJoin(people, eq(people.id, unionParticipations.personId))
      .where(and(eq(unionParticipations.programId, programId), active))
      .all();
    candidates.push(...reps.map((r) => ({ ...r, group: "union_reps" as const })));
  }
  const memberGroups = groups.filter((g): g is "secretariat" | "working_group" => g === "secretariat" || g === "working_group");
  if (memberGroups.length) {
    const members = tx
      .select({ personId: programMembers.personId, group: programMembers.memberGroup })
      .from(programMembers)
      .innerJoin(people, eq(people.id, programMembers.personId))
      .where(and(eq(programMembers.programId, programId), inArray(programMembers.memberGroup, memberGroups), active))
      .all();
    candidates.push(...members);
  }
  if (groups.includes("cohort")) {
    const known = tx
      .select({ id: cohorts.id })
      .from(cohorts)
      .where(and(eq(cohorts.programId, programId), inArray(cohorts.id, cohortIds)))
      .all();
    if (known.length !== new Set(cohortIds).size) throw new RuleViolation("direction.error.unknownCohort", 400);
    const leaders = tx
      .select({ personId: cohortMemberships.personId })
      .from(cohortMemberships)
      .innerJoin(people, eq(people.id, cohortMemberships.personId))
      .where(and(inArray(cohortMemberships.cohortId, cohortIds), isNull(cohortMemberships.leftAt), active))
      .all();
    candidates.push(...leaders.map((l) => ({ ...l, group: "cohort" as const })));
  }
  return resolveInvitees(candidates);
}

export type OpenConsultation = { groups: ConsultationGroup[]; cohortIds: number[]; deadline: Date };

/**
 * Puts a draft version out for consultation: the invitees (one row each, with the group they came
 * through) and one e-mail to each, in the same transaction as the status change.
 */
export function openConsultation(programId: number, number: number, input: OpenConsultation, actor: Actor, now = clock.now()) {
  return getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version) throw new RuleViolation("direction.error.noVersion", 404);
    const blocked = openConsultationBlock(version.state, input.deadline, now);
    if (blocked) throw new RuleViolation(blocked, blocked === "direction.error.notDraft" ? 409 : 400);
    const invitees = inviteeCandidates(tx, programId, input.groups, input.cohortIds);
    if (!invitees.length) throw new RuleViolation("direction.error.noInvitees", 400);

    const [consultation] = tx
      .insert(consultations)
      .values({ versionId: version.id, openedById: actor.id, openedAt: now, deadline: input.deadline })
      .returning()
      .all();
    const consultationId = consultation!.id;
    tx.insert(consultationInvitees)
      .values(invitees.map((i) => ({ consultationId, personId: i.personId, inviteeGroup: i.group })))
      .run();
    tx.update(directionVersions).set({ status: "consultation" }).where(eq(directionVersions.id, version.id)).run();
    for (const { personId } of invitees) {
      enqueueEmail(tx, {
        kind: "consultation_opened",
        recipientPersonId: personId,
        payload: { consultationId },
        idempotencyKey: `consultation_opened:${consultationId}:${personId}`,
      });
    }
    auditDirection(tx, actor, "consultation", consultationId, "opened", {
      number,
      groups: input.groups,
      cohortIds: input.cohortIds,
      deadline: input.deadline.toISOString(),
      invitees: invitees.length,
    });
    return { consultationId, invitees: invitees.length };
  });
}

/** Moves the deadline of the latest version's consultation; a later one reopens a closed consultation. */
export function changeDeadline(programId: number, number: number, deadline: Date, actor: Actor, now = clock.now()) {
  getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version?.consultationId) throw new RuleViolation("direction.error.noConsultation", 404);
    if (version.status !== "consultation" || version.number !== version.latestNumber) {
      throw new RuleViolation("direction.error.settled");
    }
    const blocked = deadlineBlock(deadline, now);
    if (blocked) throw new RuleViolation(blocked, 400);
    tx.update(consultations).set({ deadline }).where(eq(consultations.id, version.consultationId)).run();
    auditDirection(tx, actor, "consultation", version.consultationId, "deadline_changed", {
      from: version.deadline?.toISOString(),
      to: deadline.toISOString(),
    });
  });
}

// ─── The consultation as an invitee sees it ─────────────────────────────────

export type ConsultationContext = NonNullable<ReturnType<typeof consultationContext>>;

export function consultationContext(consultationId: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: consultations.id,
      deadline: consultations.deadline,
      openedAt: consultations.openedAt,
      versionId: directionVersions.id,
      versionNumber: directionVersions.number,
      versionStatus: directionVersions.status,
      documentId: directionDocuments.id,
      documentTitle: directionDocuments.title,
      programId: programs.id,
      programTitle: programs.title,
      organisationId: programs.organisationId,
    })
    .from(consultations)
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
    .innerJoin(programs, eq(programs.id, directionDocuments.programId))
    .where(eq(consultations.id, consultationId))
    .get();
}

export function isInvitee(consultationId: number, personId: number, db: DbOrTx = getDb()) {
  return !!db
    .select({ one: sql`1` })
    .from(consultationInvitees)
    .where(and(eq(consultationInvitees.consultationId, consultationId), eq(consultationInvitees.personId, personId)))
    .get();
}

export const sectionsOfVersion = (versionId: number) =>
  getDb().select().from(directionSections).where(eq(directionSections.versionId, versionId)).orderBy(asc(directionSections.position)).all();

/** The person's own comments in a consultation, drafts and submitted, with any answers, in section order. */
export function myComments(consultationId: number, personId: number) {
  return getDb()
    .select({
      id: comments.id,
      sectionId: comments.sectionId,
      sectionTitle: directionSections.title,
      body: comments.body,
      status: comments.status,
      submittedAt: comments.submittedAt,
      updatedAt: comments.updatedAt,
      disposition: commentAnswers.disposition,
      reason: commentAnswers.reason,
    })
    .from(comments)
    .innerJoin(directionSections, eq(directionSections.id, comments.sectionId))
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(eq(comments.consultationId, consultationId), eq(comments.authorId, personId)))
    .orderBy(asc(directionSections.position), asc(comments.submittedAt), asc(comments.id))
    .all();
}

/** Commenting is open to invitees until the deadline, and never once the version is decided. */
function requireCommenting(tx: Tx, consultationId: number, personId: number, now: Date) {
  const context = consultationContext(consultationId, tx);
  if (!context) throw new RuleViolation("direction.error.noConsultation", 404);
  const blocked = commentBlock({
    invited: isInvitee(consultationId, personId, tx),
    status: context.versionStatus,
    deadline: context.deadline,
    now,
  });
  if (blocked) throw new RuleViolation(blocked, blocked === "direction.error.notInvited" ? 403 : 409);
  return context;
}

/**
 * Saves what the person has typed for a section as their one draft there (an upsert on the partial
 * unique index); an empty text drops the draft.
 */
export function saveDraft(consultationId: number, personId: number, sectionId: number, body: string, now = clock.now()) {
  return getDb().transaction((tx) => {
    const context = requireCommenting(tx, consultationId, personId, now);
    const section = tx
      .select({ id: directionSections.id })
      .from(directionSections)
      .where(and(eq(directionSections.id, sectionId), eq(directionSections.versionId, context.versionId)))
      .get();
    if (!section) throw new RuleViolation("direction.error.noSection", 404);
    const mine = and(
      eq(comments.consultationId, consultationId),
      eq(comments.sectionId, sectionId),
      eq(comments.authorId, personId),
      eq(comments.status, "draft"),
    );
    if (!body.trim()) {
      tx.delete(comments).where(mine).run();
      return { removed: true, savedAt: now };
    }
    tx.insert(comments)
      .values({ consultationId, sectionId, authorId: personId, body, status: "draft", updatedAt: now })
      .onConflictDoUpdate({
        target: [comments.consultationId, comments.sectionId, comments.authorId],
        targetWhere: sql`status = 'draft'`,
        set: { body, updatedAt: now },
      })
      .run();
    return { removed: false, savedAt: now };
  });
}

export type DraftRevision = { edits: { id: number; body: string }[]; removeId?: number; submit: boolean };

/**
 * The review page: saves the edited drafts, drops one, or submits all of them at once. One
 * transaction: if any draft cannot be taken, none is. Returns how many were submitted.
 */
export function reviseDrafts(consultationId: number, personId: number, revision: DraftRevision, now = clock.now()) {
  return getDb().transaction((tx) => {
    requireCommenting(tx, consultationId, personId, now);
    const mine = new Set(
      tx
        .select({ id: comments.id })
        .from(comments)
        .where(and(eq(comments.consultationId, consultationId), eq(comments.authorId, personId), eq(comments.status, "draft")))
        .all()
        .map((c) => c.id),
    );
    const ids = revision.edits.map((e) => e.id);
    if (ids.some((id) => !mine.has(id)) || new Set(ids).size !== ids.length) throw new RuleViolation("direction.error.stale");
    if (revision.removeId !== undefined) {
      if (!mine.has(revision.removeId)) throw new RuleViolation("direction.error.stale");
      tx.delete(comments).where(eq(comments.id, revision.removeId)).run();
    }
    const kept = revision.edits.filter((e) => e.id !== revision.removeId);
    if (revision.submit && !kept.length) throw new RuleViolation("direction.error.nothingToSubmit", 400);
    for (const edit of kept) {
      tx.update(comments)
        .set({
          body: edit.body,
          updatedAt: now,
          ...(revision.submit ? { status: "submitted" as const, submittedAt: now } : {}),
        })
        .where(eq(comments.id, edit.id))
        .run();
    }
    return revision.submit ? kept.length : 0;
  });
}

// ─── Answers and the summary ────────────────────────────────────────────────

const author = alias(people, "author");
const answerer = alias(people, "answerer");

/** Every submitted comment with its author, the group they were invited through, and the answer. */
export function submittedComments(consultationId: number, programId: number) {
  return getDb()
    .select({
      id: comments.id,
      sectionId: comments.sectionId,
      sectionKey: directionSections.key,
      body: comments.body,
      submittedAt: comments.submittedAt,
      authorId: comments.authorId,
      authorName: author.name,
      group: consultationInvitees.inviteeGroup,
      byUnionRep: sql<number>`exists(select 1 from ${unionParticipations}
        where ${unionParticipations.programId} = ${programId} and ${unionParticipations.personId} = ${comments.authorId})`,
      disposition: commentAnswers.disposition,
      reason: commentAnswers.reason,
      answeredAt: commentAnswers.answeredAt,
      answeredBy: answerer.name,
    })
    .from(comments)
    .innerJoin(directionSections, eq(directionSections.id, comments.sectionId))
    .innerJoin(author, eq(author.id, comments.authorId))
    .innerJoin(
      consultationInvitees,
      and(eq(consultationInvitees.consultationId, comments.consultationId), eq(consultationInvitees.personId, comments.authorId)),
    )
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .leftJoin(answerer, eq(answerer.id, commentAnswers.answeredById))
    .where(and(eq(comments.consultationId, consultationId), eq(comments.status, "submitted")))
    .orderBy(asc(directionSections.position), asc(comments.submittedAt), asc(comments.id))
    .all()
    .map((c) => ({ ...c, byUnionRep: !!c.byUnionRep }));
}

export function invitees(consultationId: number) {
  return getDb()
    .select({ personId: people.id, name: people.name, group: consultationInvitees.inviteeGroup })
    .from(consultationInvitees)
    .innerJoin(people, eq(people.id, consultationInvitees.personId))
    .where(eq(consultationInvitees.consultationId, consultationId))
    .orderBy(asc(people.name))
    .all();
}

/** The secretariat's view of a consultation: who was asked, what they said, how it was answered. */
export function consultationReport(consultationId: number, programId: number, sectionKeys: string[]) {
  const invited = invitees(consultationId);
  const submitted = submittedComments(consultationId, programId);
  const groups = [...new Set(invited.map((i) => i.group))];
  return { invitees: invited, comments: submitted, summary: summariseComments(submitted, sectionKeys, groups) };
}

/** The secretariat's disposition of one submitted comment, with a reason; can be revised until settled. */
export function answerComment(
  access: DirectionAccess,
  consultationId: number,
  commentId: number,
  answer: { disposition: Disposition; reason: string },
  now = clock.now(),
) {
  getDb().transaction((tx) => {
    const context = consultationContext(consultationId, tx);
    const comment = tx
      .select({ authorId: comments.authorId })
      .from(comments)
      .where(and(eq(comments.id, commentId), eq(comments.consultationId, consultationId), eq(comments.status, "submitted")))
      .get();
    if (!comment || context?.programId !== access.programId) throw new RuleViolation("direction.error.noComment", 404);
    const settled = isSettled(context.documentId, context.versionNumber, tx);
    const blocked = answerBlock({ mayAnswer: access.canEdit, isAuthor: comment.authorId === access.user.id, settled });
    if (blocked) throw new RuleViolation(blocked, blocked === "direction.error.settled" ? 409 : 403);
    const values = { ...answer, answeredById: access.user.id, answeredAt: now };
    tx.insert(commentAnswers)
      .values({ commentId, ...values })
      .onConflictDoUpdate({ target: commentAnswers.commentId, set: values })
      .run();
    auditDirection(tx, access.user, "comment", commentId, "answered", { disposition: answer.disposition });
  });
}

/**
 * The signed-in invitee and the consultation. Another organisation's consultation is a 404; people
 * who follow it from the programme (secretariat, the programme's union representatives) are sent
 * there; anyone else gets 403.
 */
export async function requireInvitee(request: Request, consultationIdParam: string | undefined) {
  const user = await requireUser(request);
  const context = consultationContext(parseId(consultationIdParam));
  if (!context || context.organisationId !== user.organisationId) throw notFound();
  if (!isInvitee(context.id, user.id)) {
    const access = directionAccessFor(user, context.programId, context.organisationId);
    if (hasRole(user, "coordinator", "union_rep") && (access.canEdit || access.isUnionRep)) {
      throw redirect(`/programs/${context.programId}/direction/${context.versionNumber}/consultation`);
    }
    throw forbidden();
  }
  return { user, context };
}

/** What an invitee's pages show of the consultation. */
export const inviteeView = (context: ConsultationContext) => ({
  id: context.id,
  deadline: context.deadline,
  documentTitle: context.documentTitle,
  versionNumber: context.versionNumber,
  programTitle: context.programTitle,
});

/** Whether the invitee may still write, and why not. */
export const commentingState = (context: ConsultationContext, now = clock.now()) =>
  commentBlock({ invited: true, status: context.versionStatus, deadline: context.deadline, now });
