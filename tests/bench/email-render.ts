// `npm run bench:email`: how many outbox messages per second this machine renders (data loaded by
// the payload's ids, templates filled in, calendar built), on a fresh seeded database. Prints the
// figures; it asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";

const dir = mkdtempSync(path.join(tmpdir(), "samling-bench-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-0";

const { consultationInvitees, emailMessages, gatherings, invitations } = await import("../../db/schema");
const { seedDemo } = await import("../../app/server/demo-seed.server");
const { getConfig } = await import("../../app/server/config.server");
const { closeDb, getDb } = await import("../../app/server/db.server");
const { enqueueEmail } = await import("../../app/server/outbox.server");
const { composeMail } = await import("../../app/server/email/dispatcher.server");
const { renderOutboxMessage } = await import("../../app/server/email/render.server");
const { mailboxTransport } = await import("../../app/server/email/transport.server");

const db = getDb();
await seedDemo(db);
const gathering = db.select().from(gatherings).where(eq(gatherings.status, "confirmed")).get()!;
const invited = db.select().from(invitations).where(eq(invitations.gatheringId, gathering.id)).all();
const consultees = db.select().from(consultationInvitees).all();
db.transaction((tx) => {
  for (const i of invited) {
    const ids = { gatheringId: gathering.id, invitationId: i.id };
    const to = { recipientPersonId: i.personId };
    enqueueEmail(tx, { ...to, kind: "invitation", payload: { ...ids, sequence: 0 }, idempotencyKey: `b:i:${i.id}` });
    enqueueEmail(tx, { ...to, kind: "reminder", payload: { ...ids, daysBefore: 7 }, idempotencyKey: `b:r:${i.id}` });
    enqueueEmail(tx, {
      ...to,
      kind: "change_notice",
      payload: { ...ids, sequence: 1, changed: ["startsAt"] },
      idempotencyKey: `b:c:${i.id}`,
    });
    enqueueEmail(tx, {
      ...to,
      kind: "reflection_prompt",
      payload: { gatheringId: gathering.id, token: "x" },
      idempotencyKey: `b:p:${i.id}`,
    });
  }
  for (const c of consultees) {
    enqueueEmail(tx, {
      recipientPersonId: c.personId,
      kind: "consultation_opened",
      payload: { consultationId: c.consultationId },
      idempotencyKey: `b:o:${c.personId}`,
    });
  }
});
const rows = db
  .select()
  .from(emailMessages)
  .where(inArray(emailMessages.kind, ["invitation", "reminder", "change_notice", "reflection_prompt", "consultation_opened"]))
  .all();
const config = getConfig();
const options = { now: new Date(), appUrl: config.appUrl, mailFrom: config.mailFrom, hideSecrets: false };

// First use compiles each template once per language, and the JIT warms up: the figures below are
// for the steady state.
for (let round = 0; round < 20; round++) for (const row of rows) await renderOutboxMessage(db, row, options);

async function measure(label: string, subset: typeof rows, work: (row: (typeof rows)[number]) => Promise<unknown>) {
  const seconds = 3;
  let count = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    for (const row of subset) await work(row);
    count += subset.length;
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  // Per CPU second as well: on a machine busy with other work, wall-clock time says little.
  console.log(
    `${label.padEnd(40)} ${String(Math.round(count / wall)).padStart(6)} messages/s, ${String(Math.round(count / cpuSeconds)).padStart(6)} per CPU second`,
  );
}

const transport = mailboxTransport();
const render = (row: (typeof rows)[number]) => renderOutboxMessage(db, row, options);
await measure("render, mixed kinds", rows, render);
await measure(
  "render, invitations (with iCalendar)",
  rows.filter((r) => r.kind === "invitation"),
  render,
);
await measure(
  "render, reminders (no iCalendar)",
  rows.filter((r) => r.kind === "reminder"),
  render,
);
await measure("render + build MIME, mixed kinds", rows, async (row) => {
  const email = await render(row);
  if (!("skip" in email)) await transport.send(composeMail(email, { name: "Samling", address: config.mailFrom }));
});
closeDb();
rmSync(dir, { recursive: true, force: true });
