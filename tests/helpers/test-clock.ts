/**
 * The instant every test run starts its clock at: a Tuesday morning in Oslo, fixed so that no test
 * depends on the day or the hour it runs. `SAMLING_NOW=… npm test` runs the suite at another date
 * (CI does, on a DST change day and on 29 February).
 */
export const testNow = process.env.SAMLING_NOW || "2027-01-12T08:00:00Z";

/** Sets the clock's start for this process and the processes it starts (before the app is imported). */
export function useTestClock(): string {
  process.env.SAMLING_NOW = testNow;
  return testNow;
}
