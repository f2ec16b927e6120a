/** What the consultation pages read: group sizes, the invitee's own comments, the comments and their answers, the summary. */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  cohortMemberships,
  cohorts,
  commentAnswers,
  comments,
  consultationInvitees,
  directionSections,
  people,
  programMembers,
  unionParticipations,
} from "../../db/schema";
import { commentBlock, summariseComments } from "../domain/direction";
import { getDb } from "./db.server";
import type { ConsultationContext } from "./consultation-access.server";
import { clock } from "./clock.server";

/** People still here: not deactivated, not erased. */
export const active = and(isNull(people.deactivatedAt), isNull(people.erasedAt));

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
