/**
 * The triggers that keep `data_revisions` (db/schema.ts) in step with every table a page can show:
 * a write to a programme's row raises `program:<id>`, any other write raises `shared`. The SQL is in
 * the migration `data-revisions`; for a new table, add it below and print its triggers into the new
 * table's migration with `npx tsx db/revision-triggers.ts <table>`. tests/integration/server/data-revisions.test.ts
 * fails on a table that has neither triggers nor a place in `untracked`. Every trigger does nothing while
 * `revision_pause` holds its row (a bulk write raises its scopes once instead: `withRevisionsPaused`);
 * `--replace` prints the DROPs before the CREATEs, for a migration that changes the triggers' shape.
 */
import { pathToFileURL } from "node:url";

/** Tables no conditional page shows (sign-in machinery, the outbox, the audit log): no triggers. */
export const untracked = [
  "account_tokens",
  "audit_events",
  "data_revisions",
  "email_messages",
  "mailbox_messages",
  "notification_preferences",
  "rate_limits",
  "reflection_links",
  "revision_pause",
  "sessions",
] as const;

/** Tables without a `program_id`, reached through the row they belong to: [column, parent table]. */
const parents: Record<string, [string, string]> = {
  agenda_items: ["gathering_id", "gatherings"],
  attendance_days: ["invitation_id", "invitations"],
  cohort_memberships: ["cohort_id", "cohorts"],
  comment_answers: ["comment_id", "comments"],
  comments: ["consultation_id", "consultations"],
  consultation_invitees: ["consultation_id", "consultations"],
  consultations: ["version_id", "direction_versions"],
  direction_sections: ["version_id", "direction_versions"],
  direction_versions: ["document_id", "direction_documents"],
  expenses: ["budget_line_id", "budget_lines"],
  gathering_cohorts: ["gathering_id", "gatherings"],
  gathering_extra_invitees: ["gathering_id", "gatherings"],
  gathering_facilitators: ["gathering_id", "gatherings"],
  gathering_feedback: ["gathering_id", "gatherings"],
  gathering_feedback_respondents: ["gathering_id", "gatherings"],
  gathering_materials: ["gathering_id", "gatherings"],
  invitations: ["gathering_id", "gatherings"],
  participation_mode_changes: ["participation_id", "union_participations"],
  program_goal_focus_areas: ["goal_id", "program_goals"],
  reflection_answers: ["reflection_id", "reflections"],
  reflection_quotes: ["reflection_id", "reflections"],
  union_gathering_choices: ["gathering_id", "gatherings"],
};

/** Tables with their own `program_id` column (the programme itself: its `id`). */
const programTables = new Set([
  "budget_lines",
  "cohorts",
  "collaborating_organisations",
  "direction_documents",
  "dissemination_activities",
  "external_partners",
  "final_reports",
  "gatherings",
  "grants",
  "program_goals",
  "program_members",
  "program_status_changes",
  "reflection_prompts",
  "reflections",
  "report_requests",
  "union_participations",
]);

/** SQL for the programme id of the row `row` (`NEW`, `OLD` or an alias) of `table`; null when it has none. */
function programIdOf(table: string, row: string, depth = 0): string | null {
  if (table === "programs") return `${row}.\`id\``;
  if (programTables.has(table)) return `${row}.\`program_id\``;
  const parent = parents[table];
  if (!parent) return null;
  const [column, parentTable] = parent;
  const alias = `p${depth}`;
  return `(SELECT ${programIdOf(parentTable, alias, depth + 1)} FROM \`${parentTable}\` ${alias} WHERE ${alias}.\`id\` = ${row}.\`${column}\`)`;
}

/** The scope a row of `table` raises: its programme's, or `shared` (also when the programme row is gone). */
function scopeOf(table: string, row: "NEW" | "OLD"): string {
  const programId = programIdOf(table, row);
  return programId ? `coalesce('program:' || ${programId}, 'shared')` : `'shared'`;
}

/**
 * The upsert that raises the scope `scope` (an SQL expression) by one where `where` holds: the body of
 * every trigger, and what `withRevisionsPaused` runs once per scope after a paused bulk write.
 */
export const raiseRevision = (scope: string, where = "true") =>
  `INSERT INTO \`data_revisions\` (\`scope\`, \`revision\`) SELECT ${scope}, 1 WHERE ${where} ON CONFLICT (\`scope\`) DO UPDATE SET \`revision\` = \`revision\` + 1`;

const bump = (scope: string, where?: string) => `  ${raiseRevision(scope, where)};`;

/** The triggers' condition: not while a bulk write has paused them (cheap: a look into an empty table). */
const unlessPaused = "WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`)";

/** The column whose change moves a row to another programme (none for `shared` rows). */
function scopeColumn(table: string): string | null {
  if (table === "programs") return "id";
  if (programTables.has(table)) return "program_id";
  return parents[table]?.[0] ?? null;
}

/** The three triggers of one table, as statements of a drizzle migration. */
export function revisionTriggers(table: string): string {
  const name = (event: string) => `\`${table}_data_revision_${event}\``;
  const column = scopeColumn(table);
  // An update that moves the row to another programme raises the old programme too.
  const moved = column ? `\n${bump(scopeOf(table, "OLD"), `OLD.\`${column}\` IS NOT NEW.\`${column}\``)}` : "";
  const on = (event: string) => `CREATE TRIGGER ${name(event.toLowerCase())} AFTER ${event} ON \`${table}\` ${unlessPaused} BEGIN`;
  return [
    `${on("INSERT")}\n${bump(scopeOf(table, "NEW"))}\nEND;`,
    `${on("UPDATE")}\n${bump(scopeOf(table, "NEW"))}${moved}\nEND;`,
    `${on("DELETE")}\n${bump(scopeOf(table, "OLD"))}\nEND;`,
  ].join("\n--> statement-breakpoint\n");
}

/** DROPs of the three triggers of one table, before a migration creates them anew. */
const dropRevisionTriggers = (table: string) =>
  ["insert", "update", "delete"].map((event) => `DROP TRIGGER \`${table}_data_revision_${event}\`;`).join("\n--> statement-breakpoint\n");

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const replace = process.argv[2] === "--replace";
  const tables = process.argv.slice(replace ? 3 : 2);
  const statements = [...(replace ? tables.map(dropRevisionTriggers) : []), ...tables.map(revisionTriggers)];
  console.log(statements.join("\n--> statement-breakpoint\n"));
}
