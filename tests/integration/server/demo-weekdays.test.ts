import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { migrateDatabase, openDatabase } from "../../../app/server/db.server";
import { seedDemo } from "../../../app/server/demo-seed.server";

const osloWeekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "Europe/Oslo" });

describe("the demo's gatherings", () => {
  // A week of start days: whatever day the demo is seeded, no gathering day is a Saturday or Sunday.
  it.each([0, 1, 2, 3, 4, 5, 6])("fall on weekdays when seeded %i days after the test clock", async (offset) => {
    const dir = mkdtempSync(path.join(tmpdir(), "samling-weekdays-"));
    try {
      const db = openDatabase(path.join(dir, "demo.db"));
      migrateDatabase(db);
      await seedDemo(db, new Date(clock.nowMs() + offset * dayMs));
      const rows = db.$client.prepare("select starts_at as startsAt, ends_at as endsAt from gatherings").all() as {
        startsAt: number;
        endsAt: number;
      }[];
      db.$client.close();
      expect(rows.length).toBeGreaterThan(0);
      const days = rows.flatMap((r) => [r.startsAt, r.endsAt].map((ms) => osloWeekday.format(ms)));
      expect(days.filter((day) => day === "Sat" || day === "Sun")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
