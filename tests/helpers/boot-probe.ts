// Run in a child process by tests/integration/server/demo-policy.test.ts: boots the app as the
// launcher does and prints how many people the database then has, or the refusal.
import { boot } from "../../app/server/boot.server";
import { getDb } from "../../app/server/db.server";

try {
  const booted = await boot();
  const count = getDb().$client.prepare("SELECT count(*) AS n FROM people").get() as { n: number };
  console.log(JSON.stringify({ started: true, people: count.n, demoLogins: booted.demoLogins?.length ?? 0 }));
  await booted.shutdown();
} catch (error) {
  console.log(JSON.stringify({ started: false, error: (error as Error).message }));
}
