import { describe, it } from "vitest";
import { getDb } from "../../../app/server/db.server";
import { scheduleConsultationReminders } from "../../../app/server/consultation-notices.server";
import { scheduleWeeklyDigests } from "../../../app/server/email/digest.server";
import { scheduleReflectionReminders } from "../../../app/server/email/reflection-reminders.server";
import { scheduleReminders } from "../../../app/server/email/reminders.server";
import { expectIndexed, recordQueries } from "../../helpers/query-plans";

// The dispatcher runs these every minute inside the server process, between requests: a table scan
// there (20 ms over the national outbox's 200 000 messages) holds every request waiting behind it.
describe("the minute's e-mail scheduling", () => {
  it("reads no whole table but the cohorts", async () => {
    const db = getDb();
    const queries = await recordQueries(() => {
      scheduleReminders(db);
      scheduleReflectionReminders(db);
      scheduleConsultationReminders(db);
      scheduleWeeklyDigests(db);
    });
    // Which cohorts are asked this week is a date from the cohort and its programme, which no index
    // serves; cohorts are a few per programme, and their members are then found by index.
    expectIndexed(queries, { scanned: ["cohorts"] });
  });
});
