// `npm run backup -- <file>`: an online backup of the running app's database.
// `npm run restore -- <file>`: put a backup in place (stop the app first).
import path from "node:path";
import { backupDatabase, restoreDatabase } from "../server/backup.server";
import { getConfig } from "../server/config.server";
import { closeDb, getDb } from "../server/db.server";

const [command, file] = process.argv.slice(2);
if (!file || (command !== "backup" && command !== "restore")) {
  console.error("usage: npm run backup -- <file> | npm run restore -- <file>");
  process.exit(2);
}
const target = path.resolve(file);
const { databasePath } = getConfig();
if (command === "backup") {
  const started = performance.now();
  const { pages } = await backupDatabase(getDb().$client, target);
  closeDb();
  console.log(`Backed up ${databasePath} to ${target} (${pages} pages, ${Math.round(performance.now() - started)} ms).`);
} else {
  restoreDatabase(target, databasePath);
  console.log(`Restored ${databasePath} from ${target}. Start the app again.`);
}
