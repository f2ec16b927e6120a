/**
 * `npm run crash-test`: is the e-mail outbox crash-safe? Runs the worker (`app/server/worker.ts`)
 * as a child process against a local SMTP server on a fresh seeded database with a few hundred
 * queued messages, kills it with SIGKILL at random moments 50 times (restarting it each time), then
 * lets it finish. Every queued message must arrive; a message may arrive twice only when the
 * worker died between the server's acceptance and the commit that records it as sent, so
 * duplicates are counted by Message-ID (stable per outbox message) and should stay rare.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { AddressInfo } from "node:net";
import { and, count, eq, inArray, isNull, like } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { emailMessages, gatherings, people, personRoles, programs } from "../../db/schema";
import { migrateDatabase, openDatabase } from "../../app/server/db.server";
import { enqueueEmail } from "../../app/server/outbox.server";
import { seedDemo } from "../../app/server/demo-seed.server";

const kills = Number(process.env.CRASH_KILLS ?? 50);
const messages = Number(process.env.CRASH_MESSAGES ?? 400);

const dir = mkdtempSync(path.join(tmpdir(), "samling-crash-"));
const databasePath = path.join(dir, "samling.db");
const db = openDatabase(databasePath);
migrateDatabase(db);
await seedDemo(db);

// A bulk message to the programme's leaders, over and over, each with its own idempotency key.
const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
const gathering = db.select({ id: gatherings.id }).from(gatherings).where(eq(gatherings.programId, program.id)).get()!;
const leaders = db
  .select({ id: people.id })
  .from(people)
  .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "leader")))
  .where(and(eq(people.organisationId, program.organisationId), isNull(people.deactivatedAt), isNull(people.erasedAt)))
  .all();
db.transaction((tx) => {
  for (let i = 0; i < messages; i++) {
    enqueueEmail(tx, {
      kind: "bulk_message",
      recipientPersonId: leaders[i % leaders.length]!.id,
      payload: { gatheringId: gathering.id, senderId: program.contactPersonId!, subject: `Crash test ${i}`, body: `Message ${i}` },
      idempotencyKey: `crash-test:${i}`,
    });
  }
});

// The SMTP server: slow to take a message on (before DATA), so that kills land while messages are on
// their way; a message counts as received when the server accepts it, at the end of DATA.
const received = new Map<string, number>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  closeTimeout: 200,
  onMailFrom(_address, _session, callback) {
    setTimeout(callback, 50 + Math.random() * 200);
  },
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const id = /^Message-ID:\s*(.+)$/im.exec(Buffer.concat(chunks).toString("utf8"))?.[1]?.trim() ?? "(none)";
      received.set(id, (received.get(id) ?? 0) + 1);
      callback();
    });
  },
});
// A killed worker resets its connections: expected here, not a failure of the server.
smtp.on("error", () => {});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

function startWorker(): Promise<ChildProcess> {
  // `node --import tsx` rather than the tsx CLI: one process, so SIGKILL leaves no child sending on.
  const child = spawn(process.execPath, ["--import", "tsx", "app/server/worker.ts"], {
    env: { ...process.env, DATABASE_PATH: databasePath, SMTP_URL: smtpUrl, EMAIL_LEASE_MS: "1000", NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("E-mail worker")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker exited with ${code} before starting`)));
  });
}

const ours = like(emailMessages.idempotencyKey, "crash-test:%");
const unfinished = () =>
  db
    .select({ n: count() })
    .from(emailMessages)
    .where(and(ours, inArray(emailMessages.status, ["queued", "sending"])))
    .get()!.n;

let survived = 0;
for (let i = 0; i < kills; i++) {
  const worker = await startWorker();
  await sleep(Math.random() * 1500);
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.kill("SIGKILL");
  await exited;
  survived++;
  process.stdout.write(`\rKilled ${survived}/${kills}; ${unfinished()} messages still to send   `);
}
process.stdout.write("\n");

// A last worker that may finish: wait for every lease to run out and every message to go.
const last = await startWorker();
const deadline = Date.now() + 120_000;
while (unfinished() > 0 && Date.now() < deadline) await sleep(500);
const stopped = new Promise((resolve) => last.once("exit", resolve));
last.kill("SIGTERM");
await stopped;
await new Promise<void>((resolve) => smtp.close(() => resolve()));

const rows = db.select({ status: emailMessages.status, messageId: emailMessages.messageId }).from(emailMessages).where(ours).all();
const arrived = (row: { messageId: string | null }) => row.messageId !== null && (received.get(row.messageId) ?? 0) > 0;
const delivered = rows.filter((r) => r.status === "sent" && arrived(r)).length;
const lost = rows.length - delivered;
const duplicates = rows.reduce((sum, r) => sum + Math.max(0, (r.messageId ? (received.get(r.messageId) ?? 0) : 0) - 1), 0);
const statuses = rows.reduce<Record<string, number>>((all, r) => ({ ...all, [r.status]: (all[r.status] ?? 0) + 1 }), {});
console.log(`Kills survived: ${survived}`);
console.log(`Messages queued: ${rows.length}`);
console.log(`Delivered: ${delivered} (outbox statuses ${JSON.stringify(statuses)})`);
console.log(`Lost: ${lost}`);
console.log(`Duplicates (same Message-ID received again): ${duplicates}`);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
process.exit(lost === 0 && survived === kills ? 0 : 1);
