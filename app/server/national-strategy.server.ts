/**
 * The national strategy: written by the directorate per kind of organisation and period, frozen
 * once published, and adopted by organisations of that kind. Adopting copies each national focus
 * area into the organisation's own strategy, marked with the national area it comes from, so
 * programme goals link to it like to a local one, while the organisation cannot change it
 * (organisation.server.ts treats such copies as not its own; a trigger refuses edits).
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { focusAreas, nationalFocusAreas, nationalStrategies, organisations, type organisationKinds, strategies } from "../../db/schema";
import { clock } from "./clock.server";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";

type Kind = (typeof organisationKinds)[number];
export type NationalStrategyValues = { title: string; sectorKind: Kind; fromYear: number; toYear: number };
export type NationalFocusAreaValues = { title: string; goal: string; measures: string; rationale: string };

const areasOf = (db: DbOrTx, strategyIds: number[]) =>
  strategyIds.length
    ? db
        .select()
        .from(nationalFocusAreas)
        .where(inArray(nationalFocusAreas.nationalStrategyId, strategyIds))
        .orderBy(asc(nationalFocusAreas.position))
        .all()
    : [];

/** The directorate's versions, newest period first, with their focus areas. */
export function directorateStrategies(directorateOrganisationId: number) {
  const db = getDb();
  const versions = db
    .select()
    .from(nationalStrategies)
    .where(eq(nationalStrategies.organisationId, directorateOrganisationId))
    .orderBy(asc(nationalStrategies.sectorKind), desc(nationalStrategies.fromYear))
    .all();
  const areas = areasOf(
    db,
    versions.map((v) => v.id),
  );
  return versions.map((v) => ({ ...v, areas: areas.filter((a) => a.nationalStrategyId === v.id) }));
}

export function createNationalStrategy(directorateOrganisationId: number, values: NationalStrategyValues): void {
  if (values.toYear < values.fromYear) throw new RuleViolation("directorate.strategy.periodInvalid", 400, "toYear");
  const inserted = getDb()
    .insert(nationalStrategies)
    .values({ organisationId: directorateOrganisationId, ...values })
    .onConflictDoNothing()
    .returning({ id: nationalStrategies.id })
    .get();
  if (!inserted) throw new RuleViolation("directorate.strategy.periodTaken", 400, "fromYear");
}

/** A draft version of this directorate, or 404 (published versions are frozen). */
function draftOf(db: DbOrTx, directorateOrganisationId: number, strategyId: number) {
  const row = db
    .select()
    .from(nationalStrategies)
    .where(and(eq(nationalStrategies.id, strategyId), eq(nationalStrategies.organisationId, directorateOrganisationId)))
    .get();
  if (!row || row.status !== "draft") throw notFound();
  return row;
}

export function saveNationalFocusArea(
  directorateOrganisationId: number,
  strategyId: number,
  areaId: number | undefined,
  values: NationalFocusAreaValues,
) {
  getDb().transaction((tx) => {
    draftOf(tx, directorateOrganisationId, strategyId);
    if (areaId) {
      const updated = tx
        .update(nationalFocusAreas)
        .set(values)
        .where(and(eq(nationalFocusAreas.id, areaId), eq(nationalFocusAreas.nationalStrategyId, strategyId)))
        .run();
      if (updated.changes === 0) throw notFound();
      return;
    }
    const last = tx
      .select({ position: sql<number>`coalesce(max(${nationalFocusAreas.position}), 0)` })
      .from(nationalFocusAreas)
      .where(eq(nationalFocusAreas.nationalStrategyId, strategyId))
      .get();
    tx.insert(nationalFocusAreas)
      .values({ nationalStrategyId: strategyId, ...values, position: (last?.position ?? 0) + 1 })
      .run();
  });
}

export function deleteNationalFocusArea(directorateOrganisationId: number, strategyId: number, areaId: number) {
  getDb().transaction((tx) => {
    draftOf(tx, directorateOrganisationId, strategyId);
    const deleted = tx
      .delete(nationalFocusAreas)
      .where(and(eq(nationalFocusAreas.id, areaId), eq(nationalFocusAreas.nationalStrategyId, strategyId)))
      .run();
    if (deleted.changes === 0) throw notFound();
  });
}

/** Publishes a draft with at least one focus area; null when done, otherwise the notice why not. */
export function publishNationalStrategy(directorateOrganisationId: number, strategyId: number): string | null {
  return getDb().transaction((tx) => {
    draftOf(tx, directorateOrganisationId, strategyId);
    if (!areasOf(tx, [strategyId]).length) return "directorate.strategy.needsArea";
    tx.update(nationalStrategies).set({ status: "published", publishedAt: clock.now() }).where(eq(nationalStrategies.id, strategyId)).run();
    return null;
  });
}

/** Published versions for this organisation's kind, with whether it has adopted each. */
export function strategiesForAdoption(organisationId: number) {
  const db = getDb();
  const org = db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!org) throw notFound();
  const versions = db
    .select()
    .from(nationalStrategies)
    .where(and(eq(nationalStrategies.sectorKind, org.kind), eq(nationalStrategies.status, "published")))
    .orderBy(desc(nationalStrategies.fromYear))
    .all();
  const areas = areasOf(
    db,
    versions.map((v) => v.id),
  );
  const adopted = new Set(
    db
      .select({ nationalId: focusAreas.nationalFocusAreaId })
      .from(focusAreas)
      .innerJoin(strategies, eq(strategies.id, focusAreas.strategyId))
      .where(eq(strategies.organisationId, organisationId))
      .all()
      .map((r) => r.nationalId),
  );
  return versions.map((v) => {
    const own = areas.filter((a) => a.nationalStrategyId === v.id);
    return { ...v, areas: own, adopted: own.length > 0 && own.every((a) => adopted.has(a.id)) };
  });
}

/**
 * Adopts a published version of the organisation's kind: its focus areas are copied into the
 * organisation's strategy (created if there is none) after the local ones. Adopting again adds nothing.
 */
export function adoptNationalStrategy(organisationId: number, strategyId: number) {
  getDb().transaction((tx) => {
    const org = tx
      .select({ kind: organisations.kind, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get();
    const version = tx.select().from(nationalStrategies).where(eq(nationalStrategies.id, strategyId)).get();
    if (!org || !version || version.status !== "published" || version.sectorKind !== org.kind) throw notFound();
    const strategy =
      tx.select().from(strategies).where(eq(strategies.organisationId, organisationId)).get() ??
      tx.insert(strategies).values({ organisationId, title: org.name }).returning().get();
    const last = tx
      .select({ position: sql<number>`coalesce(max(${focusAreas.position}), 0)` })
      .from(focusAreas)
      .where(eq(focusAreas.strategyId, strategy.id))
      .get();
    const areas = areasOf(tx, [strategyId]);
    if (!areas.length) return;
    tx.insert(focusAreas)
      .values(
        areas.map((a, i) => ({
          strategyId: strategy.id,
          title: a.title,
          goal: a.goal,
          measures: a.measures,
          rationale: a.rationale,
          position: (last?.position ?? 0) + i + 1,
          nationalFocusAreaId: a.id,
        })),
      )
      .onConflictDoNothing()
      .run();
  });
}
