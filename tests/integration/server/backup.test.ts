import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../../app/server/backup.server";
import { openDatabase } from "../../../app/server/db.server";

const counts = (db: Database.Database) =>
  Object.fromEntries(
    ["people", "invitations", "audit_events", "reflections"].map((table) => [
      table,
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    ]),
  );

describe("online backup and restore", () => {
  it("takes a consistent backup while another connection keeps writing, and restores it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "samling-backup-"));
    const live = openDatabase(process.env.DATABASE_PATH!).$client;
    const writer = new Database(process.env.DATABASE_PATH!);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare("insert into audit_events (entity, action) values ('load', 'write')");

    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        writer.transaction(() => {
          for (let i = 0; i < 20; i++) insert.run();
        })();
        written += 20;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const before = counts(live);
    const file = path.join(dir, "backup.db");
    const { pages } = await backupDatabase(live, file);
    writing = false;
    await load;
    expect(pages).toBeGreaterThan(10);
    expect(written).toBeGreaterThan(0);

    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const inCopy = counts(copy);
    copy.close();
    // Everything that existed before the backup began is in it; the audit log may hold some of the load.
    expect(inCopy.people).toBe(before.people);
    expect(inCopy.reflections).toBe(before.reflections);
    expect(inCopy.audit_events).toBeGreaterThanOrEqual(before.audit_events!);
    expect(inCopy.audit_events).toBeLessThanOrEqual(counts(live).audit_events!);

    const restoredPath = path.join(dir, "restored.db");
    restoreDatabase(file, restoredPath);
    const restored = new Database(restoredPath, { readonly: true });
    expect(counts(restored)).toEqual(inCopy);
    restored.close();
    writer.close();
    live.close();
  });

  it("refuses to restore from a damaged file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "samling-backup-"));
    const bad = path.join(dir, "bad.db");
    writeFileSync(bad, "this is not a database");
    expect(() => restoreDatabase(bad, path.join(dir, "x.db"))).toThrow();
  });
});
