import { existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

/**
 * Copies a live database with SQLite's online backup API; the result is a consistent snapshot.
 * A write by another connection between steps restarts the copy, so after the first step the rest
 * is copied in one step: in WAL mode that step reads one snapshot while writers keep going, and a
 * busy database still finishes. Written to a temporary name first, so a failed backup never leaves
 * a half file under the requested name.
 */
export async function backupDatabase(source: Database.Database, destination: string): Promise<{ pages: number }> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const result = await source.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  const check = new Database(partial, { readonly: true });
  try {
    const verdict = check.pragma("integrity_check", { simple: true });
    if (verdict !== "ok") throw new Error(`backup failed its integrity check: ${String(verdict)}`);
  } finally {
    check.close();
  }
  renameSync(partial, destination);
  return { pages: result.totalPages };
}

/**
 * Puts a backup in place of the database file. Only while the app is stopped: the -wal and -shm
 * files of the old database are removed so they are not replayed over the restored one.
 */
export function restoreDatabase(backup: string, databasePath: string) {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const source = new Database(backup, { readonly: true });
  try {
    if (source.pragma("integrity_check", { simple: true }) !== "ok") throw new Error(`${backup} is damaged`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath + suffix, { force: true });
    source.prepare("VACUUM INTO ?").run(databasePath);
  } finally {
    source.close();
  }
}
