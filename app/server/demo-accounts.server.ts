import { demoPassword } from "./demo-seed.server";
import type { Db } from "./db.server";
import { verifyPassword } from "./password.server";

/**
 * How many active accounts still have the published demo password. Checking every hash with scrypt
 * would take minutes on a large roster, so only the candidates are checked: addresses at the demo's
 * domains, and hashes shared by several accounts (a real password hash has its own salt; the seed
 * gives every demo account one hash).
 */
export async function accountsWithDemoPassword(db: Db): Promise<number> {
  const candidates = db.$client
    .prepare(
      `SELECT password_hash AS hash, count(*) AS n FROM people
       WHERE password_hash IS NOT NULL AND deactivated_at IS NULL
         AND (email LIKE '%example.org'
              OR password_hash IN (SELECT password_hash FROM people WHERE password_hash IS NOT NULL
                                   GROUP BY password_hash HAVING count(*) > 1))
       GROUP BY password_hash`,
    )
    .all() as { hash: string; n: number }[];
  let found = 0;
  for (const { hash, n } of candidates) if (await verifyPassword(demoPassword, hash)) found += n;
  return found;
}
