/** Changes to a programme's direction: the document, new versions, a draft's sections, the decision. */
import { eq, max } from "drizzle-orm";
import { directionDocuments, directionSections, directionVersions } from "../../db/schema";
import { defaultSectionKeys, editBlock, newVersionBlock, sectionKeyFor } from "../domain/direction";
import { osloDay, osloLocalToUtc } from "../i18n/dates";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation, violate } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { notifyCommentsAnswered } from "./consultation-mail.server";
import { clock } from "./clock.server";
import { decisionBlockFor, documentOf, earliestDecisionDay, loadVersion } from "./direction-queries.server";

/** Who makes a change, for the audit log. */
export type Actor = { id: number; organisationId: number };

export const auditDirection = (
  tx: DbOrTx,
  actor: Actor,
  entity: string,
  entityId: number,
  action: string,
  details?: Record<string, unknown>,
) => recordAudit(tx, { actorId: actor.id, organisationId: actor.organisationId, entity, entityId, action, details });

/** A new document: version 1 as a draft with the standard sections, titled in the author's language. */
export function createDocument(
  programId: number,
  title: string,
  sectionTitles: Record<(typeof defaultSectionKeys)[number], string>,
  actor: Actor,
) {
  return getDb().transaction((tx) => {
    violate(documentOf(programId, tx) ? "direction.error.documentExists" : null);
    const [document] = tx.insert(directionDocuments).values({ programId, title }).returning().all();
    const [version] = tx.insert(directionVersions).values({ documentId: document!.id, number: 1 }).returning().all();
    tx.insert(directionSections)
      .values(defaultSectionKeys.map((key, i) => ({ versionId: version!.id, key, title: sectionTitles[key], position: i + 1 })))
      .run();
    auditDirection(tx, actor, "direction_document", document!.id, "created", { programId });
    return version!.number;
  });
}

/** The next version, as a draft copy of the latest one. Returns its number. */
export function startNewVersion(programId: number, actor: Actor, now = clock.now()) {
  return getDb().transaction((tx) => {
    const document = documentOf(programId, tx);
    if (!document) throw new RuleViolation("direction.error.noDocument", 404);
    const latestNumber = tx
      .select({ n: max(directionVersions.number) })
      .from(directionVersions)
      .where(eq(directionVersions.documentId, document.id))
      .get()?.n;
    const latest = latestNumber ? loadVersion(programId, latestNumber, tx) : null;
    violate(newVersionBlock(latest?.state, now));
    const [version] = tx
      .insert(directionVersions)
      .values({ documentId: document.id, number: (latestNumber ?? 0) + 1 })
      .returning()
      .all();
    if (latest?.sections.length) {
      tx.insert(directionSections)
        .values(latest.sections.map(({ id: _, versionId: __, ...s }) => ({ ...s, versionId: version!.id })))
        .run();
    }
    auditDirection(tx, actor, "direction_version", version!.id, "created", { number: version!.number });
    return version!.number;
  });
}

export type SectionEdit = { id: number; title: string; body: string };
export type StructureChange =
  { kind: "save" } | { kind: "add"; title: string } | { kind: "remove"; id: number } | { kind: "move"; id: number; by: -1 | 1 };

/**
 * Saves every section of a draft as edited, then applies one change to the structure, so a button
 * that moves or removes a section never loses what was typed elsewhere on the page.
 */
export function saveDraftSections(programId: number, number: number, edits: SectionEdit[], change: StructureChange) {
  getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version) throw new RuleViolation("direction.error.noVersion", 404);
    violate(editBlock(version.state));
    const current = new Map(version.sections.map((s) => [s.id, s]));
    // The page was built from another state (edited in another tab): nothing is saved.
    if (edits.length !== current.size || edits.some((e) => !current.has(e.id))) violate("direction.error.stale");

    let order = edits.map((e) => ({ ...current.get(e.id)!, title: e.title, body: e.body }));
    if (change.kind === "remove") {
      if (!current.has(change.id)) violate("direction.error.stale");
      if (order.length === 1) violate("direction.error.lastSection", 400);
      order = order.filter((s) => s.id !== change.id);
      tx.delete(directionSections).where(eq(directionSections.id, change.id)).run();
    } else if (change.kind === "move") {
      const at = order.findIndex((s) => s.id === change.id);
      const to = at + change.by;
      if (at < 0) violate("direction.error.stale");
      if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
    }
    order.forEach((s, i) =>
      tx
        .update(directionSections)
        .set({ title: s.title, body: s.body, position: i + 1 })
        .where(eq(directionSections.id, s.id))
        .run(),
    );
    if (change.kind === "add") {
      tx.insert(directionSections)
        .values({
          versionId: version.id,
          key: sectionKeyFor(
            change.title,
            version.sections.map((s) => s.key),
          ),
          title: change.title,
          position: order.length + 1,
        })
        .run();
    }
  });
}

/**
 * Records the secretariat's decision on a version: the day it was taken (Oslo date, not in the
 * future, not before the version or its consultation deadline) and who recorded it.
 */
export function decideVersion(programId: number, number: number, day: string, actor: Actor, now = clock.now()) {
  getDb().transaction((tx) => {
    const version = loadVersion(programId, number, tx);
    if (!version) throw new RuleViolation("direction.error.noVersion", 404);
    violate(decisionBlockFor(version, now, tx));
    if (day > osloDay(now)) violate("direction.error.decidedInFuture", 400);
    if (day < earliestDecisionDay(version)) violate("direction.error.decidedTooEarly", 400);
    const decidedAt = day === osloDay(now) ? now : osloLocalToUtc(`${day}T12:00`);
    if (!decidedAt) violate("direction.decideDayInvalid", 400);
    tx.update(directionVersions)
      .set({ status: "decided", decidedAt, decidedById: actor.id })
      .where(eq(directionVersions.id, version.id))
      .run();
    auditDirection(tx, actor, "direction_version", version.id, "decided", { number, day });
    notifyCommentsAnswered(tx, version.documentId, number);
  });
}
