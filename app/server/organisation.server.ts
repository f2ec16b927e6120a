import { and, asc, eq, gt, lt, desc, isNull, sql } from "drizzle-orm";
import { focusAreas, leaderLevels, organisations, type organisationKinds, strategies, units } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";
import { deleteUnlessReferenced } from "./org-scope.server";

export type OrganisationKind = (typeof organisationKinds)[number];

export function organisationSettings(organisationId: number) {
  const db = getDb();
  const organisation = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!organisation) throw notFound();
  const strategy = db.select().from(strategies).where(eq(strategies.organisationId, organisationId)).get() ?? null;
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    units: orgUnits(organisationId, db),
    levels: orgLevels(organisationId, db),
    strategy,
    focusAreas: strategy ? orgFocusAreas(organisationId, db) : [],
  };
}

export const orgUnits = (organisationId: number, db: DbOrTx = getDb()) =>
  db.select({ id: units.id, name: units.name }).from(units).where(eq(units.organisationId, organisationId)).orderBy(asc(units.name)).all();

export const orgLevels = (organisationId: number, db: DbOrTx = getDb()) =>
  db
    .select({ id: leaderLevels.id, name: leaderLevels.name, isFirstLine: leaderLevels.isFirstLine, position: leaderLevels.position })
    .from(leaderLevels)
    .where(eq(leaderLevels.organisationId, organisationId))
    .orderBy(asc(leaderLevels.position))
    .all();

export const orgFocusAreas = (organisationId: number, db: DbOrTx = getDb()) =>
  db
    .select({
      id: focusAreas.id,
      title: focusAreas.title,
      goal: focusAreas.goal,
      measures: focusAreas.measures,
      rationale: focusAreas.rationale,
      position: focusAreas.position,
      national: sql<boolean>`${focusAreas.nationalFocusAreaId} is not null`.mapWith(Boolean),
    })
    .from(focusAreas)
    .innerJoin(strategies, eq(strategies.id, focusAreas.strategyId))
    .where(eq(strategies.organisationId, organisationId))
    .orderBy(asc(focusAreas.position))
    .all();

export const listOrganisations = () =>
  getDb().select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).all();

/** The changes below throw these RuleViolations; the route shows them next to the form. */
const nameTaken = () => new RuleViolation("organisation.nameTaken", 400, "name");

export function createOrganisation(name: string, kind: OrganisationKind): { id: number } {
  const db = getDb();
  if (
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${name})`)
      .get()
  ) {
    throw nameTaken();
  }
  const row = db.insert(organisations).values({ name, kind }).returning({ id: organisations.id }).get();
  return { id: row.id };
}

export function renameOrganisation(organisationId: number, name: string, kind: OrganisationKind): void {
  const db = getDb();
  const clash = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(sql`lower(${organisations.name}) = lower(${name})`, sql`${organisations.id} != ${organisationId}`))
    .get();
  if (clash) throw nameTaken();
  db.update(organisations).set({ name, kind }).where(eq(organisations.id, organisationId)).run();
}

// ─── Units ──────────────────────────────────────────────────────────────────

const unitOf = (db: DbOrTx, organisationId: number, unitId: number) => {
  const unit = db
    .select()
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.organisationId, organisationId)))
    .get();
  if (!unit) throw notFound();
  return unit;
};

const unitNameTaken = (db: DbOrTx, organisationId: number, name: string, exceptId = 0) =>
  !!db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), sql`lower(${units.name}) = lower(${name})`, sql`${units.id} != ${exceptId}`))
    .get();

export function saveUnit(organisationId: number, unitId: number | undefined, name: string): void {
  const db = getDb();
  if (unitId) unitOf(db, organisationId, unitId);
  if (unitNameTaken(db, organisationId, name, unitId)) throw nameTaken();
  if (unitId) db.update(units).set({ name }).where(eq(units.id, unitId)).run();
  else db.insert(units).values({ organisationId, name }).run();
}

export function deleteUnit(organisationId: number, unitId: number): void {
  const db = getDb();
  unitOf(db, organisationId, unitId);
  if (!deleteUnlessReferenced(() => db.delete(units).where(eq(units.id, unitId)).run())) throw inUse("organisation.unitInUse");
}

const inUse = (key: string) => new RuleViolation(key, 409);

// ─── Leader levels ──────────────────────────────────────────────────────────

const levelOf = (db: DbOrTx, organisationId: number, levelId: number) => {
  const level = db
    .select()
    .from(leaderLevels)
    .where(and(eq(leaderLevels.id, levelId), eq(leaderLevels.organisationId, organisationId)))
    .get();
  if (!level) throw notFound();
  return level;
};

/** Adds or renames a level; marking one as first-line unmarks the previous one. */
export function saveLevel(organisationId: number, levelId: number | undefined, values: { name: string; isFirstLine: boolean }): void {
  return getDb().transaction((tx) => {
    if (levelId) levelOf(tx, organisationId, levelId);
    const clash = tx
      .select({ id: leaderLevels.id })
      .from(leaderLevels)
      .where(
        and(
          eq(leaderLevels.organisationId, organisationId),
          sql`lower(${leaderLevels.name}) = lower(${values.name})`,
          sql`${leaderLevels.id} != ${levelId ?? 0}`,
        ),
      )
      .get();
    if (clash) throw nameTaken();
    if (values.isFirstLine) {
      tx.update(leaderLevels).set({ isFirstLine: false }).where(eq(leaderLevels.organisationId, organisationId)).run();
    }
    if (levelId) {
      tx.update(leaderLevels).set(values).where(eq(leaderLevels.id, levelId)).run();
    } else {
      const last = tx
        .select({ position: sql<number>`coalesce(max(${leaderLevels.position}), 0)` })
        .from(leaderLevels)
        .where(eq(leaderLevels.organisationId, organisationId))
        .get();
      tx.insert(leaderLevels)
        .values({ organisationId, ...values, position: (last?.position ?? 0) + 1 })
        .run();
    }
  });
}

/** Swaps the level with its neighbour above or below; the order is the rollout order of the organisation. */
export function moveLevel(organisationId: number, levelId: number, direction: "up" | "down") {
  getDb().transaction((tx) => {
    const level = levelOf(tx, organisationId, levelId);
    const neighbour = tx
      .select()
      .from(leaderLevels)
      .where(
        and(
          eq(leaderLevels.organisationId, organisationId),
          direction === "up" ? lt(leaderLevels.position, level.position) : gt(leaderLevels.position, level.position),
        ),
      )
      .orderBy(direction === "up" ? desc(leaderLevels.position) : asc(leaderLevels.position))
      .limit(1)
      .get();
    if (!neighbour) return;
    tx.update(leaderLevels).set({ position: neighbour.position }).where(eq(leaderLevels.id, level.id)).run();
    tx.update(leaderLevels).set({ position: level.position }).where(eq(leaderLevels.id, neighbour.id)).run();
  });
}

export function deleteLevel(organisationId: number, levelId: number): void {
  const db = getDb();
  levelOf(db, organisationId, levelId);
  if (!deleteUnlessReferenced(() => db.delete(leaderLevels).where(eq(leaderLevels.id, levelId)).run()))
    throw inUse("organisation.levelInUse");
}

// ─── Strategy and focus areas ───────────────────────────────────────────────

export function saveStrategyTitle(organisationId: number, title: string) {
  getDb()
    .insert(strategies)
    .values({ organisationId, title })
    .onConflictDoUpdate({ target: strategies.organisationId, set: { title } })
    .run();
}

export type FocusAreaValues = { title: string; goal: string; measures: string; rationale: string };

const focusAreaOf = (db: DbOrTx, organisationId: number, focusAreaId: number) => {
  const row = db
    .select({ id: focusAreas.id })
    .from(focusAreas)
    .innerJoin(strategies, eq(strategies.id, focusAreas.strategyId))
    // A national focus area's copy is not the organisation's to change: as if it were not there.
    .where(and(eq(focusAreas.id, focusAreaId), eq(strategies.organisationId, organisationId), isNull(focusAreas.nationalFocusAreaId)))
    .get();
  if (!row) throw notFound();
};

/** Adds or edits a focus area; the strategy is created (titled after the organisation) if there is none yet. */
export function saveFocusArea(organisationId: number, focusAreaId: number | undefined, values: FocusAreaValues) {
  getDb().transaction((tx) => {
    if (focusAreaId) {
      focusAreaOf(tx, organisationId, focusAreaId);
      tx.update(focusAreas).set(values).where(eq(focusAreas.id, focusAreaId)).run();
      return;
    }
    let strategy = tx.select().from(strategies).where(eq(strategies.organisationId, organisationId)).get();
    if (!strategy) {
      const org = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).get()!;
      strategy = tx.insert(strategies).values({ organisationId, title: org.name }).returning().get();
    }
    const last = tx
      .select({ position: sql<number>`coalesce(max(${focusAreas.position}), 0)` })
      .from(focusAreas)
      .where(eq(focusAreas.strategyId, strategy.id))
      .get();
    tx.insert(focusAreas)
      .values({ strategyId: strategy.id, ...values, position: (last?.position ?? 0) + 1 })
      .run();
  });
}

export function deleteFocusArea(organisationId: number, focusAreaId: number): void {
  const db = getDb();
  focusAreaOf(db, organisationId, focusAreaId);
  if (!deleteUnlessReferenced(() => db.delete(focusAreas).where(eq(focusAreas.id, focusAreaId)).run()))
    throw inUse("organisation.focusAreaInUse");
}
