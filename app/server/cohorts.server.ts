import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, notExists, sql } from "drizzle-orm";
import { cohortMemberships, cohorts, leaderLevels, people, personRoles, programs, units } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { chunks, getDb, type DbOrTx } from "./db.server";
import { inviteToUpcomingGatherings } from "./gathering-commands.server";
import { notFound } from "./guards.server";
import { assertOwned, deleteUnlessReferenced } from "./org-scope.server";
import { clock } from "./clock.server";

export function listCohorts(programId: number) {
  return getDb()
    .select({
      id: cohorts.id,
      name: cohorts.name,
      rolloutOrder: cohorts.rolloutOrder,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      leaderLevelId: cohorts.leaderLevelId,
      level: leaderLevels.name,
      members: sql<number>`(select count(*) from ${cohortMemberships}
        where ${cohortMemberships.cohortId} = ${cohorts.id} and ${cohortMemberships.leftAt} is null)`,
    })
    .from(cohorts)
    .leftJoin(leaderLevels, eq(leaderLevels.id, cohorts.leaderLevelId))
    .where(eq(cohorts.programId, programId))
    .orderBy(asc(cohorts.rolloutOrder), asc(cohorts.name))
    .all();
}

export const cohortOf = (db: DbOrTx, programId: number, cohortId: number) => {
  const cohort = db
    .select()
    .from(cohorts)
    .where(and(eq(cohorts.id, cohortId), eq(cohorts.programId, programId)))
    .get();
  if (!cohort) throw notFound();
  return cohort;
};

const memberColumns = {
  membershipId: cohortMemberships.id,
  personId: people.id,
  name: people.name,
  email: people.email,
  level: leaderLevels.name,
  unit: units.name,
  joinedAt: cohortMemberships.joinedAt,
  leftAt: cohortMemberships.leftAt,
};

/** The cohort, its members now and before, and the leaders who could join it. */
export function cohortDetail(organisationId: number, programId: number, cohortId: number) {
  const db = getDb();
  const cohort = cohortOf(db, programId, cohortId);
  const members = (current: boolean) =>
    db
      .select(memberColumns)
      .from(cohortMemberships)
      .innerJoin(people, eq(people.id, cohortMemberships.personId))
      .leftJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
      .leftJoin(units, eq(units.id, people.unitId))
      .where(
        and(eq(cohortMemberships.cohortId, cohortId), current ? isNull(cohortMemberships.leftAt) : isNotNull(cohortMemberships.leftAt)),
      )
      .orderBy(current ? asc(people.name) : sql`${cohortMemberships.leftAt} desc`)
      .all();
  // Leaders of the organisation not in any cohort of this programme now; the cohort's own level first.
  const candidates = db
    .select({ id: people.id, name: people.name, level: leaderLevels.name, levelId: people.leaderLevelId })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "leader")))
    .leftJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
    .where(
      and(
        eq(people.organisationId, organisationId),
        isNull(people.deactivatedAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(cohortMemberships)
            .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
            .where(and(eq(cohortMemberships.personId, people.id), isNull(cohortMemberships.leftAt), eq(cohorts.programId, programId))),
        ),
      ),
    )
    .orderBy(sql`${people.leaderLevelId} is not ${cohort.leaderLevelId}`, asc(people.name))
    .limit(300)
    .all();
  return {
    cohort,
    members: members(true),
    formerMembers: members(false),
    candidates,
    otherCohorts: db
      .select({ id: cohorts.id, name: cohorts.name })
      .from(cohorts)
      .where(and(eq(cohorts.programId, programId), ne(cohorts.id, cohortId)))
      .orderBy(asc(cohorts.rolloutOrder))
      .all(),
  };
}

export type CohortValues = {
  name: string;
  leaderLevelId?: number;
  rolloutOrder: number;
  startsOn?: string;
  endsOn?: string;
};

export function saveCohort(organisationId: number, programId: number, cohortId: number | undefined, values: CohortValues): number {
  return getDb().transaction((tx) => {
    assertOwned(tx, "level", organisationId, [values.leaderLevelId]);
    const row = {
      name: values.name,
      leaderLevelId: values.leaderLevelId ?? null,
      rolloutOrder: values.rolloutOrder,
      startsOn: values.startsOn ?? null,
      endsOn: values.endsOn ?? null,
    };
    if (cohortId) {
      cohortOf(tx, programId, cohortId);
      tx.update(cohorts).set(row).where(eq(cohorts.id, cohortId)).run();
      return cohortId;
    }
    return tx
      .insert(cohorts)
      .values({ programId, ...row })
      .returning({ id: cohorts.id })
      .get().id;
  });
}

/** Only a cohort nobody has been in and no gathering has invited can be deleted. */
export function deleteCohort(programId: number, cohortId: number): boolean {
  const db = getDb();
  cohortOf(db, programId, cohortId);
  return deleteUnlessReferenced(() => db.delete(cohorts).where(eq(cohorts.id, cohortId)).run());
}

/**
 * Puts people into a cohort. Anyone in another cohort of the same programme leaves it (the old
 * membership is ended, not changed), so their earlier invitations and attendance stay exactly as
 * they were. Newcomers are invited to the cohort's confirmed gatherings that have not started by the
 * gatherings module (cohort and level copied onto the invitation, the invitation e-mail queued), all
 * in the caller's transaction.
 */
export function placeInCohort(tx: DbOrTx, programId: number, cohortId: number, personIds: readonly number[], now = clock.now()) {
  const others = tx
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.programId, programId), ne(cohorts.id, cohortId)))
    .all()
    .map((c) => c.id);
  if (others.length) {
    for (const ids of chunks(personIds)) {
      tx.update(cohortMemberships)
        .set({ leftAt: now })
        .where(and(isNull(cohortMemberships.leftAt), inArray(cohortMemberships.cohortId, others), inArray(cohortMemberships.personId, ids)))
        .run();
    }
  }
  // One prepared statement for every row: a roster import places thousands at once.
  const join = tx
    .insert(cohortMemberships)
    .values({ cohortId, personId: sql.placeholder("personId"), joinedAt: now })
    .onConflictDoNothing()
    .prepare();
  const joined = personIds.filter((personId) => join.run({ personId }).changes === 1).length;
  if (joined) inviteToUpcomingGatherings(tx, cohortId, now);
  return { joined };
}

/** Adds active people of the organisation to the cohort (moving them from another cohort of the programme). */
export function addToCohort(
  organisationId: number,
  programId: number,
  cohortId: number,
  personIds: number[],
  actorId: number,
  now = clock.now(),
) {
  return getDb().transaction((tx) => {
    cohortOf(tx, programId, cohortId);
    assertOwned(tx, "person", organisationId, personIds);
    const inactive = tx
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, personIds), isNotNull(people.deactivatedAt)))
      .get();
    if (inactive) return null;
    const placed = placeInCohort(tx, programId, cohortId, personIds, now);
    recordAudit(tx, { actorId, organisationId, entity: "cohort", entityId: cohortId, action: "add_members", details: { personIds } });
    return placed;
  });
}

/** Ends the membership; what the person was invited to and attended stays on record. */
export function removeFromCohort(
  programId: number,
  cohortId: number,
  personId: number,
  actor: { id: number; organisationId: number },
  now = clock.now(),
) {
  getDb().transaction((tx) => {
    cohortOf(tx, programId, cohortId);
    const result = tx
      .update(cohortMemberships)
      .set({ leftAt: now })
      .where(and(eq(cohortMemberships.cohortId, cohortId), eq(cohortMemberships.personId, personId), isNull(cohortMemberships.leftAt)))
      .run();
    if (result.changes === 0) throw notFound();
    recordAudit(tx, {
      actorId: actor.id,
      organisationId: actor.organisationId,
      entity: "cohort",
      entityId: cohortId,
      action: "remove_member",
      details: { personId },
    });
  });
}

/** Cohorts of the organisation's programmes, for filters: "Programme – Cohort". */
export function orgCohortChoices(organisationId: number, db: DbOrTx = getDb()) {
  return db
    .select({ id: cohorts.id, name: cohorts.name, programId: cohorts.programId, program: programs.title })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(programs.organisationId, organisationId))
    .orderBy(desc(programs.periodStart), asc(cohorts.rolloutOrder))
    .all();
}
