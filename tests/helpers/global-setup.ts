import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { seedDemo } from "../../app/server/demo-seed.server";
import { useTestClock } from "./test-clock";

/**
 * Builds one migrated, seeded template database for the run; each test file works on its own copy
 * (see setup-file.ts), so files run in parallel without sharing state.
 */
export default async function setup({ provide }: { provide: (key: "templateDb", value: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), "samling-test-"));
  const file = path.join(dir, "template.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  await seedDemo(db, new Date(useTestClock()));
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  provide("templateDb", file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
