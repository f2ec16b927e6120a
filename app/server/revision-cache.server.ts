import { eq, sql } from "drizzle-orm";
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

const revisionOf = preparedPerConnection((db: Db) =>
  db
    .select({ revision: dataRevisions.revision })
    .from(dataRevisions)
    .where(eq(dataRevisions.scope, sql.placeholder("scope")))
    .prepare(),
);

/**
 * One bounded cache per connection: a database opened again (tests, a restore) starts empty. Few
 * and small entries (a page's computed figures, a report's model, some tens of kilobytes each).
 */
const sharedCaches = new WeakMap<Db, ReturnType<typeof revisionCache<string, unknown>>>();

/**
 * A loader's computed result, kept while none of `revisionKeys` (`data_revisions` scopes such as
 * `program:12` and `shared`, raised by triggers on every write from any process) has moved; one
 * primary-key lookup per revision key. The counters only grow, so their sum changes with any write to them.
 * `key` names the result and everything it depends on besides those revisions (feature, ids, and the
 * viewer's organisation or language where they shape it); check who may see it before calling.
 * The counters are read before `compute` runs, so `compute` must read every row it uses itself (a
 * write in between then costs a recompute, never a stale value). The value is shared between
 * requests: never change it.
 */
export function cachedByRevision<T>(key: string, revisionKeys: string[], compute: () => T): T {
  const db = getDb();
  let cache = sharedCaches.get(db);
  if (!cache) sharedCaches.set(db, (cache = revisionCache<string, unknown>(300)));
  const statement = revisionOf(db);
  let revision = 0;
  for (const scope of revisionKeys) revision += statement.get({ scope })?.revision ?? 0;
  // The sum only grows while the same counters are summed, so they are part of the key.
  return cache.get(`${key}\u0000${revisionKeys.join("\u0000")}`, revision, compute) as T;
}
