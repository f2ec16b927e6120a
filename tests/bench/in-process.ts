/**
 * Measurements that are not HTTP: the final report of the 600-leader programme (data and PDF) and
 * e-mail rendering, run in a child process against the benchmark database. Prints JSON on stdout.
 *
 *   npx tsx tests/bench/in-process.ts <database> <programId> <reportId>
 */
import { eq } from "drizzle-orm";

const [databasePath, programIdArg, reportIdArg] = process.argv.slice(2);
process.env.DATABASE_PATH = databasePath;
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
process.env.EMAIL_DISPATCHER = "off";

const { emailMessages, finalReports, gatherings, invitations } = await import("../../db/schema");
const { getConfig } = await import("../../app/server/config.server");
const { closeDb, getDb } = await import("../../app/server/db.server");
const { reportDocument } = await import("../../app/components/report-document");
const { renderReportPdf } = await import("../../app/server/report-pdf.server");
const { liveReportModel } = await import("../../app/server/report.server");
const { renderOutboxMessage } = await import("../../app/server/email/render.server");

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

const db = getDb();
const report = db.select().from(finalReports).where(eq(finalReports.id, Number(reportIdArg))).get()!;

const dataTimes: number[] = [];
let model = liveReportModel(report);
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
const rows = invited.flatMap((i, n) =>
  (["invitation", "reminder"] as const).map((kind) => ({
    id: -1,
    organisationId: null,
    kind,
    recipientPersonId: i.personId,
    recipientEmail: `p${i.personId}@bench.example.org`,
    locale: n % 5 ? ("nb" as const) : ("en" as const),
    idempotencyKey: `bench:${kind}:${i.id}`,
    payload: kind === "invitation" ? { gatheringId: gathering.id, invitationId: i.id, sequence: 0 } : { gatheringId: gathering.id, invitationId: i.id, daysBefore: 7 },
    status: "queued" as const,
    attempts: 0,
    lastError: null,
    dueAt: new Date(),
    leaseOwner: null,
    leaseUntil: null,
    sentAt: null,
    messageId: null,
    createdAt: new Date(),
  })) satisfies (typeof emailMessages.$inferSelect)[],
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
closeDb();

console.log(
  JSON.stringify({
    "report data, 600 leaders (median ms)": round(median(dataTimes.slice(1))),
    "report PDF, 600 leaders (median ms)": round(median(pdfTimes.slice(1))),
    "report PDF, first in process (ms)": round(pdfTimes[0]!),
    "e-mails rendered per second": Math.round(emailsPerSecond),
  }),
);
