// `npm run worker`: sends the e-mail outbox from a process of its own (run the server with
// EMAIL_DISPATCHER=off then, or not: leases keep two senders from sending a message twice).
// `npm run worker -- --once` sends what is due now and exits, e.g. from cron.
import { randomUUID } from "node:crypto";
import { ConfigError, getConfig } from "./config.server";
import { closeDb, getDb } from "./db.server";
import { dispatchAllDue, startDispatcher } from "./email/dispatcher.server";
import { scheduleReflectionReminders } from "./email/reflection-reminders.server";
import { scheduleReminders } from "./email/reminders.server";
import { scheduleConsultationReminders } from "./consultation-notices.server";
import { scheduleWeeklyDigests } from "./email/digest.server";
import { transportFor } from "./email/transport.server";

let config;
try {
  config = getConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const db = getDb();
const transport = transportFor(config);
const destination = config.smtpUrl ? "through SMTP" : "to the local mailbox";

if (process.argv.includes("--once")) {
  const reminders = scheduleReminders(db) + scheduleReflectionReminders(db) + scheduleConsultationReminders(db) + scheduleWeeklyDigests(db);
  const report = await dispatchAllDue({ transport, owner: randomUUID() });
  transport.close();
  closeDb();
  console.log(
    `Queued ${reminders} reminders and digests; sent ${report.sent} e-mails ${destination}, ${report.retried} to retry, ${report.failed} failed.`,
  );
} else {
  const dispatcher = startDispatcher({ transport });
  console.log(`E-mail worker ${dispatcher.owner} is sending ${destination} (database ${config.databasePath})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      await dispatcher.stop();
      closeDb();
      process.exit(0);
    });
  }
}
