import { and, asc, eq, inArray, or } from "drizzle-orm";
import {
  auditEvents,
  cohortMemberships,
  cohorts,
  comments,
  emailMessages,
  facilitators,
  gatherings,
  invitations,
  leaderLevels,
  mailboxMessages,
  notificationPreferences,
  people,
  personRoles,
  programMembers,
  programs,
  reflectionLinks,
  sessions,
  unionParticipations,
  units,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb } from "./db.server";
import { eraseReflectionText, exportMine, reflectionCount } from "./reflections.server";
import type { SessionUser } from "./session.server";
import { myParticipations } from "./union.server";
import { clock } from "./clock.server";
import { forgetUploader } from "./materials.server";

export type ExportScope = {
  /** Reflections are private to their author: only the author's own export (their session) includes them. */
  author?: SessionUser;
};

/** Everything Samling holds about one person, as plain JSON (the right of access). */
export function exportPersonalData(personId: number, scope: ExportScope) {
  const db = getDb();
  const person = db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      preferredLanguage: people.preferredLanguage,
      unit: units.name,
      leaderLevel: leaderLevels.name,
      createdAt: people.createdAt,
      deactivatedAt: people.deactivatedAt,
      erasedAt: people.erasedAt,
    })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
    .where(eq(people.id, personId))
    .get();
  if (!person) return null;

  return {
    exportedAt: clock.now().toISOString(),
    person,
    roles: db
      .select({ role: personRoles.role })
      .from(personRoles)
      .where(eq(personRoles.personId, personId))
      .all()
      .map((r) => r.role),
    programMemberships: db
      .select({ program: programs.title, group: programMembers.memberGroup })
      .from(programMembers)
      .innerJoin(programs, eq(programs.id, programMembers.programId))
      .where(eq(programMembers.personId, personId))
      .all(),
    cohortHistory: db
      .select({ cohort: cohorts.name, joinedAt: cohortMemberships.joinedAt, leftAt: cohortMemberships.leftAt })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .where(eq(cohortMemberships.personId, personId))
      .all(),
    unionParticipation: myParticipations(personId).map(({ programTitle, unionName, isChiefRepresentative, mode, history }) => ({
      program: programTitle,
      unionName,
      isChiefRepresentative,
      mode,
      history: history.map(({ fromMode, toMode, at }) => ({ from: fromMode, to: toMode, at })),
    })),
    invitations: db
      .select({
        gathering: gatherings.title,
        startsAt: gatherings.startsAt,
        rsvp: invitations.rsvp,
        declineReason: invitations.declineReason,
        attendance: invitations.attendance,
      })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .where(eq(invitations.personId, personId))
      .orderBy(asc(gatherings.startsAt))
      .all(),
    reflections:
      scope.author?.id === personId ? exportMine(scope.author) : { count: reflectionCount(personId), note: "private to the author" },
    comments: db
      .select({ body: comments.body, status: comments.status, submittedAt: comments.submittedAt })
      .from(comments)
      .where(eq(comments.authorId, personId))
      .all(),
    emails: db
      .select({ kind: emailMessages.kind, status: emailMessages.status, createdAt: emailMessages.createdAt, sentAt: emailMessages.sentAt })
      .from(emailMessages)
      .where(eq(emailMessages.recipientPersonId, personId))
      .all(),
    notificationPreferences: db
      .select({
        category: notificationPreferences.category,
        enabled: notificationPreferences.enabled,
        updatedAt: notificationPreferences.updatedAt,
      })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.personId, personId))
      .all(),
    actions: db
      .select({ entity: auditEvents.entity, action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(eq(auditEvents.actorId, personId))
      .all(),
  };
}

/**
 * Erasure (the right to be forgotten): removes identity and everything the person wrote, keeps the
 * rows that anonymous figures count (attendance, ratings, comment dispositions, participation modes).
 * One transaction, audited.
 */
export function erasePersonalData(personId: number, actor: { id: number; organisationId: number }, now = clock.now()) {
  const db = getDb();
  return db.transaction((tx) => {
    const person = tx.select({ id: people.id, organisationId: people.organisationId }).from(people).where(eq(people.id, personId)).get();
    if (!person) return false;
    tx.update(people)
      .set({
        name: "—",
        email: `erased-${personId}@erased.invalid`,
        passwordHash: null,
        calendarToken: null,
        unitId: null,
        deactivatedAt: now,
        erasedAt: now,
      })
      .where(eq(people.id, personId))
      .run();
    tx.delete(sessions).where(eq(sessions.personId, personId)).run();
    tx.delete(personRoles).where(eq(personRoles.personId, personId)).run();
    tx.delete(reflectionLinks).where(eq(reflectionLinks.personId, personId)).run();
    tx.delete(notificationPreferences).where(eq(notificationPreferences.personId, personId)).run();
    eraseReflectionText(tx, personId);
    tx.delete(comments)
      .where(and(eq(comments.authorId, personId), eq(comments.status, "draft")))
      .run();
    tx.update(comments).set({ body: "" }).where(eq(comments.authorId, personId)).run();
    tx.update(invitations).set({ declineReason: null }).where(eq(invitations.personId, personId)).run();
    tx.update(unionParticipations).set({ unionName: "" }).where(eq(unionParticipations.personId, personId)).run();
    tx.update(facilitators).set({ name: "—", email: null }).where(eq(facilitators.personId, personId)).run();
    forgetUploader(tx, personId);
    // Local-mailbox copies hold the whole message, name and address included.
    tx.delete(mailboxMessages)
      .where(
        inArray(
          mailboxMessages.emailMessageId,
          tx.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.recipientPersonId, personId)),
        ),
      )
      .run();
    tx.delete(emailMessages)
      .where(and(eq(emailMessages.recipientPersonId, personId), or(eq(emailMessages.status, "queued"), eq(emailMessages.status, "failed"))))
      .run();
    tx.update(emailMessages)
      .set({ recipientEmail: `erased-${personId}@erased.invalid` })
      .where(eq(emailMessages.recipientPersonId, personId))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      organisationId: person.organisationId,
      entity: "person",
      entityId: personId,
      action: "erased",
    });
    return true;
  });
}
