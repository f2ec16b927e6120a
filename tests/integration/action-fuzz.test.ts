/**
 * Property-based fuzzing of every route action (tests/helpers/action-fuzz.ts). A short run in
 * `npm test`; `npm run fuzz` sets FUZZ_RUNS to at least 10 000 submissions.
 */
import { describe, expect, it } from "vitest";
import { fuzzActions } from "../helpers/action-fuzz";

const modules = import.meta.glob("../../app/routes/*.{ts,tsx}", { eager: true });
const sources = import.meta.glob<string>("../../app/routes/*.{ts,tsx}", { eager: true, query: "?raw", import: "default" });

describe("route actions under hostile submissions", () => {
  it("never answer 5xx or throw, never half-write, and explain every 400", { timeout: 3_600_000 }, async () => {
    const report = await fuzzActions(modules, sources, Number(process.env.FUZZ_RUNS ?? 300));
    console.log(
      `Fuzzed ${report.submissions} submissions to ${report.routes} route actions (seed ${report.seed}, answers ${JSON.stringify(report.statuses)}); ${report.failures.length} failures` +
        report.failures.map((f) => `\n  ${f}`).join(""),
    );
    expect(report.failures).toEqual([]);
  });
});
