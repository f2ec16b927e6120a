// `npm run admin -- create --email <address> --name "<name>" [--organisation "<name>"]`: the first
// administrator of a new installation. Prints a single-use link (14 days) to choose a password; no
// password is ever set or printed here.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { organisations, people, personRoles } from "../../db/schema";
import { emailField } from "../domain/identity";
import { accountLinkUrl, createAccountToken } from "../server/account-links.server";
import { recordAudit } from "../server/audit.server";
import { closeDb, getDb } from "../server/db.server";

const usage = 'Usage: npm run admin -- create --email <address> --name "<full name>" [--organisation "<name>"]';

export function createAdministrator(input: { email: string; name: string; organisation?: string }): string {
  const email = emailField().parse(input.email);
  const name = z.string().trim().min(1).max(200).parse(input.name);
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: people.id }).from(people).where(eq(people.email, email)).get()) {
      throw new Error(`${email} already has an account; an administrator can invite or reset it in the app.`);
    }
    // The named organisation, the only one there is, or (in a new installation) a new one.
    const named = input.organisation?.trim();
    const all = tx.select({ id: organisations.id, name: organisations.name }).from(organisations).all();
    let organisation = named ? all.find((o) => o.name === named) : all.length === 1 ? all[0] : undefined;
    if (!organisation && (named || all.length === 0)) {
      organisation = tx
        .insert(organisations)
        .values({ name: named || "Samling", kind: "agency" })
        .returning({ id: organisations.id, name: organisations.name })
        .get();
    }
    if (!organisation) throw new Error(`There are ${all.length} organisations; name one with --organisation.`);
    const person = tx.insert(people).values({ organisationId: organisation.id, name, email }).returning({ id: people.id }).get();
    tx.insert(personRoles).values({ personId: person.id, role: "admin" }).run();
    recordAudit(tx, { actorId: null, organisationId: organisation.id, entity: "person", entityId: person.id, action: "admin_created" });
    return accountLinkUrl("invitation", createAccountToken(tx, person.id, "invitation"));
  });
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, organisation: { type: "string" } },
  });
  if (positionals[0] !== "create" || !values.email || !values.name) {
    console.error(usage);
    process.exit(2);
  }
  try {
    const link = createAdministrator({ email: values.email, name: values.name, organisation: values.organisation });
    console.log(`Administrator ${values.email} created. Open this link within 14 days to choose a password (it works once):`);
    console.log(link);
  } catch (error) {
    console.error(error instanceof z.ZodError ? `Invalid --email or --name. ${usage}` : (error as Error).message);
    process.exitCode = 1;
  } finally {
    closeDb();
  }
}
