/**
 * Sends every route action well-formed-but-wrong and hostile form submissions, as a user who may
 * use it, and collects what breaks the rules: a 5xx or a thrown error, a rejected (4xx) submission
 * that changed a table's row count, or a returned 400 without a message for the user (a thrown
 * Response is shown as the translated error page).
 */
import type { ActionFunction } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { gatherings, organisations, people, programs } from "../../db/schema";
import { getDb } from "../../app/server/db.server";
import { actorEmails, parameterValues, urlFor, type RouteModule } from "./route-files";
import { callAction, signInAs, type RouteResult } from "./routes";

type Actor = keyof typeof actorEmails;
const probeOrder: Actor[] = ["coordinator", "leader", "union", "facilitator", "directorate", "admin"];

/** Tables whose rows a rejected submission may legitimately add: sessions and throttling counters. */
const writableOnRejection = new Set(["sessions", "rate_limits"]);

function snapshot(): Record<string, number> {
  const client = getDb().$client;
  const tables = client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .pluck()
    .all() as string[];
  const row = client.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`).get();
  return row as Record<string, number>;
}

const changedTables = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after)
    .filter((t) => !writableOnRejection.has(t) && before[t] !== after[t])
    .map((t) => `${t} ${before[t]}→${after[t]}`);

/** String literals of a route's source: its field names, intents and option values. */
function literalsOf(source: string) {
  const found = new Set<string>(["intent", "id"]);
  for (const match of source.matchAll(/["'`]([A-Za-z_][\w\-[\].]{0,40})["'`]/g)) {
    if (!match[1]!.includes("/")) found.add(match[1]!);
  }
  return [...found];
}

/** Another organisation's ids, to try them where an id of this one belongs. */
function otherOrganisationValues(): Record<string, string> {
  const db = getDb();
  const elvik = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Elvik kommune")).get()!;
  const program = db.select({ id: programs.id }).from(programs).where(eq(programs.organisationId, elvik.id)).get();
  const gathering = program && db.select({ id: gatherings.id }).from(gatherings).where(eq(gatherings.programId, program.id)).get();
  const person = db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organisationId, elvik.id)))
    .get();
  return {
    programId: String(program?.id ?? 999_998),
    gatheringId: String(gathering?.id ?? 999_998),
    personId: String(person?.id ?? 999_998),
  };
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\r\n\t\u0007\u001b[31m",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE people; --",
    "1 OR 1=1",
    "-1",
    "0",
    "1.5",
    "1e308",
    "NaN",
    "99999999999999999999",
    "true",
    "on",
    "null",
    "[object Object]",
    "2025-02-30",
    "2025-13-01T25:61",
    "\u202Eevil\u202C",
    "\uD800",
    "Z\u0351\u0352\u0353\u0354\u0355",
    "🧑‍🤝‍🧑",
    "ﬃ\u00A0\u2028\uFEFF",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  fc.integer({ min: 1, max: 5 }).map((k) => "å".repeat(k * 40_000)),
  fc.integer().map(String),
);

type Value = string | File;

function submissionArbitrary(literals: string[], idValues: string[]) {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...literals) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  const value: fc.Arbitrary<Value> = fc.oneof(
    { weight: 5, arbitrary: hostileText },
    { weight: 3, arbitrary: fc.constantFrom(...literals) },
    { weight: 2, arbitrary: fc.constantFrom(...idValues) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => new File([s], "upload.bin")) },
  );
  return fc.record({
    intent: fc.option(fc.constantFrom(...literals), { nil: undefined }),
    fields: fc.array(fc.tuple(key, value), { maxLength: 12 }),
  });
}

export type FuzzReport = { submissions: number; routes: number; failures: string[]; seed: number; statuses: Record<number, number> };

export async function fuzzActions(
  modules: Record<string, unknown>,
  sources: Record<string, string>,
  totalRuns: number,
  // npm test replays one fixed seed, so CI is repeatable; npm run fuzz (FUZZ_RUNS set) explores anew.
  seed = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Date.now() % 1_000_000 : 20_261_123)),
): Promise<FuzzReport> {
  const values = await parameterValues();
  const other = otherOrganisationValues();
  const idValues = [...new Set([...Object.values(values), ...Object.values(other), "999999"])];
  const routes = Object.entries(modules)
    .filter(([, module]) => typeof (module as RouteModule).action === "function")
    .map(([key, module]) => ({ file: key.split("/").pop()!, action: (module as RouteModule).action!, source: sources[key] ?? "" }));
  const failures = new Set<string>();
  let submissions = 0;
  const statuses: Record<number, number> = {};
  const perRoute = Math.max(1, Math.ceil(totalRuns / routes.length));

  const submit = async (file: string, action: ActionFunction, actor: Actor, params: Record<string, string>, form: FormData) => {
    const { path } = urlFor(file, params);
    const cookie = await signInAs(actorEmails[actor]);
    const before = snapshot();
    submissions++;
    let result: RouteResult;
    // A thrown Response shows the translated error page; a returned 400 must explain itself.
    let thrown = false;
    const watched: ActionFunction = async (args) => {
      try {
        return await action(args);
      } catch (error) {
        thrown = true;
        throw error;
      }
    };
    try {
      result = await callAction(watched, path, form, { cookie, params: urlFor(file, params).params });
    } catch (error) {
      failures.add(`${file} as ${actor}: threw ${String(error).slice(0, 200)}`);
      return undefined;
    }
    statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    if (result.status >= 500) failures.add(`${file} as ${actor}: ${result.status} ${JSON.stringify(result.data).slice(0, 200)}`);
    if (result.status >= 400 && result.status < 500) {
      const changed = changedTables(before, snapshot());
      if (changed.length) failures.add(`${file} as ${actor}: ${result.status} but wrote ${changed.join(", ")}`);
    }
    if (result.status === 400 && !thrown && !/error|message|invalid/i.test(JSON.stringify(result.data ?? ""))) {
      failures.add(`${file} as ${actor}: 400 without a message (${JSON.stringify(result.data).slice(0, 120)})`);
    }
    return result;
  };

  for (const [index, route] of routes.entries()) {
    const literals = literalsOf(route.source);
    // Who may use the action: everyone whose empty submission is not refused or sent to sign in.
    const allowed: Actor[] = [];
    for (const actor of probeOrder) {
      const result = await submit(route.file, route.action, actor, values, new FormData());
      if (result && result.status !== 403 && result.status !== 404 && !result.location?.startsWith("/login")) allowed.push(actor);
    }
    const actors = allowed.length ? allowed : (["coordinator"] as Actor[]);
    const paramNames = Object.keys(urlFor(route.file, values).params);
    const paramArbitrary = fc.record(
      Object.fromEntries(
        paramNames.map((name) => [
          name,
          fc.oneof(
            { weight: 6, arbitrary: fc.constant(values[name]!) },
            { weight: 1, arbitrary: fc.constantFrom("999999", other[name] ?? "1", "abc", "-1", "0", "1.5", "%00") },
          ),
        ]),
      ),
    );
    const samples = fc.sample(fc.tuple(fc.constantFrom(...actors), paramArbitrary, submissionArbitrary(literals, idValues)), {
      numRuns: perRoute,
      seed: seed + index,
    });
    for (const [actor, params, submission] of samples) {
      const form = new FormData();
      if (submission.intent !== undefined) form.append("intent", submission.intent);
      for (const [key, value] of submission.fields) form.append(key, value);
      await submit(route.file, route.action, actor, params as Record<string, string>, form);
    }
  }
  return { submissions, routes: routes.length, failures: [...failures], seed, statuses };
}
