import { and, desc, eq, gte, lt } from "drizzle-orm";
import { auditEvents, people } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";

export type AuditEntry = {
  actorId: number | null;
  organisationId: number | null;
  entity: string;
  entityId?: number | null;
  action: string;
  /** What changed; never reflection content or other free text a person wrote privately. */
  details?: Record<string, unknown>;
};

/**
 * Appends an audit event inside the caller's transaction, so it exists exactly when the change
 * does; the only writer of the audit table. Returns the event's id (e-mails may point at it).
 */
export function recordAudit(tx: DbOrTx, entry: AuditEntry): number {
  return tx
    .insert(auditEvents)
    .values({ ...entry, entityId: entry.entityId ?? null, details: entry.details ?? null })
    .returning({ id: auditEvents.id })
    .get().id;
}

export type AuditFilter = {
  /** null: every organisation (administrators). */
  organisationId: number | null;
  entity?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Cursor: events older than this id. */
  before?: number;
};

export const auditPageSize = 100;

/** Newest first, one page at a time; the actor's name joined in the same query. */
export function listAuditEvents(filter: AuditFilter) {
  const db = getDb();
  const conditions = [
    filter.organisationId === null ? undefined : eq(auditEvents.organisationId, filter.organisationId),
    filter.entity ? eq(auditEvents.entity, filter.entity) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
    filter.before ? lt(auditEvents.id, filter.before) : undefined,
  ];
  const events = db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      details: auditEvents.details,
      actorName: people.name,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(auditPageSize + 1)
    .all();
  const scope = filter.organisationId === null ? undefined : eq(auditEvents.organisationId, filter.organisationId);
  return {
    events: events.slice(0, auditPageSize),
    nextBefore: events.length > auditPageSize ? events[auditPageSize - 1]!.id : null,
    entities: db
      .selectDistinct({ v: auditEvents.entity })
      .from(auditEvents)
      .where(scope)
      .all()
      .map((r) => r.v),
    actions: db
      .selectDistinct({ v: auditEvents.action })
      .from(auditEvents)
      .where(scope)
      .all()
      .map((r) => r.v),
  };
}
