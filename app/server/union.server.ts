import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { participationModeChanges, participationModes, people, personRoles, programs, unionParticipations } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";
import { assertOwned } from "./org-scope.server";
import { clock } from "./clock.server";

export type ParticipationMode = (typeof participationModes)[number];

const changedBy = people;

function historyOf(db: DbOrTx, participationIds: number[]) {
  if (participationIds.length === 0) return [];
  return db
    .select({
      participationId: participationModeChanges.participationId,
      fromMode: participationModeChanges.fromMode,
      toMode: participationModeChanges.toMode,
      at: participationModeChanges.at,
      by: changedBy.name,
    })
    .from(participationModeChanges)
    .leftJoin(changedBy, eq(changedBy.id, participationModeChanges.changedById))
    .where(inArray(participationModeChanges.participationId, participationIds))
    .orderBy(desc(participationModeChanges.at), desc(participationModeChanges.id))
    .all();
}

/** The programme's representatives, each with their current mode and every change to it. */
export function programRepresentatives(programId: number) {
  const db = getDb();
  const reps = db
    .select({
      id: unionParticipations.id,
      personId: people.id,
      name: people.name,
      email: people.email,
      unionName: unionParticipations.unionName,
      isChiefRepresentative: unionParticipations.isChiefRepresentative,
      mode: unionParticipations.mode,
      updatedAt: unionParticipations.updatedAt,
    })
    .from(unionParticipations)
    .innerJoin(people, eq(people.id, unionParticipations.personId))
    .where(eq(unionParticipations.programId, programId))
    .orderBy(desc(unionParticipations.isChiefRepresentative), asc(people.name))
    .all();
  const history = historyOf(db, reps.map((r) => r.id));
  return reps.map((r) => ({ ...r, history: history.filter((h) => h.participationId === r.id) }));
}

/**
 * The coordinator registers a representative; the mode starts as "kept informed" until the
 * representative chooses. The person is given the union representative role so they can choose.
 */
export function addRepresentative(
  organisationId: number,
  programId: number,
  values: { personId: number; unionName: string; isChiefRepresentative: boolean },
  actorId: number,
): void {
  getDb().transaction((tx) => {
    assertOwned(tx, "person", organisationId, [values.personId]);
    const existing = tx
      .select({ id: unionParticipations.id })
      .from(unionParticipations)
      .where(and(eq(unionParticipations.programId, programId), eq(unionParticipations.personId, values.personId)))
      .get();
    if (existing) throw new RuleViolation("union.alreadyRepresentative", 400, "email");
    const { id } = tx
      .insert(unionParticipations)
      .values({ programId, ...values, mode: "informed" })
      .returning({ id: unionParticipations.id })
      .get();
    tx.insert(participationModeChanges).values({ participationId: id, fromMode: null, toMode: "informed", changedById: actorId, at: clock.now() }).run();
    tx.insert(personRoles).values({ personId: values.personId, role: "union_rep" }).onConflictDoNothing().run();
    recordAudit(tx, { actorId, organisationId, entity: "union_participation", entityId: id, action: "create", details: { personId: values.personId } });
  });
}

/** The coordinator may correct the union and the chief flag, never the mode. */
export function updateRepresentative(programId: number, participationId: number, values: { unionName: string; isChiefRepresentative: boolean }) {
  const result = getDb()
    .update(unionParticipations)
    .set(values)
    .where(and(eq(unionParticipations.id, participationId), eq(unionParticipations.programId, programId)))
    .run();
  if (result.changes === 0) throw notFound();
}

/** A representative's own participations, in every programme, with their history. */
export function myParticipations(personId: number) {
  const db = getDb();
  const rows = db
    .select({
      id: unionParticipations.id,
      programId: programs.id,
      programTitle: programs.title,
      unionName: unionParticipations.unionName,
      isChiefRepresentative: unionParticipations.isChiefRepresentative,
      mode: unionParticipations.mode,
    })
    .from(unionParticipations)
    .innerJoin(programs, eq(programs.id, unionParticipations.programId))
    .where(eq(unionParticipations.personId, personId))
    .orderBy(desc(programs.periodStart))
    .all();
  const history = historyOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, history: history.filter((h) => h.participationId === r.id) }));
}

/** Only the representative sets their mode; each change is kept with its date. Same mode again changes nothing. */
export function setMyMode(personId: number, participationId: number, mode: ParticipationMode) {
  getDb().transaction((tx) => {
    const participation = tx
      .select({ mode: unionParticipations.mode, organisationId: people.organisationId })
      .from(unionParticipations)
      .innerJoin(people, eq(people.id, unionParticipations.personId))
      .where(and(eq(unionParticipations.id, participationId), eq(unionParticipations.personId, personId)))
      .get();
    if (!participation) throw notFound();
    if (participation.mode === mode) return;
    const now = clock.now();
    tx.update(unionParticipations).set({ mode, updatedAt: now }).where(eq(unionParticipations.id, participationId)).run();
    tx.insert(participationModeChanges)
      .values({ participationId, fromMode: participation.mode, toMode: mode, changedById: personId, at: now })
      .run();
    recordAudit(tx, {
      actorId: personId,
      organisationId: participation.organisationId,
      entity: "union_participation",
      entityId: participationId,
      action: "mode",
      details: { from: participation.mode, to: mode },
    });
  });
}
