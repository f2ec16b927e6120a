import { sql } from "drizzle-orm";
import { dataRevisions } from "../../db/schema";
import { getDb, preparedPerConnection, type Db } from "./db.server";

/**
 * Values computed from the database, kept in memory while the revision they were computed at is
 * still the database's. The revision must be read from the database before the data the value is
 * computed from: a write in between then costs one needless recomputation, never a stale answer.
 * Bounded: the least recently used entry goes when the cache is full.
 */
export function revisionCache<K, V>(maxEntries: number) {
  const entries = new Map<K, { revision: number; value: V }>();
  return {
    get(key: K, revision: number, compute: () => V): V {
      const hit = entries.get(key);
      entries.delete(key);
      const value = hit && hit.revision === revision ? hit.value : compute();
      entries.set(key, { revision, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as K);
      return value;
    },
  };
}

/** The sum of the named `data_revisions` counters: one lookup on the primary key per name. */
const revisionSum = preparedPerConnection((db: Db) =>
  db
    .select({ total: sql<number>`coalesce(sum(${dataRevisions.revision}), 0)` })
    .from(dataRevisions)
    .where(sql`${dataRevisions.scope} in (select value from json_each(${sql.placeholder("scopes")}))`)
    .prepare(),
);

/**
 * Few and small: a page's computed figures, a report's model. 300 entries of some tens of
 * kilobytes each stay far below the memory a process may use.
 */
const computed = revisionCache<string, unknown>(300);

/**
 * A loader's computed result, kept while the `data_revisions` counters it depends on (`program:<id>`,
 * `shared`; raised by triggers on every write, in any process) stand. `key` must name everything
 * else the result depends on (ids, parameters, the day, the viewer where authorization shapes it) —
 * the caller checks access before asking. The counters are read here, before `compute` runs, so
 * `compute` must read everything it uses itself (not rows its caller read earlier). Callers must not
 * change the value they get: the next request gets the same object.
 */
export function cachedByRevision<T>(key: string, revisionKeys: string[], compute: () => T): T {
  const revision = revisionSum(getDb()).get({ scopes: JSON.stringify(revisionKeys) })?.total ?? 0;
  // The sum only grows while the same counters are summed: they are part of the key.
  return computed.get(`${key}\u0000${revisionKeys.join("\u0000")}`, revision, compute) as T;
}
