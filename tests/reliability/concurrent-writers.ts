/**
 * `npm run concurrency-test` (after `npm run build`): two production server processes and the
 * e-mail worker on one SQLite database, under a mixed write load from signed-in users for
 * CONCURRENCY_SECONDS (60): RSVPs, reflection drafts, comment drafts and roll-call saves, spread
 * over both servers. No user may see a 5xx or SQLITE_BUSY, and the data must add up afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import {
  cohortMemberships,
  consultations,
  directionSections,
  gatherings,
  invitations,
  people,
  programs,
  reflections,
} from "../../db/schema";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { seedDemo } from "../../app/server/demo-seed.server";
import { serverArguments } from "../helpers/server-command";

const seconds = Number(process.env.CONCURRENCY_SECONDS ?? 60);
const ports = (process.env.CONCURRENCY_PORTS ?? "3461,3462").split(",").map(Number);

const dir = mkdtempSync(path.join(tmpdir(), "samling-concurrency-"));
const databasePath = path.join(dir, "samling.db");
const db = openDatabase(databasePath);
migrateDatabase(db);
await seedDemo(db);

// Set-up straight in the database: every Fjellby leader may sign in, and the upcoming gatherings
// have three seats left, so acceptances race for seats and the waitlist.
const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
const { passwordHash } = db.select({ passwordHash: people.passwordHash }).from(people).where(eq(people.email, "leader@example.org")).get()!;
const leaderIds = db
  .selectDistinct({ id: cohortMemberships.personId })
  .from(cohortMemberships)
  .innerJoin(people, eq(people.id, cohortMemberships.personId))
  .all()
  .map((r) => r.id);
db.update(people).set({ passwordHash }).where(inArray(people.id, leaderIds)).run();
const upcoming = db
  .select({ id: gatherings.id })
  .from(gatherings)
  .where(and(eq(gatherings.programId, program.id), eq(gatherings.status, "confirmed"), gt(gatherings.startsAt, new Date())))
  .all();
db.$client
  .prepare(
    `UPDATE gatherings SET capacity = 3 + (SELECT count(*) FROM invitations i WHERE i.gathering_id = gatherings.id AND i.rsvp = 'accepted')
     WHERE id IN (${upcoming.map((g) => g.id).join(",")})`,
  )
  .run();
const held = db
  .select({ id: gatherings.id })
  .from(gatherings)
  .where(and(eq(gatherings.programId, program.id), eq(gatherings.status, "held")))
  .get()!;
const rollCall = db.select({ id: invitations.id }).from(invitations).where(eq(invitations.gatheringId, held.id)).all();
const consultation = db.select().from(consultations).get()!;
const sections = db
  .select({ id: directionSections.id })
  .from(directionSections)
  .where(eq(directionSections.versionId, consultation.versionId))
  .all();
// Sixteen leaders invited to those gatherings sign in and write.
const leaders = db
  .selectDistinct({ id: people.id, email: people.email })
  .from(people)
  .innerJoin(invitations, eq(invitations.personId, people.id))
  .where(
    and(
      inArray(people.id, leaderIds),
      inArray(
        invitations.gatheringId,
        upcoming.map((g) => g.id),
      ),
    ),
  )
  .all()
  .slice(0, 16);
const invitationsOf = (personId: number) =>
  db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.personId, personId),
        inArray(
          invitations.gatheringId,
          upcoming.map((g) => g.id),
        ),
      ),
    )
    .all()
    .map((r) => r.id);
const reflectionsBefore = db
  .select({ n: sql<number>`count(*)` })
  .from(reflections)
  .get()!.n;

// The processes: two servers on the same file, and the worker.
const outputs: string[] = [];
const env = {
  ...process.env,
  DATABASE_PATH: databasePath,
  NODE_ENV: "production" as const,
  SAMLING_DEMO: "1",
  SESSION_SECRET: "concurrency-test-secret-0123456789abcdef",
  LOG_LEVEL: "warn",
  EMAIL_DISPATCHER: "off",
};
function start(args: string[], extra: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (c: Buffer) => outputs.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => outputs.push(c.toString()));
  return child;
}
const children = [
  // Each server is its own origin: Remix refuses a post whose Origin is not the Host it came to.
  ...ports.map((port) => start(serverArguments, { PORT: String(port), APP_URL: `http://localhost:${port}` })),
  start(["--import", "tsx", "app/server/worker.ts"], {}),
];
for (const port of ports) {
  for (let i = 0; ; i++) {
    if (
      await fetch(`http://localhost:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 120) throw new Error(`server on ${port} did not start:\n${outputs.join("")}`);
    await sleep(500);
  }
}

const stats = { requests: 0, errors: 0, busy: 0, byStatus: {} as Record<number, number> };
const base = (i: number) => `http://localhost:${ports[i % ports.length]}`;

async function post(server: number, route: string, form: Record<string, string>, cookie?: string) {
  stats.requests++;
  const response = await fetch(base(server) + route, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: { Origin: base(server), ...(cookie ? { Cookie: cookie } : {}) },
    redirect: "manual",
  });
  const body = await response.text();
  stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
  if (response.status >= 500) stats.errors++;
  if (/SQLITE_BUSY|database is locked/i.test(body)) stats.busy++;
  return { status: response.status, cookie: response.headers.get("Set-Cookie")?.split(";")[0] };
}

async function signIn(email: string, server: number) {
  const { status, cookie } = await post(server, "/login", { email, password: "samling-demo" });
  if (status !== 302 || !cookie) throw new Error(`${email} could not sign in (${status})`);
  return cookie;
}

const until = Date.now() + seconds * 1000;
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
/** The last answer each invitation was given with a 200: what the database must show. */
const lastAnswer = new Map<number, string>();
let reflectionDrafts = 0;
let rollCalls = 0;

async function leaderLoad(leader: { id: number; email: string }, n: number) {
  const cookie = await signIn(leader.email, n);
  const own = invitationsOf(leader.id);
  for (let i = n; Date.now() < until; i++) {
    if (own.length && Math.random() < 0.7) {
      const invitationId = pick(own);
      const answer = pick(["accepted", "declined"]);
      const { status } = await post(i, "/my/gatherings", { intent: "rsvp", invitationId: String(invitationId), answer }, cookie);
      if (status === 200) lastAnswer.set(invitationId, answer);
    } else {
      const { status } = await post(
        i,
        "/my/reflections/new",
        { intent: "save", programId: String(program.id), kind: "free", freeText: `Draft ${i} by ${leader.id}` },
        cookie,
      );
      if (status === 302) reflectionDrafts++;
    }
  }
}

async function coordinatorLoad() {
  const cookie = await signIn("coordinator@example.org", 0);
  for (let i = 0; Date.now() < until; i++) {
    const form = Object.fromEntries(rollCall.map((r) => [`mark.${r.id}`, pick(["present", "absent", "excused"])]));
    const { status } = await post(i, `/gatherings/${held.id}/roll-call`, form, cookie);
    if (status === 302) rollCalls++;
  }
}

async function unionLoad() {
  const cookie = await signIn("union@example.org", 1);
  for (let i = 0; Date.now() < until; i++) {
    const form = { intent: "save-draft", sectionId: String(pick(sections).id), body: i % 5 === 0 ? "" : `Comment ${i}` };
    await post(i, `/consultations/${consultation.id}`, form, cookie);
  }
}

const started = Date.now();
await Promise.all([...leaders.map((l, n) => leaderLoad(l, n)), coordinatorLoad(), unionLoad()]);
const elapsed = (Date.now() - started) / 1000;
for (const child of children) child.kill("SIGTERM");
await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once("exit", resolve)))));

// Consistency: what the users were told is what the database holds.
const final = new Map(
  db
    .select({ id: invitations.id, rsvp: invitations.rsvp })
    .from(invitations)
    .where(inArray(invitations.id, [...lastAnswer.keys()]))
    .all()
    .map((r) => [r.id, r.rsvp]),
);
const rsvpMismatches = [...lastAnswer].filter(([id, answer]) =>
  answer === "declined" ? final.get(id) !== "declined" : !["accepted", "waitlisted"].includes(final.get(id)!),
).length;
const duplicateInvitations = db.$client
  .prepare("SELECT count(*) FROM (SELECT 1 FROM invitations GROUP BY gathering_id, person_id HAVING count(*) > 1)")
  .pluck()
  .get() as number;
const seats = db.$client
  .prepare(
    `SELECT g.id, g.capacity,
       sum(i.rsvp = 'accepted') AS accepted, sum(i.rsvp = 'waitlisted') AS waitlisted
     FROM gatherings g JOIN invitations i ON i.gathering_id = g.id
     WHERE g.capacity IS NOT NULL GROUP BY g.id`,
  )
  .all() as { id: number; capacity: number; accepted: number; waitlisted: number }[];
const overbooked = seats.filter((s) => s.accepted > s.capacity).length;
const waitlistHoles = seats.filter((s) => s.waitlisted > 0 && s.accepted < s.capacity).length;
const reflectionsAdded =
  db
    .select({ n: sql<number>`count(*)` })
    .from(reflections)
    .get()!.n - reflectionsBefore;
const duplicateDrafts = db.$client
  .prepare(
    "SELECT count(*) FROM (SELECT 1 FROM comments WHERE status = 'draft' GROUP BY consultation_id, section_id, author_id HAVING count(*) > 1)",
  )
  .pluck()
  .get() as number;
const unmarked = db
  .select({ n: sql<number>`count(*)` })
  .from(invitations)
  .where(and(eq(invitations.gatheringId, held.id), isNotNull(invitations.attendance)))
  .get()!.n;
const busyInLogs = outputs.join("").match(/SQLITE_BUSY|database is locked/g)?.length ?? 0;

console.log(`Ran ${elapsed.toFixed(0)} s against ${ports.length} servers and the worker`);
console.log(`Requests: ${stats.requests} (${JSON.stringify(stats.byStatus)}), ${(stats.requests / elapsed).toFixed(0)}/s`);
console.log(`Errors (5xx): ${stats.errors}`);
console.log(`Busy errors: ${stats.busy} shown to users, ${busyInLogs} in server logs`);
const checks = {
  "accepted RSVPs recorded as answered": rsvpMismatches === 0 ? `ok (${lastAnswer.size} invitations)` : `${rsvpMismatches} differ`,
  "invitations unique per gathering and person": duplicateInvitations === 0 ? "ok" : `${duplicateInvitations} duplicated`,
  "no gathering over capacity": overbooked === 0 ? `ok (${seats.length} gatherings with a capacity)` : `${overbooked} overbooked`,
  "no waitlist while a seat is free": waitlistHoles === 0 ? "ok" : `${waitlistHoles} gatherings`,
  "one reflection per accepted draft":
    reflectionsAdded === reflectionDrafts ? `ok (${reflectionDrafts})` : `${reflectionsAdded} rows for ${reflectionDrafts} drafts`,
  "at most one comment draft per section and author": duplicateDrafts === 0 ? "ok" : `${duplicateDrafts} duplicated`,
  "roll call saved":
    rollCalls > 0 && unmarked === rollCall.length
      ? `ok (${rollCalls} saves)`
      : `${unmarked}/${rollCall.length} marked after ${rollCalls} saves`,
};
for (const [check, outcome] of Object.entries(checks)) console.log(`  ${check}: ${outcome}`);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
const ok = stats.errors === 0 && stats.busy === 0 && busyInLogs === 0 && Object.values(checks).every((c) => c.startsWith("ok"));
process.exit(ok ? 0 : 1);
