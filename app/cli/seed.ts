// `npm run seed`: fills an empty database with demo data; `npm run seed -- --reset` starts afresh.
import { rmSync } from "node:fs";
import { getConfig } from "../server/config.server";
import { closeDb, getDb } from "../server/db.server";
import { demoPassword, isDatabaseEmpty, seedDemo } from "../server/demo-seed.server";

const { databasePath } = getConfig();
if (process.argv.includes("--reset")) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath + suffix, { force: true });
}
const db = getDb();
if (!isDatabaseEmpty(db)) {
  console.error(`${databasePath} already has data. Run "npm run seed -- --reset" to replace it with demo data.`);
  process.exit(1);
}
const logins = await seedDemo(db);
closeDb();
console.log(`Seeded ${databasePath}. Demo logins (password: ${demoPassword}):`);
for (const login of logins) console.log(`  ${login.role.padEnd(12)} ${login.email}`);
