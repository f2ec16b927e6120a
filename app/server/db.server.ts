import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableColumns, is } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
// The connection is given the whole schema; it reads nothing itself (reflections stay behind reflections.server.ts).
// eslint-disable-next-line no-restricted-imports
import * as schema from "../../db/schema";
import { getConfig } from "./config.server";
import { clock } from "./clock.server";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle: domain functions take `Db | Tx` so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const migrationsFolder = path.resolve("db/migrations");

/**
 * Rows written through drizzle are created at the one clock's now. The schema keeps SQLite's own
 * time as the `created_at` default in its DDL (migrations, raw SQL); drizzle would send that SQL
 * default rather than a default function, so the columns this process writes with lose it here.
 * Without this a test at a fixed clock, or on a machine whose date is set elsewhere, wrote rows
 * "created" on another day than the code's today.
 */
for (const table of Object.values(schema)) {
  if (!is(table, SQLiteTable)) continue;
  for (const column of Object.values(getTableColumns(table)) as { name: string; default?: unknown; defaultFn?: () => unknown }[]) {
    if (column.name !== "created_at" || column.default === undefined) continue;
    column.default = undefined;
    column.defaultFn = () => clock.now();
  }
}

export function openDatabase(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Safe with WAL: a power cut may lose the last commits, never corrupt the file.
  sqlite.pragma("synchronous = NORMAL");
  // Nothing runs ANALYZE (nor PRAGMA optimize, which runs it). better-sqlite3 builds SQLite with
  // STAT4, and with its samples in the file a statement is compiled again each time new parameters
  // are bound: the gathering lookup took 44 µs instead of 6. The indexes are chosen so the plans need
  // no statistics (tests/helpers/query-plans.ts checks them on databases without any).
  const db = drizzle(sqlite, { schema });
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE), so a second process that
  // writes waits out busy_timeout. A deferred transaction that reads, then writes, fails at once
  // with SQLITE_BUSY when another process wrote meanwhile (found by npm run concurrency-test).
  const transaction = db.transaction.bind(db);
  db.transaction = (run, config) => transaction(run, { behavior: "immediate", ...config });
  return db;
}

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder });
}

let current: Db | undefined;

/** The process's database, opened and migrated on first use. */
export function getDb(): Db {
  if (!current) {
    current = openDatabase(getConfig().databasePath);
    migrateDatabase(current);
  }
  return current;
}

export function closeDb() {
  current?.$client.close();
  current = undefined;
}

/**
 * Statements prepared once per connection, for queries a page runs on every view: building a
 * query's SQL with drizzle costs more than running a small indexed one. `prepare` builds them
 * with `sql.placeholder` for what varies.
 */
export function preparedPerConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db) => {
    let statements = prepared.get(db);
    if (!statements) {
      statements = prepare(db);
      prepared.set(db, statements);
    }
    return statements;
  };
}

/** SQLite allows 32 766 variables per statement; long lists of ids or rows are sent in slices well below that. */
export function chunks<T>(items: readonly T[], size = 5_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
