const derived = new WeakMap<object, Map<string, unknown>>();

/**
 * A value made from a kept one (a cachedByRevision result, a report's model, or a part of either):
 * made once per `source` object and `key`, and kept as long as `source` is, so it goes when the source
 * does (on the server, when the revision moves on). `key` tells apart several values made from one
 * source; it must come from a small set the caller knows (a page number within the list, a language),
 * never from the request as it came: each key is kept. Like the source, the value is shared between
 * its callers: never change it. Plain and without I/O, so the document model and the server use it alike.
 */
export function derivedFrom<T>(source: object, key: string, make: () => T): T {
  let ofSource = derived.get(source);
  if (!ofSource) derived.set(source, (ofSource = new Map()));
  if (!ofSource.has(key)) ofSource.set(key, make());
  return ofSource.get(key) as T;
}
