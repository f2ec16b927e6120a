import { expect } from "vitest";
import { getDb } from "../../app/server/db.server";

type Statement = { sql: string; args: unknown[] };

/**
 * Runs `work` while recording every statement executed on the connection, including statements
 * prepared once and kept (e.g. the session lookup), by wrapping the statement class's methods.
 */
export async function recordQueries(work: () => unknown): Promise<Statement[]> {
  const proto = Object.getPrototypeOf(getDb().$client.prepare("select 1")) as Record<string, unknown>;
  const seen: Statement[] = [];
  const originals = (["all", "get", "run"] as const).map((method) => {
    const original = proto[method] as (this: { source: string }, ...args: unknown[]) => unknown;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      seen.push({ sql: this.source, args });
      return original.apply(this, args);
    };
    return [method, original] as const;
  });
  try {
    await work();
  } finally {
    for (const [method, original] of originals) proto[method] = original;
  }
  return seen;
}

/**
 * No statement reads a whole table: every table is searched through an index (or its key), except
 * the small ones named in `scanned` (a handful of rows per programme), each with its reason at the call.
 */
export function expectIndexed(queries: Statement[], { scanned = [] }: { scanned?: string[] } = {}) {
  const client = getDb().$client;
  for (const q of queries) {
    const plan = client.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.args) as { detail: string }[];
    const scans = plan.map((p) => p.detail).filter((d) => /^SCAN /.test(d) && !scanned.includes(d.split(" ")[1]!));
    expect(scans, q.sql).toEqual([]);
  }
}
