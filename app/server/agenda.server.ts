import { eq } from "drizzle-orm";
import { gatherings } from "../../db/schema";
import type { AgendaItemInput } from "../domain/gathering-form";
import { RuleViolation } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { getDb } from "./db.server";
import { queueChangeNotices, queueFacilitatorInvitations } from "./gathering-mail.server";
import type { GatheringRow, ProgramRow } from "./gathering-access.server";
import { replaceAgenda } from "./gathering-commands.server";
import { gatheringFormOptions, gatheringInputOf } from "./gathering-queries.server";
import type { SessionUser } from "./session.server";

const sameAgenda = (a: AgendaItemInput[], b: AgendaItemInput[]) =>
  a.length === b.length &&
  a.every((row, i) => +row.startsAt === +b[i]!.startsAt && row.title === b[i]!.title && row.facilitatorId === b[i]!.facilitatorId);

/**
 * Saves a gathering's agenda alone (the facilitators' page; the route checks that the user leads the
 * gathering or coordinates its organisation). A changed agenda of a confirmed gathering raises the
 * calendar sequence and sends invitees and facilitators the coalesced change notice, so the agenda
 * in their calendar entry follows. A cancelled or held gathering's agenda is history: refused.
 */
export function saveAgenda(gathering: GatheringRow, program: ProgramRow, agenda: AgendaItemInput[], actor: SessionUser, now: Date) {
  if (gathering.status === "cancelled" || gathering.status === "held") throw new RuleViolation("facilitation.agenda.notEditable");
  const known = new Set(gatheringFormOptions(program.organisationId, program.id).facilitators.map((f) => f.id));
  if (agenda.some((a) => a.facilitatorId !== null && !known.has(a.facilitatorId))) throw new RuleViolation("form.invalid", 400, "agenda");
  getDb().transaction((tx) => {
    if (sameAgenda(gatheringInputOf(gathering).agenda, agenda)) return;
    const notify = gathering.status === "confirmed";
    const [updated] = tx
      .update(gatherings)
      .set({ sequence: notify ? gathering.sequence + 1 : gathering.sequence, updatedAt: now })
      .where(eq(gatherings.id, gathering.id))
      .returning()
      .all();
    replaceAgenda(tx, gathering.id, agenda);
    if (notify) {
      queueChangeNotices(tx, updated!, ["agenda"], now);
      queueFacilitatorInvitations(tx, updated!, ["agenda"], now);
    }
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      entity: "gathering",
      entityId: gathering.id,
      action: "agenda_updated",
      details: { rows: agenda.length },
    });
  });
}
