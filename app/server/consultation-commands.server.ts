/** Changes to consultations: opening one, moving its deadline, the invitees' comments, the secretariat's answers. */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  commentAnswers,
  comments,
  consultationInvitees,
  consultations,
  directionSections,
  directionVersions,
  people,
  programMembers,
  unionParticipations,
} from "../../db/schema";
import {
  answerBlock,
  deadlineBlock,
  openConsultationBlock,
  resolveInvitees,
  type ConsultationGroup,
  type Disposition,
} from "../domain/direction";
import { RuleViolation } from "../domain/rule-violation";
import { getDb, type Tx } from "./db.server";
import type { DirectionAccess } from "./direction-access.server";
import { auditDirection, type Actor } from "./direction-commands.server";
import { isSettled, loadVersion } from "./direction-queries.server";
import { enqueueEmail } from "./outbox.server";
import { queueDeadlineMoved } from "./consultation-notices.server";
import { clock } from "./clock.server";
import { consultationContext, requireCommenting } from "./consultation-access.server";
import { active } from "./consultation-queries.server";

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
    queueDeadlineMoved(tx, version.consultationId, version.deadline, deadline, now);
    auditDirection(tx, actor, "consultation", version.consultationId, "deadline_changed", {
      from: version.deadline?.toISOString(),
      to: deadline.toISOString(),
    });
  });
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
