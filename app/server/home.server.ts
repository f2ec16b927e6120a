import { dayMs } from "../domain/time";
import { and, asc, count, desc, eq, gt, gte, ne, notExists, sql } from "drizzle-orm";
import {
  consultationInvitees,
  consultations,
  directionDocuments,
  directionVersions,
  facilitators,
  finalReports,
  gatheringFacilitators,
  gatherings,
  invitations,
  organisations,
  people,
  programs,
  reportRequests,
  unionParticipations,
} from "../../db/schema";
import { absenceFlags } from "./attendance.server";
import { getDb, preparedPerConnection } from "./db.server";
import { feedbackDue } from "./feedback.server";
import { reflectionsDue } from "./reflections.server";
import type { SessionUser } from "./session.server";
import { clock } from "./clock.server";

export function coordinatorHome(user: SessionUser, now = clock.now()) {
  const db = getDb();
  const programRows = db
    .select({
      id: programs.id,
      title: programs.title,
      status: programs.status,
      periodStart: programs.periodStart,
      periodEnd: programs.periodEnd,
      // Qualified by hand: in a one-table select drizzle writes columns without their table, which
      // inside these subqueries would bind to the subquery's own table.
      cohortCount: sql<number>`(select count(*) from "cohorts" c where c."program_id" = "programs"."id")`,
      nextGatheringAt: sql<number | null>`(select min(g."starts_at") from "gatherings" g
        where g."program_id" = "programs"."id" and g."starts_at" > ${now.getTime()} and g."status" != 'cancelled')`,
    })
    .from(programs)
    .where(eq(programs.organisationId, user.organisationId))
    .orderBy(desc(programs.periodStart))
    .all();

  // Needs doing: gatherings within 30 days not yet confirmed, and ended gatherings without a roll-call.
  const orgGatherings = db
    .select({ id: gatherings.id, title: gatherings.title, startsAt: gatherings.startsAt, status: gatherings.status })
    .from(gatherings)
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .where(
      and(
        eq(programs.organisationId, user.organisationId),
        sql`(${gatherings.status} = 'planned' and ${gatherings.startsAt} between ${now.getTime()} and ${now.getTime() + 30 * dayMs})
          or (${gatherings.status} = 'confirmed' and ${gatherings.endsAt} < ${now.getTime()})`,
      ),
    )
    .orderBy(asc(gatherings.startsAt))
    .limit(20)
    .all();
  // Final reports the directorate has asked for and not yet received (or has sent back).
  const reportsDue = db
    .select({
      requestId: reportRequests.id,
      programId: programs.id,
      programTitle: programs.title,
      dueOn: reportRequests.dueOn,
      returned: sql<boolean>`${finalReports.returnComment} is not null`,
    })
    .from(reportRequests)
    .innerJoin(programs, eq(programs.id, reportRequests.programId))
    .leftJoin(finalReports, eq(finalReports.requestId, reportRequests.id))
    .where(and(eq(programs.organisationId, user.organisationId), sql`coalesce(${finalReports.status}, 'draft') = 'draft'`))
    .orderBy(asc(reportRequests.dueOn))
    .all();
  return {
    programs: programRows.map((p) => ({ ...p, nextGatheringAt: p.nextGatheringAt ? new Date(p.nextGatheringAt) : null })),
    unconfirmed: orgGatherings.filter((g) => g.status === "planned"),
    rollCallDue: orgGatherings.filter((g) => g.status === "confirmed"),
    reportsDue: reportsDue.map((r) => ({ ...r, returned: Boolean(r.returned) })),
    absences: absenceFlags(user.organisationId),
  };
}

export function leaderHome(user: SessionUser, now = clock.now()) {
  const upcoming = homeQueries(getDb()).upcoming.all({ personId: user.id, now: now.getTime() });
  return { upcoming, ...reflectionsDue(user, now), feedbackDue: feedbackDue(user.id) };
}

export function unionHome(user: SessionUser, now = clock.now()) {
  const db = getDb();
  const participations = db
    .select({
      programId: programs.id,
      programTitle: programs.title,
      unionName: unionParticipations.unionName,
      mode: unionParticipations.mode,
      isChiefRepresentative: unionParticipations.isChiefRepresentative,
    })
    .from(unionParticipations)
    .innerJoin(programs, eq(programs.id, unionParticipations.programId))
    .where(eq(unionParticipations.personId, user.id))
    .all();
  return { participations, consultations: openConsultationsFor(user.id, now) };
}

export function openConsultationsFor(personId: number, now = clock.now()) {
  return homeQueries(getDb()).openConsultations.all({ personId, now: now.getTime() });
}

// Every participant's home asks these, so they are built and prepared once per connection.
const homeQueries = preparedPerConnection((db) => {
  const personId = sql.placeholder("personId");
  const now = sql.placeholder("now");
  return {
    upcoming: db
      .select({
        id: gatherings.id,
        title: gatherings.title,
        startsAt: gatherings.startsAt,
        endsAt: gatherings.endsAt,
        venueName: gatherings.venueName,
        status: gatherings.status,
        rsvp: invitations.rsvp,
      })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .where(and(eq(invitations.personId, personId), gt(gatherings.endsAt, now), ne(gatherings.status, "cancelled")))
      .orderBy(asc(gatherings.startsAt))
      .limit(10)
      .prepare(),
    openConsultations: db
      .select({
        id: consultations.id,
        deadline: consultations.deadline,
        documentTitle: directionDocuments.title,
        versionNumber: directionVersions.number,
        programId: directionDocuments.programId,
      })
      .from(consultationInvitees)
      .innerJoin(consultations, eq(consultations.id, consultationInvitees.consultationId))
      .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
      .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
      .where(
        and(eq(consultationInvitees.personId, personId), gt(consultations.deadline, now), eq(directionVersions.status, "consultation")),
      )
      .orderBy(asc(consultations.deadline))
      .prepare(),
  };
});

export function facilitatorHome(user: SessionUser, now = clock.now()) {
  return {
    gatherings: getDb()
      .select({
        id: gatherings.id,
        title: gatherings.title,
        startsAt: gatherings.startsAt,
        status: gatherings.status,
        programTitle: programs.title,
      })
      .from(gatheringFacilitators)
      .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
      .innerJoin(gatherings, eq(gatherings.id, gatheringFacilitators.gatheringId))
      .innerJoin(programs, eq(programs.id, gatherings.programId))
      .where(and(eq(facilitators.personId, user.id), gte(gatherings.endsAt, new Date(now.getTime() - 7 * dayMs))))
      .orderBy(asc(gatherings.startsAt))
      .limit(20)
      .all(),
  };
}

export function directorateHome() {
  const db = getDb();
  const published = db
    .select({
      id: finalReports.id,
      publishedAt: finalReports.publishedAt,
      programTitle: programs.title,
      organisationName: organisations.name,
    })
    .from(finalReports)
    .innerJoin(programs, eq(programs.id, finalReports.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .where(eq(finalReports.status, "published"))
    .orderBy(desc(finalReports.publishedAt))
    .limit(20)
    .all();
  const pending = db
    .select({
      id: reportRequests.id,
      dueOn: reportRequests.dueOn,
      programTitle: programs.title,
      organisationName: organisations.name,
    })
    .from(reportRequests)
    .innerJoin(programs, eq(programs.id, reportRequests.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(finalReports)
          .where(and(eq(finalReports.requestId, reportRequests.id), eq(finalReports.status, "published"))),
      ),
    )
    .orderBy(asc(reportRequests.dueOn))
    .all();
  return { published, pending };
}

export function adminHome() {
  return {
    organisations: getDb()
      .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, people: count(people.id) })
      .from(organisations)
      .leftJoin(people, eq(people.organisationId, organisations.id))
      .groupBy(organisations.id)
      .orderBy(asc(organisations.name))
      .all(),
  };
}
