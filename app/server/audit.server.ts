import { auditEvents } from "../../db/schema";
import type { DbOrTx } from "./db.server";

export type AuditEntry = {
  actorId: number | null;
  organisationId: number | null;
  entity: string;
  entityId?: number | null;
  action: string;
  /** What changed; never reflection content or other free text a person wrote privately. */
  details?: Record<string, unknown>;
};

/** Appends an audit event inside the caller's transaction, so it exists exactly when the change does. */
export function recordAudit(tx: DbOrTx, entry: AuditEntry) {
  tx.insert(auditEvents)
    .values({ ...entry, entityId: entry.entityId ?? null, details: entry.details ?? null })
    .run();
}
