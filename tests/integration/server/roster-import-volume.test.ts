import { and, count, eq, isNull, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cohortMemberships, cohorts, emailMessages, invitations, organisations, people, programs, units } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { commitImport } from "../../../app/server/roster-import.server";

/**
 * Prints wall-clock and CPU time of the run (CPU time is what this process used, which matters when
 * other work shares the machine).
 */
function timed<T>(label: string, run: () => T): T {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  console.log(
    `roster import, ${label}: ${(performance.now() - wall).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
  );
  return result;
}

/** The import must take 10 000 rows in well under two seconds; the figure is printed, not asserted. */
describe("roster import volume", () => {
  it("writes 10 000 rows, with cohort placement and invitations, in one transaction", () => {
    const db = getDb();
    const org = db.select().from(organisations).where(eq(organisations.name, "Fjellby politidistrikt")).get()!;
    const program = db.select().from(programs).where(eq(programs.organisationId, org.id)).get()!;
    const cohort = db.select().from(cohorts).where(eq(cohorts.name, "Kull 3 – førstelinjeledere")).get()!;
    const coordinator = db.select().from(people).where(eq(people.email, "coordinator@example.org")).get()!;
    const lines = ["Navn;E-post;Enhet;Ledernivå;Kull;Roller"];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`Åse Ærlig Øvrebø ${i};ase.${i}@volum.example.org;Nord driftsenhet;Førstelinjeledere;${cohort.name};leder`);
    }
    const text = lines.join("\r\n");

    const outcome = timed("10 000 new rows", () => commitImport(org.id, program.id, text, coordinator.id));

    expect(outcome.ok && outcome.result).toMatchObject({ created: 10_000, placed: 10_000 });
    const invited = outcome.ok ? outcome.result.invited : 0;
    expect(invited).toBe(10_000); // one confirmed upcoming gathering for Kull 3
    const inCohort = db
      .select({ n: count() })
      .from(cohortMemberships)
      .where(and(eq(cohortMemberships.cohortId, cohort.id), isNull(cohortMemberships.leftAt)))
      .get()!.n;
    expect(inCohort).toBe(10_000 + 20);
    expect(db.select({ n: count() }).from(emailMessages).where(eq(emailMessages.kind, "invitation")).get()!.n).toBeGreaterThanOrEqual(
      10_000,
    );
    expect(db.select({ n: count() }).from(invitations).where(eq(invitations.cohortId, cohort.id)).get()!.n).toBeGreaterThanOrEqual(10_000);
    expect(db.select({ n: count() }).from(people).where(eq(people.organisationId, org.id)).get()!.n).toBeGreaterThan(10_000);

    // The same 10 000 again, now in another unit: every row is an update.
    const update = timed("10 000 updates", () =>
      commitImport(org.id, program.id, text.replaceAll(";Nord driftsenhet;", ";Sør driftsenhet;"), coordinator.id),
    );
    expect(update.ok && update.result).toMatchObject({ created: 0, updated: 10_000, placed: 0, invited: 0 });
    const south = db.select().from(units).where(eq(units.name, "Sør driftsenhet")).get()!;
    const moved = db
      .select({ n: count() })
      .from(people)
      .where(and(eq(people.unitId, south.id), like(people.email, "%@volum.example.org")))
      .get()!.n;
    expect(moved).toBe(10_000);
  });
});
