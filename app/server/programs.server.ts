import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  cohortMemberships,
  cohorts,
  collaboratingOrganisations,
  externalPartners,
  focusAreas,
  gatherings,
  grants,
  people,
  programGoalFocusAreas,
  programGoals,
  programMembers,
  programs,
  programStatusChanges,
  strategies,
  unionParticipations,
  type memberGroups,
} from "../../db/schema";
import { transitionProblem, type ProgramStatus } from "../domain/program-status";
import { recordAudit } from "./audit.server";
import { loadBudget } from "./budget.server";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";
import { assertOwned, deleteUnlessReferenced } from "./org-scope.server";
import { cachedByRevision } from "./revision-cache.server";
import { clock } from "./clock.server";

export type MemberGroup = (typeof memberGroups)[number];

/** The organisation's programmes with the figures their list shows, in one query. */
export function listPrograms(organisationId: number) {
  return getDb()
    .select({
      id: programs.id,
      title: programs.title,
      status: programs.status,
      periodStart: programs.periodStart,
      periodEnd: programs.periodEnd,
      cohorts: sql<number>`(select count(*) from ${cohorts} where ${cohorts.programId} = ${programs.id})`,
      leaders: sql<number>`(select count(distinct ${cohortMemberships.personId}) from ${cohortMemberships}
        join ${cohorts} on ${cohorts.id} = ${cohortMemberships.cohortId}
        where ${cohorts.programId} = ${programs.id} and ${cohortMemberships.leftAt} is null)`,
      gatherings: sql<number>`(select count(*) from ${gatherings} where ${gatherings.programId} = ${programs.id}
        and ${gatherings.status} != 'cancelled')`,
      awardedOre: grants.amountAwardedOre,
    })
    .from(programs)
    .leftJoin(grants, eq(grants.programId, programs.id))
    .where(eq(programs.organisationId, organisationId))
    .orderBy(desc(programs.periodStart), asc(programs.title))
    .all();
}

export type ProgramValues = {
  title: string;
  purpose: string;
  mainFocus: string;
  periodStart: string;
  periodEnd: string;
  /** The contact person, by e-mail: an active person of the organisation. */
  contactEmail?: string;
};

/** Creates the programme (no id) or updates it; refused when the contact e-mail is nobody in the organisation. */
export function saveProgram(organisationId: number, programId: number | undefined, values: ProgramValues, actorId: number): { id: number } {
  return getDb().transaction((tx) => {
    const { contactEmail, ...fields } = values;
    const contact = contactEmail ? personByEmail(organisationId, contactEmail, tx) : null;
    if (contactEmail && !contact) throw new RuleViolation("programs.personUnknown", 400, "contactEmail");
    const row = { ...fields, contactPersonId: contact?.id ?? null };
    const audit = (id: number, action: string) => recordAudit(tx, { actorId, organisationId, entity: "program", entityId: id, action });
    if (programId === undefined) {
      const created = tx
        .insert(programs)
        .values({ organisationId, ...row })
        .returning({ id: programs.id })
        .get();
      audit(created.id, "create");
      return created;
    }
    tx.update(programs)
      .set({ ...row, updatedAt: clock.now() })
      .where(and(eq(programs.id, programId), eq(programs.organisationId, organisationId)))
      .run();
    audit(programId, "update");
    return { id: programId };
  });
}

/**
 * Moves the programme to another status, recording who, when and why. Checked again inside the
 * transaction against the stored status, so two coordinators cannot both move it on. A move the
 * rules do not allow is refused (400) at `reason` when a reason is missing, else at `to`.
 */
export function changeStatus(programId: number, to: ProgramStatus, reason: string | undefined, actorId: number): void {
  getDb().transaction((tx) => {
    const current = tx
      .select({ status: programs.status, organisationId: programs.organisationId })
      .from(programs)
      .where(eq(programs.id, programId))
      .get();
    if (!current) throw notFound();
    const problem = transitionProblem(current.status, to, reason);
    if (problem) throw new RuleViolation(problem, 400, problem === "programs.reasonRequired" ? "reason" : "to");
    tx.update(programs).set({ status: to, updatedAt: clock.now() }).where(eq(programs.id, programId)).run();
    tx.insert(programStatusChanges)
      .values({ programId, fromStatus: current.status, toStatus: to, reason: reason?.trim() || null, changedById: actorId })
      .run();
    recordAudit(tx, {
      actorId,
      organisationId: current.organisationId,
      entity: "program",
      entityId: programId,
      action: "status",
      details: { from: current.status, to },
    });
  });
}

/** Everything the overview shows: the record, its goals, people, partners, grant and status history. */
export function programOverview(program: typeof programs.$inferSelect) {
  const db = getDb();
  const programId = program.id;
  const contact = program.contactPersonId
    ? (db
        .select({ id: people.id, name: people.name, email: people.email })
        .from(people)
        .where(eq(people.id, program.contactPersonId))
        .get() ?? null)
    : null;
  const goalRows = db
    .select({ id: programGoals.id, title: programGoals.title, description: programGoals.description, position: programGoals.position })
    .from(programGoals)
    .where(eq(programGoals.programId, programId))
    .orderBy(asc(programGoals.position))
    .all();
  const links = goalRows.length
    ? db
        .select({ goalId: programGoalFocusAreas.goalId, focusAreaId: focusAreas.id, title: focusAreas.title })
        .from(programGoalFocusAreas)
        .innerJoin(focusAreas, eq(focusAreas.id, programGoalFocusAreas.focusAreaId))
        .where(
          inArray(
            programGoalFocusAreas.goalId,
            goalRows.map((g) => g.id),
          ),
        )
        .orderBy(asc(focusAreas.position))
        .all()
    : [];
  const members = db
    .select({ personId: people.id, name: people.name, email: people.email, group: programMembers.memberGroup })
    .from(programMembers)
    .innerJoin(people, eq(people.id, programMembers.personId))
    .where(eq(programMembers.programId, programId))
    .orderBy(asc(people.name))
    .all();
  const statusHistory = db
    .select({
      id: programStatusChanges.id,
      fromStatus: programStatusChanges.fromStatus,
      toStatus: programStatusChanges.toStatus,
      reason: programStatusChanges.reason,
      at: programStatusChanges.at,
      by: people.name,
    })
    .from(programStatusChanges)
    .leftJoin(people, eq(people.id, programStatusChanges.changedById))
    .where(eq(programStatusChanges.programId, programId))
    .orderBy(desc(programStatusChanges.at), desc(programStatusChanges.id))
    .all();
  return {
    contact,
    goals: goalRows.map((g) => ({
      ...g,
      focusAreas: links.filter((l) => l.goalId === g.id).map((l) => ({ id: l.focusAreaId, title: l.title })),
    })),
    workingGroup: members.filter((m) => m.group === "working_group"),
    secretariat: members.filter((m) => m.group === "secretariat"),
    partners: db
      .select({ id: externalPartners.id, name: externalPartners.name, role: externalPartners.role })
      .from(externalPartners)
      .where(eq(externalPartners.programId, programId))
      .orderBy(asc(externalPartners.name))
      .all(),
    collaborators: db
      .select({
        id: collaboratingOrganisations.id,
        name: collaboratingOrganisations.name,
        description: collaboratingOrganisations.description,
      })
      .from(collaboratingOrganisations)
      .where(eq(collaboratingOrganisations.programId, programId))
      .orderBy(asc(collaboratingOrganisations.name))
      .all(),
    grant: db.select().from(grants).where(eq(grants.programId, programId)).get() ?? null,
    unionReps: db
      .select({ n: sql<number>`count(*)` })
      .from(unionParticipations)
      .where(eq(unionParticipations.programId, programId))
      .get()!.n,
    statusHistory,
  };
}

/**
 * What the programme's overview page shows: only the fields it shows (the whole result is sent to the
 * browser), computed once per revision of the programme's and the shared data — the same for everyone
 * the page lets in. The contact person is in the key because the row read by the guard names them.
 */
export function programDashboard(program: typeof programs.$inferSelect) {
  return cachedByRevision(`program-dashboard:${program.id}:${program.contactPersonId ?? 0}`, [`program:${program.id}`, "shared"], () => {
    const overview = programOverview(program);
    const { summary } = loadBudget(program.id);
    const person = ({ personId, name }: { personId: number; name: string }) => ({ personId, name });
    return {
      contact: overview.contact,
      goals: overview.goals.map(({ id, title, description, focusAreas }) => ({ id, title, description, focusAreas })),
      workingGroup: overview.workingGroup.map(person),
      secretariat: overview.secretariat.map(person),
      partners: overview.partners,
      collaborators: overview.collaborators,
      grant: overview.grant && {
        fund: overview.grant.fund,
        category: overview.grant.category,
        amountAppliedOre: overview.grant.amountAppliedOre,
        amountAwardedOre: overview.grant.amountAwardedOre,
      },
      budget: { budgetedOre: summary.budgetedOre, spentOre: summary.spentOre, remainingOre: summary.remainingOre },
      unionReps: overview.unionReps,
      statusHistory: overview.statusHistory,
    };
  });
}

// ─── Goals ──────────────────────────────────────────────────────────────────

export type GoalValues = { title: string; description: string; focusAreaIds: number[] };

/** Focus area ids must all be of this organisation's strategy. */
function assertFocusAreas(tx: DbOrTx, organisationId: number, ids: number[]) {
  const found = tx
    .select({ id: focusAreas.id })
    .from(focusAreas)
    .innerJoin(strategies, eq(strategies.id, focusAreas.strategyId))
    .where(and(inArray(focusAreas.id, ids), eq(strategies.organisationId, organisationId)))
    .all();
  if (found.length !== new Set(ids).size) throw notFound();
}

const goalOf = (tx: DbOrTx, programId: number, goalId: number) => {
  const goal = tx
    .select()
    .from(programGoals)
    .where(and(eq(programGoals.id, goalId), eq(programGoals.programId, programId)))
    .get();
  if (!goal) throw notFound();
  return goal;
};

export function saveGoal(organisationId: number, programId: number, goalId: number | undefined, values: GoalValues) {
  getDb().transaction((tx) => {
    assertFocusAreas(tx, organisationId, values.focusAreaIds);
    const { focusAreaIds, ...fields } = values;
    let id = goalId;
    if (id) {
      goalOf(tx, programId, id);
      tx.update(programGoals).set(fields).where(eq(programGoals.id, id)).run();
      tx.delete(programGoalFocusAreas).where(eq(programGoalFocusAreas.goalId, id)).run();
    } else {
      const last = tx
        .select({ position: sql<number>`coalesce(max(${programGoals.position}), 0)` })
        .from(programGoals)
        .where(eq(programGoals.programId, programId))
        .get();
      id = tx
        .insert(programGoals)
        .values({ programId, ...fields, position: (last?.position ?? 0) + 1 })
        .returning({ id: programGoals.id })
        .get().id;
    }
    const goal = id;
    tx.insert(programGoalFocusAreas)
      .values([...new Set(focusAreaIds)].map((focusAreaId) => ({ goalId: goal, focusAreaId })))
      .run();
  });
}

export function deleteGoal(programId: number, goalId: number) {
  getDb().transaction((tx) => {
    goalOf(tx, programId, goalId);
    tx.delete(programGoals).where(eq(programGoals.id, goalId)).run();
  });
}

// ─── Working group and secretariat ──────────────────────────────────────────

export function addMember(organisationId: number, programId: number, personId: number, group: MemberGroup) {
  getDb().transaction((tx) => {
    assertOwned(tx, "person", organisationId, [personId]);
    tx.insert(programMembers).values({ programId, personId, memberGroup: group }).onConflictDoNothing().run();
  });
}

export function removeMember(programId: number, personId: number, group: MemberGroup) {
  getDb()
    .delete(programMembers)
    .where(and(eq(programMembers.programId, programId), eq(programMembers.personId, personId), eq(programMembers.memberGroup, group)))
    .run();
}

// ─── Partners and collaborating organisations ───────────────────────────────

export function addPartner(programId: number, values: { name: string; role: string }) {
  getDb()
    .insert(externalPartners)
    .values({ programId, ...values })
    .run();
}

/** False when facilitators still point at the partner. */
export function removePartner(programId: number, partnerId: number): boolean {
  const db = getDb();
  const partner = db
    .select({ id: externalPartners.id })
    .from(externalPartners)
    .where(and(eq(externalPartners.id, partnerId), eq(externalPartners.programId, programId)))
    .get();
  if (!partner) throw notFound();
  return deleteUnlessReferenced(() => db.delete(externalPartners).where(eq(externalPartners.id, partnerId)).run());
}

/** Adding a collaborator withdraws an earlier "none". */
export function addCollaborator(programId: number, values: { name: string; description: string }) {
  getDb().transaction((tx) => {
    tx.insert(collaboratingOrganisations)
      .values({ programId, ...values })
      .run();
    tx.update(programs).set({ noCollaborators: false }).where(eq(programs.id, programId)).run();
  });
}

export function removeCollaborator(programId: number, collaboratorId: number) {
  const result = getDb()
    .delete(collaboratingOrganisations)
    .where(and(eq(collaboratingOrganisations.id, collaboratorId), eq(collaboratingOrganisations.programId, programId)))
    .run();
  if (result.changes === 0) throw notFound();
}

/** "None" is an answer, so it can only be given while no collaborator is listed. */
export function stateNoCollaborators(programId: number, none: boolean): boolean {
  return getDb().transaction((tx) => {
    const listed = tx
      .select({ n: sql<number>`count(*)` })
      .from(collaboratingOrganisations)
      .where(eq(collaboratingOrganisations.programId, programId))
      .get()!.n;
    if (none && listed > 0) return false;
    tx.update(programs).set({ noCollaborators: none }).where(eq(programs.id, programId)).run();
    return true;
  });
}

/** Active people of the organisation to choose from (contact person, members, representatives). */
export function peopleChoices(organisationId: number, limit = 1000) {
  return getDb()
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), isNull(people.deactivatedAt), isNull(people.erasedAt)))
    .orderBy(asc(people.name))
    .limit(limit)
    .all();
}

/** The active person with this e-mail in the organisation, or null. */
export function personByEmail(organisationId: number, email: string, db: DbOrTx = getDb()) {
  return (
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(eq(people.organisationId, organisationId), eq(people.email, email.toLowerCase()), isNull(people.deactivatedAt)))
      .get() ?? null
  );
}
