import { and, asc, count, desc, eq, exists, inArray, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  gatherings,
  invitations,
  leaderLevels,
  people,
  personRoles,
  programs,
  roles as allRoles,
  units,
  type Locale,
  type Role,
} from "../../db/schema";
import { getDb, type Db, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { hasRole, notFound } from "./guards.server";
import { recordAudit } from "./audit.server";
import { assertOwned } from "./org-scope.server";
import { destroyAllSessions, type SessionUser } from "./session.server";
import { clock } from "./clock.server";

/** Coordinators give the roles of a programme; only administrators make directorate users and administrators. */
export const assignableRoles = (user: Pick<SessionUser, "roles">): readonly Role[] =>
  hasRole(user, "admin") ? allRoles : ["coordinator", "leader", "union_rep", "facilitator"];

export type PeopleFilters = {
  q?: string;
  unitId?: number;
  levelId?: number;
  cohortId?: number;
  role?: Role;
  status: "active" | "inactive" | "all";
  page: number;
};

export const pageSize = 50;

// SQLite's lower() folds ASCII only; searching "åse" must find "Åse".
const folded = new WeakSet<object>();
function withFold(db: Db) {
  if (!folded.has(db.$client)) {
    db.$client.function("fold", { deterministic: true }, (v: unknown) => (typeof v === "string" ? v.toLocaleLowerCase("nb") : v));
    folded.add(db.$client);
  }
  return db;
}

export function listPeople(organisationId: number, filters: PeopleFilters) {
  const db = withFold(getDb());
  const where: SQL[] = [eq(people.organisationId, organisationId), isNull(people.erasedAt)];
  if (filters.status === "active") where.push(isNull(people.deactivatedAt));
  if (filters.status === "inactive") where.push(isNotNull(people.deactivatedAt));
  if (filters.q) {
    const q = filters.q.toLocaleLowerCase("nb");
    where.push(sql`(instr(fold(${people.name}), ${q}) > 0 or instr(${people.email}, ${q}) > 0)`);
  }
  if (filters.unitId) where.push(eq(people.unitId, filters.unitId));
  if (filters.levelId) where.push(eq(people.leaderLevelId, filters.levelId));
  if (filters.role) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(personRoles)
          .where(and(eq(personRoles.personId, people.id), eq(personRoles.role, filters.role))),
      ),
    );
  }
  if (filters.cohortId) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(cohortMemberships)
          .where(
            and(
              eq(cohortMemberships.personId, people.id),
              eq(cohortMemberships.cohortId, filters.cohortId),
              isNull(cohortMemberships.leftAt),
            ),
          ),
      ),
    );
  }
  const total = db
    .select({ n: count() })
    .from(people)
    .where(and(...where))
    .get()!.n;
  const rows = db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      unit: units.name,
      level: leaderLevels.name,
      deactivated: sql<boolean>`${people.deactivatedAt} is not null`.mapWith(Boolean),
      roles: sql<
        string | null
      >`(select group_concat(${personRoles.role}) from ${personRoles} where ${personRoles.personId} = ${people.id})`,
      cohorts: sql<string | null>`(select group_concat(${cohorts.name}, ', ') from ${cohortMemberships}
        join ${cohorts} on ${cohorts.id} = ${cohortMemberships.cohortId}
        where ${cohortMemberships.personId} = ${people.id} and ${cohortMemberships.leftAt} is null)`,
    })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .leftJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
    .where(and(...where))
    .orderBy(asc(people.name), asc(people.id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize)
    .all();
  return {
    total,
    people: rows.map((r) => ({ ...r, roles: (r.roles?.split(",") ?? []) as Role[] })),
  };
}

export type PersonValues = {
  name: string;
  email: string;
  preferredLanguage: Locale;
  unitId?: number;
  leaderLevelId?: number;
  roles: Role[];
};

const emailTaken = (db: DbOrTx, email: string, exceptId = 0) =>
  !!db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.email, email), ne(people.id, exceptId)))
    .get();

function checkPerson(tx: DbOrTx, organisationId: number, values: PersonValues, assignable: readonly Role[], exceptId?: number): void {
  assertOwned(tx, "unit", organisationId, [values.unitId]);
  assertOwned(tx, "level", organisationId, [values.leaderLevelId]);
  if (values.roles.some((r) => !assignable.includes(r))) throw new RuleViolation("people.roleNotAllowed", 400, "roles");
  // E-mail addresses are unique across organisations; the message does not say where it is in use.
  if (emailTaken(tx, values.email, exceptId)) throw new RuleViolation("people.emailTaken", 400, "email");
}

const columns = (values: PersonValues) => ({
  name: values.name,
  email: values.email.toLowerCase(),
  preferredLanguage: values.preferredLanguage,
  unitId: values.unitId ?? null,
  leaderLevelId: values.leaderLevelId ?? null,
});

export function createPerson(organisationId: number, values: PersonValues, assignable: readonly Role[], actorId: number): { id: number } {
  return getDb().transaction((tx) => {
    checkPerson(tx, organisationId, values, assignable);
    const { id } = tx
      .insert(people)
      .values({ organisationId, ...columns(values) })
      .returning({ id: people.id })
      .get();
    if (values.roles.length)
      tx.insert(personRoles)
        .values(values.roles.map((role) => ({ personId: id, role })))
        .run();
    recordAudit(tx, { actorId, organisationId, entity: "person", entityId: id, action: "create", details: { roles: values.roles } });
    return { id };
  });
}

/** Roles the editor may not give are left as they were: a coordinator cannot remove an administrator. */
export function updatePerson(
  organisationId: number,
  personId: number,
  values: PersonValues,
  assignable: readonly Role[],
  actorId: number,
): void {
  getDb().transaction((tx) => {
    assertOwned(tx, "person", organisationId, [personId]);
    checkPerson(tx, organisationId, values, assignable, personId);
    const before = tx.select().from(people).where(eq(people.id, personId)).get()!;
    const after = columns(values);
    const fields = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    tx.update(people).set(after).where(eq(people.id, personId)).run();
    recordAudit(tx, {
      actorId,
      organisationId,
      entity: "person",
      entityId: personId,
      action: "update",
      details: { fields, roles: values.roles },
    });
    const removed = assignable.filter((role) => !values.roles.includes(role));
    if (removed.length) {
      tx.delete(personRoles)
        .where(and(eq(personRoles.personId, personId), inArray(personRoles.role, removed)))
        .run();
    }
    if (values.roles.length) {
      tx.insert(personRoles)
        .values(values.roles.map((role) => ({ personId, role })))
        .onConflictDoNothing()
        .run();
    }
  });
}

/**
 * Deactivation keeps the person and everything they took part in; it ends their sign-in sessions
 * and their current cohort memberships, so they get no new invitations. People are never deleted.
 */
export function setActive(organisationId: number, personId: number, active: boolean, actorId: number): void {
  if (!active && personId === actorId) throw new RuleViolation("people.cannotDeactivateSelf");
  getDb().transaction((tx) => {
    assertOwned(tx, "person", organisationId, [personId]);
    const now = clock.now();
    tx.update(people)
      .set({ deactivatedAt: active ? null : now })
      .where(eq(people.id, personId))
      .run();
    recordAudit(tx, { actorId, organisationId, entity: "person", entityId: personId, action: active ? "reactivate" : "deactivate" });
    if (!active) {
      tx.update(cohortMemberships)
        .set({ leftAt: now })
        .where(and(eq(cohortMemberships.personId, personId), isNull(cohortMemberships.leftAt)))
        .run();
    }
  });
  if (!active) destroyAllSessions(personId);
}

/** The organisation a person belongs to, when the user may manage them: their own organisation, or any for an administrator. */
export function managedPerson(user: SessionUser, personId: number) {
  const person = getDb().select().from(people).where(eq(people.id, personId)).get();
  if (!person || person.erasedAt || (person.organisationId !== user.organisationId && !hasRole(user, "admin"))) throw notFound();
  return person;
}

/** What the edit page shows besides the form: roles, cohort history and invitations as they were recorded. */
export function personHistory(personId: number) {
  const db = getDb();
  return {
    roles: db
      .select({ role: personRoles.role })
      .from(personRoles)
      .where(eq(personRoles.personId, personId))
      .all()
      .map((r) => r.role),
    memberships: db
      .select({
        id: cohortMemberships.id,
        cohort: cohorts.name,
        program: programs.title,
        programId: programs.id,
        joinedAt: cohortMemberships.joinedAt,
        leftAt: cohortMemberships.leftAt,
      })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(eq(cohortMemberships.personId, personId))
      .orderBy(desc(cohortMemberships.joinedAt), desc(cohortMemberships.id))
      .all(),
    invitations: db
      .select({
        id: invitations.id,
        gathering: gatherings.title,
        startsAt: gatherings.startsAt,
        cohort: cohorts.name,
        level: leaderLevels.name,
        rsvp: invitations.rsvp,
        attendance: invitations.attendance,
      })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .leftJoin(cohorts, eq(cohorts.id, invitations.cohortId))
      .leftJoin(leaderLevels, eq(leaderLevels.id, invitations.leaderLevelId))
      .where(eq(invitations.personId, personId))
      .orderBy(desc(gatherings.startsAt))
      .limit(100)
      .all(),
  };
}
