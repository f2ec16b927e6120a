import { asc, eq, sql, type SQL } from "drizzle-orm";
import { cohorts, gatherings, invitations, leaderLevels, people, units } from "../../db/schema";
import { preparedPerConnection, type Db, type DbOrTx } from "./db.server";

const invitationsWithPeople = (db: DbOrTx) =>
  db
    .select({
      id: invitations.id,
      gatheringId: invitations.gatheringId,
      personId: invitations.personId,
      name: people.name,
      unit: units.name,
      level: leaderLevels.name,
      levelPosition: leaderLevels.position,
      cohort: cohorts.name,
      rsvp: invitations.rsvp,
      declineReason: invitations.declineReason,
      acceptedAt: invitations.acceptedAt,
      attendance: invitations.attendance,
      addedAtGathering: invitations.addedAtGathering,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, invitations.leaderLevelId))
    .leftJoin(cohorts, eq(cohorts.id, invitations.cohortId));

/**
 * Invitations with the person, unit, level and cohort shown beside them (level and cohort as copied
 * in at invitation), by name. One indexed query for any number of invitees.
 */
export const inviteeRows = (db: DbOrTx, where: SQL) => invitationsWithPeople(db).where(where).orderBy(asc(people.name)).all();

const preparedGatheringInvitees = preparedPerConnection((db) =>
  invitationsWithPeople(db)
    .where(eq(invitations.gatheringId, sql.placeholder("gatheringId")))
    .orderBy(asc(people.name))
    .prepare(),
);

/** `inviteeRows` of one gathering, prepared once: the gathering and roll-call pages read them on every view. */
export const gatheringInvitees = (db: Db, gatheringId: number) => preparedGatheringInvitees(db).all({ gatheringId });

/** What a person is shown about a gathering they are invited to. */
export const gatheringSummary = {
  id: gatherings.id,
  title: gatherings.title,
  startsAt: gatherings.startsAt,
  endsAt: gatherings.endsAt,
  venueName: gatherings.venueName,
  venueAddress: gatherings.venueAddress,
  onlineUrl: gatherings.onlineUrl,
  status: gatherings.status,
};
