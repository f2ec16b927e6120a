/**
 * How long the final report takes for a programme of 600 leaders: the figures (every query plus the
 * domain computation) and the PDF. Prints the timings; asserts nothing.
 *
 *   npx tsx tests/bench/report-timing.ts [leaders]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { reportDocument } from "../../app/components/report-document";
import { closeDb, getDb } from "../../app/server/db.server";
import { renderReportPdf } from "../../app/server/report-pdf.server";
import { liveReportModel } from "../../app/server/report.server";
import { finalReports, gatherings, invitations } from "../../db/schema";
import { createLargeProgram } from "../helpers/large-program";

const leaders = Number(process.argv[2] ?? 600);
const dir = mkdtempSync(path.join(tmpdir(), "samling-bench-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-0";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

try {
  const db = getDb();
  const { programId } = createLargeProgram(db, { leaders });
  const report = db.insert(finalReports).values({ programId }).returning().get();
  const invited = db
    .select({ n: count() })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(eq(gatherings.programId, programId))
    .get()!.n;
  console.log(`Programme of ${leaders} leaders, ${invited} invitations with attendance taken`);

  const figureTimes: number[] = [];
  let model = liveReportModel(report);
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    model = liveReportModel(report);
    figureTimes.push(performance.now() - start);
  }
  const first = figureTimes.shift()!;
  console.log(
    `Report data (queries + figures): first ${ms(first)}, median ${ms(median(figureTimes))}, max ${ms(Math.max(...figureTimes))} (20 runs)`,
  );

  const doc = reportDocument(model, { status: "draft", submittedAt: null, publishedAt: null, contentHash: null }, "nb");
  const pdfTimes: number[] = [];
  let size = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    size = (await renderReportPdf(doc)).length;
    pdfTimes.push(performance.now() - start);
  }
  const cold = pdfTimes.shift()!;
  console.log(
    `PDF (${(size / 1024).toFixed(0)} KiB): first in this process ${ms(cold)}, median ${ms(median(pdfTimes))}, max ${ms(Math.max(...pdfTimes))} (5 runs)`,
  );
} finally {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
}
