import { and, asc, desc, eq, gt, inArray, ne } from "drizzle-orm";
import {
  gatherings,
  participationModeChanges,
  type participationModes,
  people,
  personRoles,
  programs,
  unionGatheringChoices,
  unionParticipations,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";
import { assertOwned } from "./org-scope.server";
import { clock } from "./clock.server";
import { applyUnionParticipation } from "./union-invitations.server";

export type ParticipationMode = (typeof participationModes)[number];

const changedBy = people;

/** Each participation with every change of its mode, newest first. */
function withHistory<T extends { id: number }>(db: DbOrTx, participations: T[]) {
  const ids = participations.map((p) => p.id);
  if (ids.length === 0) return [];
  const history = db
    .select({
      participationId: participationModeChanges.participationId,
      fromMode: participationModeChanges.fromMode,
      toMode: participationModeChanges.toMode,
      at: participationModeChanges.at,
      by: changedBy.name,
    })
    .from(participationModeChanges)
    .leftJoin(changedBy, eq(changedBy.id, participationModeChanges.changedById))
    .where(inArray(participationModeChanges.participationId, ids))
    .orderBy(desc(participationModeChanges.at), desc(participationModeChanges.id))
    .all();
  return participations.map((p) => ({ ...p, history: history.filter((h) => h.participationId === p.id) }));
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
  return withHistory(db, reps);
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
    tx.insert(participationModeChanges)
      .values({ participationId: id, fromMode: null, toMode: "informed", changedById: actorId, at: clock.now() })
      .run();
    tx.insert(personRoles).values({ personId: values.personId, role: "union_rep" }).onConflictDoNothing().run();
    recordAudit(tx, {
      actorId,
      organisationId,
      entity: "union_participation",
      entityId: id,
      action: "create",
      details: { personId: values.personId },
    });
  });
}

/** The coordinator may correct the union and the chief flag, never the mode. */
export function updateRepresentative(
  programId: number,
  participationId: number,
  values: { unionName: string; isChiefRepresentative: boolean },
) {
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
  return withHistory(db, rows);
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
    applyUnionParticipation(tx, participationId, now);
  });
}

/** The programme's gatherings a representative may choose: not cancelled and not started. */
const choosable = (db: DbOrTx, programId: number, now: Date) =>
  db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      status: gatherings.status,
    })
    .from(gatherings)
    .where(and(eq(gatherings.programId, programId), ne(gatherings.status, "cancelled"), gt(gatherings.startsAt, now)))
    .orderBy(asc(gatherings.startsAt))
    .all();

/** For the participation page: each participation's choosable gatherings and which are chosen. */
export function gatheringChoices(participations: { id: number; programId: number }[], now = clock.now()) {
  const db = getDb();
  return participations.map((p) => {
    const chosen = new Set(
      db
        .select({ id: unionGatheringChoices.gatheringId })
        .from(unionGatheringChoices)
        .where(eq(unionGatheringChoices.participationId, p.id))
        .all()
        .map((r) => r.id),
    );
    return { participationId: p.id, gatherings: choosable(db, p.programId, now).map((g) => ({ ...g, chosen: chosen.has(g.id) })) };
  });
}

/**
 * The representative's own pick of gatherings (kept whatever the mode, so switching back to
 * "selected gatherings" restores it). Choices of gatherings that have started stay as they were;
 * an id that is not a choosable gathering of the programme is a 404.
 */
export function setMyGatherings(personId: number, participationId: number, gatheringIds: number[]) {
  getDb().transaction((tx) => {
    const participation = tx
      .select({ programId: unionParticipations.programId, organisationId: people.organisationId })
      .from(unionParticipations)
      .innerJoin(people, eq(people.id, unionParticipations.personId))
      .where(and(eq(unionParticipations.id, participationId), eq(unionParticipations.personId, personId)))
      .get();
    if (!participation) throw notFound();
    const now = clock.now();
    const open = choosable(tx, participation.programId, now).map((g) => g.id);
    const wanted = [...new Set(gatheringIds)];
    if (wanted.some((id) => !open.includes(id))) throw notFound();
    if (open.length) {
      tx.delete(unionGatheringChoices)
        .where(and(eq(unionGatheringChoices.participationId, participationId), inArray(unionGatheringChoices.gatheringId, open)))
        .run();
    }
    if (wanted.length)
      tx.insert(unionGatheringChoices)
        .values(wanted.map((gatheringId) => ({ participationId, gatheringId })))
        .run();
    recordAudit(tx, {
      actorId: personId,
      organisationId: participation.organisationId,
      entity: "union_participation",
      entityId: participationId,
      action: "gatherings",
      details: { gatheringIds: wanted },
    });
    applyUnionParticipation(tx, participationId, now);
  });
}
