import { isDatabaseEmpty, seedDemo, type DemoLogin } from "./demo-seed.server";
import { ConfigError, getConfig, type Config } from "./config.server";
import { closeDb, getDb } from "./db.server";
import { accountsWithDemoPassword } from "./demo-accounts.server";
import { startDispatcher } from "./email/dispatcher.server";
import { transportFor } from "./email/transport.server";

export type Booted = { config: Config; demoLogins: DemoLogin[] | null; shutdown: () => Promise<void> };

/**
 * Everything the process does before serving: validate configuration, open and migrate the
 * database, seed demo data when it is empty and SAMLING_DEMO=1 asks for it (`npm start` does), refuse
 * to serve production while an account has the published demo password, and start sending the e-mail outbox (unless
 * EMAIL_DISPATCHER=off leaves that to `npm run worker`). Exported through the server build so the
 * launcher and the app share one set of modules (and one database connection).
 */
export async function boot(): Promise<Booted> {
  const config = getConfig();
  const db = getDb();
  const demoLogins = config.demo && isDatabaseEmpty(db) ? await seedDemo(db) : null;
  if (config.production && !config.demo) {
    const found = await accountsWithDemoPassword(db);
    if (found > 0) {
      closeDb();
      throw new ConfigError(
        `Refusing to start: ${found} account(s) have the published demo password (NODE_ENV=production without SAMLING_DEMO=1). Reset their passwords or deactivate them.`,
      );
    }
  }
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
