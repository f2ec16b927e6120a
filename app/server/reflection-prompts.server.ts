import { and, asc, eq, isNotNull, isNull, max } from "drizzle-orm";
import { reflectionPrompts } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";
import { clock } from "./clock.server";
import { recordAudit } from "./audit.server";

/**
 * The programme's reflection prompts, edited by the coordinator. Prompts are not private; answers
 * to them are, and live with the reflections (reflections.server.ts).
 */

const ofProgram = (programId: number, promptId: number) =>
  and(eq(reflectionPrompts.id, promptId), eq(reflectionPrompts.programId, programId));

export type Prompt = { id: number; text: string; position: number; archived: boolean };

export function listPrompts(programId: number): { active: Prompt[]; archived: Prompt[] } {
  const rows = getDb()
    .select({
      id: reflectionPrompts.id,
      text: reflectionPrompts.text,
      position: reflectionPrompts.position,
      archivedAt: reflectionPrompts.archivedAt,
    })
    .from(reflectionPrompts)
    .where(eq(reflectionPrompts.programId, programId))
    .orderBy(asc(reflectionPrompts.position), asc(reflectionPrompts.id))
    .all()
    .map(({ archivedAt, ...p }) => ({ ...p, archived: archivedAt !== null }));
  return { active: rows.filter((p) => !p.archived), archived: rows.filter((p) => p.archived) };
}

export const activePrompts = (programId: number) => listPrompts(programId).active;

export const hasPrompt = (programId: number, promptId: number) =>
  getDb().select({ id: reflectionPrompts.id }).from(reflectionPrompts).where(ofProgram(programId, promptId)).get() !== undefined;

function nextPosition(tx: DbOrTx, programId: number) {
  const row = tx
    .select({ last: max(reflectionPrompts.position) })
    .from(reflectionPrompts)
    .where(eq(reflectionPrompts.programId, programId))
    .get();
  return (row?.last ?? 0) + 1;
}

const audit = (tx: DbOrTx, actor: Actor, promptId: number, action: string) =>
  recordAudit(tx, { organisationId: actor.organisationId, actorId: actor.id, entity: "reflection_prompt", entityId: promptId, action });

type Actor = { id: number; organisationId: number };

export function addPrompts(actor: Actor, programId: number, texts: readonly string[]) {
  getDb().transaction((tx) => {
    let position = nextPosition(tx, programId);
    for (const text of texts) {
      const row = tx.insert(reflectionPrompts).values({ programId, text, position: position++ }).returning().get();
      audit(tx, actor, row.id, "created");
    }
  });
}

/** False when the prompt is not one of this programme's. */
export function editPrompt(actor: Actor, programId: number, promptId: number, text: string): boolean {
  return getDb().transaction((tx) => {
    const changed = tx.update(reflectionPrompts).set({ text }).where(ofProgram(programId, promptId)).run().changes > 0;
    if (changed) audit(tx, actor, promptId, "edited");
    return changed;
  });
}

export function setPromptArchived(actor: Actor, programId: number, promptId: number, archived: boolean, now = clock.now()): boolean {
  return getDb().transaction((tx) => {
    const changed =
      tx
        .update(reflectionPrompts)
        .set(
          archived
            ? { archivedAt: now }
            : // A restored prompt goes to the end of the list.
              { archivedAt: null, position: nextPosition(tx, programId) },
        )
        .where(
          and(ofProgram(programId, promptId), archived ? isNull(reflectionPrompts.archivedAt) : isNotNull(reflectionPrompts.archivedAt)),
        )
        .run().changes > 0;
    if (changed) audit(tx, actor, promptId, archived ? "archived" : "restored");
    return changed;
  });
}

/** Swaps the prompt with its active neighbour above or below; false when there is none. */
export function movePrompt(actor: Actor, programId: number, promptId: number, direction: "up" | "down"): boolean {
  return getDb().transaction((tx) => {
    const active = tx
      .select({ id: reflectionPrompts.id, position: reflectionPrompts.position })
      .from(reflectionPrompts)
      .where(and(eq(reflectionPrompts.programId, programId), isNull(reflectionPrompts.archivedAt)))
      .orderBy(asc(reflectionPrompts.position), asc(reflectionPrompts.id))
      .all();
    const index = active.findIndex((p) => p.id === promptId);
    const other = active[direction === "up" ? index - 1 : index + 1];
    if (index < 0 || !other) return false;
    // Renumber the whole list so equal positions (from older data) cannot make a swap a no-op.
    const order = active.map((p) => p.id);
    [order[index], order[active.indexOf(other)]] = [other.id, promptId];
    order.forEach((id, i) =>
      tx
        .update(reflectionPrompts)
        .set({ position: i + 1 })
        .where(eq(reflectionPrompts.id, id))
        .run(),
    );
    audit(tx, actor, promptId, `moved_${direction}`);
    return true;
  });
}
