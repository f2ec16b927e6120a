/**
 * Values worth keeping between requests, at most `max` of them: `get(key, make)` returns the value
 * kept for `key`, or makes and keeps it. Past `max` the value kept longest goes, so a stream of
 * new keys (a client's own Cookie headers, every address of a page) costs a bounded amount of memory.
 */
export function keptUpTo<K, V>(max: number) {
  const values = new Map<K, V>();
  return {
    get(key: K, make: () => V): V {
      if (values.has(key)) return values.get(key)!;
      const value = make();
      values.set(key, value);
      if (values.size > max) values.delete(values.keys().next().value as K);
      return value;
    },
  };
}
