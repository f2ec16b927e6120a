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
