/**
 * Measurements that are not HTTP: the final report of the 600-leader programme (data and PDF),
 * e-mail rendering and a 10 000-row roster import, run in a child process against a copy of the
 * benchmark database (the import writes; the server measured meanwhile keeps the original).
 * Prints JSON on stdout.
 *
 *   npx tsx tests/bench/in-process.ts <database> <programId> <reportId>
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { emailMessages } from "../../db/schema";
import { rosterFile, rosterWorkbook } from "./roster-file";

const [benchPath, programIdArg, reportIdArg] = process.argv.slice(2);
const workDir = mkdtempSync(path.join(tmpdir(), "samling-bench-import-"));
const databasePath = path.join(workDir, "bench.db");
process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
process.env.DATABASE_PATH = databasePath;
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
process.env.EMAIL_DISPATCHER = "off";

type EmailRow = typeof emailMessages.$inferSelect;

const { cohortMemberships, cohorts, finalReports, gatherings, invitations, leaderLevels, people, personRoles, programs, units } =
  await import("../../db/schema");
const { getConfig } = await import("../../app/server/config.server");
const { closeDb, getDb } = await import("../../app/server/db.server");
const rosterImport = await import("../../app/routes/people.import");
const { callAction, signInAs } = await import("../helpers/routes");
const { reportDocument } = await import("../../app/components/report-document");
const { renderReportPdf } = await import("../../app/server/report-pdf.server");
const { liveReportModel } = await import("../../app/server/report.server");
const { renderOutboxMessage } = await import("../../app/server/email/render.server");

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

/** A fresh copy of the benchmark database (SQLite's online backup: consistent while the server has it open). */
async function freshCopy() {
  closeDb();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath + suffix, { force: true });
  const source = new Database(benchPath, { readonly: true });
  await source.backup(databasePath);
  source.close();
  return getDb();
}

const db = await freshCopy();
const report = db
  .select()
  .from(finalReports)
  .where(eq(finalReports.id, Number(reportIdArg)))
  .get()!;

// The first call computes the programme's reflection figures; later ones find them cached until a
// reflection changes, which is what a coordinator editing the report sees.
const firstStart = performance.now();
let model = liveReportModel(report);
const firstDataMs = performance.now() - firstStart;
const dataTimes: number[] = [];
for (let i = 0; i < 11; i++) {
  const start = performance.now();
  model = liveReportModel(report);
  dataTimes.push(performance.now() - start);
}
const doc = reportDocument(model, { status: "draft", submittedAt: null, publishedAt: null, contentHash: null }, "nb");
const pdfTimes: number[] = [];
for (let i = 0; i < 4; i++) {
  const start = performance.now();
  await renderReportPdf(doc);
  pdfTimes.push(performance.now() - start);
}

// E-mail rendering: an invitation and a reminder for each invitee of a gathering of the programme.
const gathering = db
  .select()
  .from(gatherings)
  .where(eq(gatherings.programId, Number(programIdArg)))
  .all()
  .find((g) => g.status === "confirmed")!;
const invited = db.select().from(invitations).where(eq(invitations.gatheringId, gathering.id)).all();
const rows = invited.flatMap(
  (i, n) =>
    (["invitation", "reminder"] as const).map((kind) => ({
      id: -1,
      organisationId: null,
      kind,
      recipientPersonId: i.personId,
      recipientEmail: `p${i.personId}@bench.example.org`,
      locale: n % 5 ? ("nb" as const) : ("en" as const),
      idempotencyKey: `bench:${kind}:${i.id}`,
      payload:
        kind === "invitation"
          ? { gatheringId: gathering.id, invitationId: i.id, sequence: 0 }
          : { gatheringId: gathering.id, invitationId: i.id, daysBefore: 7 },
      status: "queued" as const,
      attempts: 0,
      lastError: null,
      dueAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
      sentAt: null,
      messageId: null,
      createdAt: new Date(),
    })) satisfies EmailRow[],
);
const config = getConfig();
const options = { now: new Date(), appUrl: config.appUrl, mailFrom: config.mailFrom, hideSecrets: false };
for (const row of rows) await renderOutboxMessage(db, row, options); // compile templates, warm up
let rendered = 0;
const started = performance.now();
while (performance.now() - started < 3000) {
  for (const row of rows) await renderOutboxMessage(db, row, options);
  rendered += rows.length;
}
const emailsPerSecond = rendered / ((performance.now() - started) / 1000);

// Roster import through the import page's action, as a coordinator's browser posts it: the upload
// (multipart; decoded, parsed, validated and planned against the organisation's people, answered
// with a preview), then "Save the import", which plans again from the posted text and writes
// every row in one transaction. The programme's organisation gets a 10 000-row roster holding all
// its leaders (a third moved to another unit, a tenth of those in the programme to another cohort)
// and new people, a fifth of them placed in the programme's cohorts, which invites them to its
// upcoming gatherings and queues the invitation e-mails.
const program = db
  .select()
  .from(programs)
  .where(eq(programs.id, Number(programIdArg)))
  .get()!;
const organisationId = program.organisationId;
const cohortNames = db
  .select({ name: cohorts.name })
  .from(cohorts)
  .where(eq(cohorts.programId, program.id))
  .orderBy(asc(cohorts.rolloutOrder))
  .all();
const existing = db
  .select({ name: people.name, email: people.email, unit: units.name, level: leaderLevels.name, cohort: cohorts.name })
  .from(people)
  .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "leader")))
  .leftJoin(units, eq(units.id, people.unitId))
  .leftJoin(leaderLevels, eq(leaderLevels.id, people.leaderLevelId))
  .leftJoin(cohortMemberships, and(eq(cohortMemberships.personId, people.id), isNull(cohortMemberships.leftAt)))
  .leftJoin(cohorts, and(eq(cohorts.id, cohortMemberships.cohortId), eq(cohorts.programId, program.id)))
  .where(eq(people.organisationId, organisationId))
  .orderBy(asc(people.id))
  .all()
  .map((p) => ({ ...p, unit: p.unit ?? "", level: p.level ?? "", cohort: p.cohort ?? "" }));
const rosterOptions = {
  rows: 10_000,
  existing,
  units: db
    .select({ name: units.name })
    .from(units)
    .where(eq(units.organisationId, organisationId))
    .all()
    .map((u) => u.name),
  levels: db
    .select({ name: leaderLevels.name })
    .from(leaderLevels)
    .where(eq(leaderLevels.organisationId, organisationId))
    .orderBy(asc(leaderLevels.position))
    .all()
    .map((l) => l.name),
  cohorts: cohortNames.map((c) => c.name),
  cohortEvery: 5,
};
const roster = rosterFile(rosterOptions);
// The same roster as the Excel workbook most coordinators upload.
const rosterXlsx = await rosterWorkbook(rosterOptions);
// The programme's contact person is its coordinator.
const coordinatorEmail = db.select({ email: people.email }).from(people).where(eq(people.id, program.contactPersonId!)).get()!.email;
const importTimes: { preview: number; commit: number }[] = [];
const xlsxTimes: { preview: number; commit: number }[] = [];
let imported: string | null = null;
// Three imports of each file, each into a fresh copy so that every one creates, moves and invites the same people.
for (let i = 0; i < 6; i++) {
  if (i > 0) await freshCopy();
  const xlsx = i % 2 === 1;
  const cookie = await signInAs(coordinatorEmail);
  const form = new FormData();
  form.set("programId", String(program.id));
  form.set("file", xlsx ? new File([rosterXlsx], "ledere.xlsx") : new File([roster], "ledere.csv", { type: "text/csv" }));
  const start = performance.now();
  const previewed = await callAction(rosterImport.action, "/people/import", form, { cookie });
  const previewDone = performance.now();
  const { preview } = previewed.data;
  const committed = await callAction(
    rosterImport.action,
    "/people/import",
    { intent: "commit", programId: String(program.id), text: preview.text, fileName: preview.fileName },
    { cookie },
  );
  (xlsx ? xlsxTimes : importTimes).push({ preview: previewDone - start, commit: performance.now() - previewDone });
  // A roster that fails validation writes nothing and would be timed far too fast.
  if (previewed.status !== 200 || !preview.ok || committed.status !== 302) {
    throw new Error(`the benchmark roster does not import: ${previewed.status} ${committed.status} ${JSON.stringify(preview.counts)}`);
  }
  imported = committed.location;
}
closeDb();
console.error(`roster import, 10 000 rows: ${imported}`);

console.log(
  JSON.stringify({
    "report data, first in process (ms)": round(firstDataMs),
    "report data, 600 leaders (median ms)": round(median(dataTimes)),
    "report PDF, 600 leaders (median ms)": round(median(pdfTimes.slice(1))),
    "report PDF, first in process (ms)": round(pdfTimes[0]!),
    "e-mails rendered per second": Math.round(emailsPerSecond),
    "roster import, 10 000 rows (ms)": round(median(importTimes.map((t) => t.preview + t.commit))),
    "roster import: upload and preview (median ms)": round(median(importTimes.map((t) => t.preview))),
    "roster import: commit (median ms)": round(median(importTimes.map((t) => t.commit))),
    "roster import from .xlsx, 10 000 rows (ms)": round(median(xlsxTimes.map((t) => t.preview + t.commit))),
    "roster import from .xlsx: upload and preview (median ms)": round(median(xlsxTimes.map((t) => t.preview))),
    "roster import from .xlsx: commit (median ms)": round(median(xlsxTimes.map((t) => t.commit))),
  }),
);
