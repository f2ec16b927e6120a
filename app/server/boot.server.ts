import { isDatabaseEmpty, seedDemo, type DemoLogin } from "../../db/seed";
import { getConfig, type Config } from "./config.server";
import { closeDb, getDb } from "./db.server";
import { startDispatcher } from "./email/dispatcher.server";
import { transportFor } from "./email/transport.server";

export type Booted = { config: Config; demoLogins: DemoLogin[] | null; shutdown: () => Promise<void> };

/**
 * Everything the process does before serving: validate configuration, open and migrate the
 * database, seed demo data when it is empty, and start sending the e-mail outbox (unless
 * EMAIL_DISPATCHER=off leaves that to `npm run worker`). Exported through the server build so the
 * launcher and the app share one set of modules (and one database connection).
 */
export async function boot(): Promise<Booted> {
  const config = getConfig();
  const db = getDb();
  const demoLogins = isDatabaseEmpty(db) ? await seedDemo(db) : null;
  const dispatcher = config.emailDispatcher ? startDispatcher({ transport: transportFor(config) }) : null;
  return {
    config,
    demoLogins,
    // Messages being sent are finished first; the rest stay queued for the next start.
    shutdown: async () => {
      await dispatcher?.stop();
      closeDb();
    },
  };
}
