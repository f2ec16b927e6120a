import { isDatabaseEmpty, seedDemo, type DemoLogin } from "../../db/seed";
import { getConfig, type Config } from "./config.server";
import { closeDb, getDb } from "./db.server";

export type Booted = { config: Config; demoLogins: DemoLogin[] | null; shutdown: () => void };

/**
 * Everything the process does before serving: validate configuration, open and migrate the
 * database, and seed demo data when it is empty. Exported through the server build so the
 * launcher and the app share one set of modules (and one database connection).
 */
export async function boot(): Promise<Booted> {
  const config = getConfig();
  const db = getDb();
  const demoLogins = isDatabaseEmpty(db) ? await seedDemo(db) : null;
  return { config, demoLogins, shutdown: closeDb };
}
