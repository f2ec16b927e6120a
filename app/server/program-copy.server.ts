/**
 * Copying a programme's structure to a new period: what a coordinator would otherwise set up again
 * by hand. People, gatherings, reports and consultations belong to the period they happened in and
 * are never copied.
 */
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import {
  budgetLines,
  cohorts,
  directionDocuments,
  directionSections,
  directionVersions,
  programGoalFocusAreas,
  programGoals,
  programs,
  reflectionPrompts,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb } from "./db.server";

export type CopyValues = { title: string; periodStart: string; periodEnd: string };

/**
 * A new programme in planning with the source's purpose and main focus, its cohorts (name, level,
 * rollout order; no members, no dates), active reflection prompts, each direction document's latest
 * decided version as a new draft (version 1), budget lines (planned amounts; no expenses) and goals
 * with their focus areas. One transaction, audited on both programmes.
 */
export function copyProgramStructure(organisationId: number, sourceId: number, values: CopyValues, actorId: number): { id: number } {
  return getDb().transaction((tx) => {
    const source = tx
      .select()
      .from(programs)
      .where(and(eq(programs.id, sourceId), eq(programs.organisationId, organisationId)))
      .get();
    if (!source) throw new Response("Not Found", { status: 404 });
    const copy = tx
      .insert(programs)
      .values({ organisationId, ...values, purpose: source.purpose, mainFocus: source.mainFocus, status: "planning" })
      .returning({ id: programs.id })
      .get();
    const programId = copy.id;

    const cohortRows = tx.select().from(cohorts).where(eq(cohorts.programId, sourceId)).orderBy(asc(cohorts.rolloutOrder)).all();
    if (cohortRows.length) {
      tx.insert(cohorts)
        .values(cohortRows.map((c) => ({ programId, name: c.name, leaderLevelId: c.leaderLevelId, rolloutOrder: c.rolloutOrder })))
        .run();
    }

    const prompts = tx
      .select()
      .from(reflectionPrompts)
      .where(and(eq(reflectionPrompts.programId, sourceId), isNull(reflectionPrompts.archivedAt)))
      .orderBy(asc(reflectionPrompts.position))
      .all();
    if (prompts.length)
      tx.insert(reflectionPrompts)
        .values(prompts.map((p) => ({ programId, text: p.text, position: p.position })))
        .run();

    let documents = 0;
    for (const doc of tx.select().from(directionDocuments).where(eq(directionDocuments.programId, sourceId)).all()) {
      const decided = tx
        .select({ id: directionVersions.id })
        .from(directionVersions)
        .where(and(eq(directionVersions.documentId, doc.id), eq(directionVersions.status, "decided")))
        .orderBy(desc(directionVersions.number))
        .get();
      if (!decided) continue;
      const newDoc = tx.insert(directionDocuments).values({ programId, title: doc.title }).returning({ id: directionDocuments.id }).get();
      const version = tx
        .insert(directionVersions)
        .values({ documentId: newDoc.id, number: 1, status: "draft" })
        .returning({ id: directionVersions.id })
        .get();
      const sections = tx.select().from(directionSections).where(eq(directionSections.versionId, decided.id)).all();
      if (sections.length) {
        tx.insert(directionSections)
          .values(sections.map((s) => ({ versionId: version.id, key: s.key, title: s.title, body: s.body, position: s.position })))
          .run();
      }
      documents++;
    }

    const lines = tx.select().from(budgetLines).where(eq(budgetLines.programId, sourceId)).orderBy(asc(budgetLines.id)).all();
    if (lines.length) {
      tx.insert(budgetLines)
        .values(lines.map((l) => ({ programId, category: l.category, description: l.description, amountOre: l.amountOre })))
        .run();
    }

    const goals = tx.select().from(programGoals).where(eq(programGoals.programId, sourceId)).orderBy(asc(programGoals.position)).all();
    const links = goals.length
      ? tx
          .select()
          .from(programGoalFocusAreas)
          .where(
            inArray(
              programGoalFocusAreas.goalId,
              goals.map((g) => g.id),
            ),
          )
          .all()
      : [];
    for (const goal of goals) {
      const created = tx
        .insert(programGoals)
        .values({ programId, title: goal.title, description: goal.description, position: goal.position })
        .returning({ id: programGoals.id })
        .get();
      const focus = links.filter((l) => l.goalId === goal.id);
      if (focus.length)
        tx.insert(programGoalFocusAreas)
          .values(focus.map((l) => ({ goalId: created.id, focusAreaId: l.focusAreaId })))
          .run();
    }

    const copied = {
      cohorts: cohortRows.length,
      prompts: prompts.length,
      directionDocuments: documents,
      budgetLines: lines.length,
      goals: goals.length,
    };
    recordAudit(tx, {
      actorId,
      organisationId,
      entity: "program",
      entityId: programId,
      action: "copied_from",
      details: { from: sourceId, ...copied },
    });
    recordAudit(tx, { actorId, organisationId, entity: "program", entityId: sourceId, action: "copied_to", details: { to: programId } });
    return { id: programId };
  });
}
