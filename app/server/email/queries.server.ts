import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  agendaItems,
  consultations,
  directionDocuments,
  directionVersions,
  facilitators,
  finalReports,
  gatheringFacilitators,
  gatherings,
  invitations,
  leaderLevels,
  organisations,
  people,
  programs,
  reportRequests,
} from "../../../db/schema";
import { preparedPerConnection, type Db } from "../db.server";

/**
 * The queries that load what an e-mail says, prepared once per database connection: rendering runs
 * thousands of times a second, and building and preparing SQL each time would cost more than the
 * rendering itself.
 */
const id = sql.placeholder("id");
const contactPerson = alias(people, "contact_person");

/** The programme with its organisation and contact person: the frame of every message. */
const programColumns = {
  programId: programs.id,
  programme: programs.title,
  organisation: organisations.name,
  contactName: contactPerson.name,
  contactEmail: contactPerson.email,
};

function prepare(db: Db) {
  return {
    recipient: db
      .select({ name: people.name, deactivatedAt: people.deactivatedAt, erasedAt: people.erasedAt })
      .from(people)
      .where(eq(people.id, id))
      .prepare(),
    person: db.select({ name: people.name, email: people.email }).from(people).where(eq(people.id, id)).prepare(),
    program: db
      .select(programColumns)
      .from(programs)
      .innerJoin(organisations, eq(organisations.id, programs.organisationId))
      .leftJoin(contactPerson, eq(contactPerson.id, programs.contactPersonId))
      .where(eq(programs.id, id))
      .prepare(),
    gathering: db
      .select({ gathering: gatherings, ...programColumns })
      .from(gatherings)
      .innerJoin(programs, eq(programs.id, gatherings.programId))
      .innerJoin(organisations, eq(organisations.id, programs.organisationId))
      .leftJoin(contactPerson, eq(contactPerson.id, programs.contactPersonId))
      .where(eq(gatherings.id, id))
      .prepare(),
    agenda: db
      .select({ startsAt: agendaItems.startsAt, title: agendaItems.title, facilitator: facilitators.name })
      .from(agendaItems)
      .leftJoin(facilitators, eq(facilitators.id, agendaItems.facilitatorId))
      .where(eq(agendaItems.gatheringId, id))
      .orderBy(asc(agendaItems.position))
      .prepare(),
    facilitators: db
      .select({ name: facilitators.name })
      .from(gatheringFacilitators)
      .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
      .where(eq(gatheringFacilitators.gatheringId, id))
      .orderBy(asc(facilitators.name))
      .prepare(),
    invitation: db.select().from(invitations).where(eq(invitations.id, id)).prepare(),
    invitationOf: db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, sql.placeholder("gatheringId")), eq(invitations.personId, sql.placeholder("personId"))))
      .prepare(),
    consultation: db
      .select({
        deadline: consultations.deadline,
        version: directionVersions.number,
        versionStatus: directionVersions.status,
        document: directionDocuments.title,
        programId: directionDocuments.programId,
      })
      .from(consultations)
      .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
      .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
      .where(eq(consultations.id, id))
      .prepare(),
    reportRequest: db
      .select({ request: reportRequests, requester: people.name, requesterEmail: people.email, level: leaderLevels.name })
      .from(reportRequests)
      .innerJoin(people, eq(people.id, reportRequests.requestedById))
      .leftJoin(leaderLevels, eq(leaderLevels.id, reportRequests.focusLevelId))
      .where(eq(reportRequests.id, id))
      .prepare(),
    report: db
      .select({ report: finalReports, submitter: people.name })
      .from(finalReports)
      .leftJoin(people, eq(people.id, finalReports.submittedById))
      .where(eq(finalReports.id, id))
      .prepare(),
  };
}

export type EmailQueries = ReturnType<typeof prepare>;
export type ProgramFrame = NonNullable<ReturnType<EmailQueries["program"]["get"]>>;

export const emailQueries: (db: Db) => EmailQueries = preparedPerConnection(prepare);
