// The revisions conditional GET relies on (app/server/conditional-get.server.ts): every table a page can
// show raises them on every write, so a page's ETag can never outlive what it shows.
import { describe, expect, it } from "vitest";
import { dataRevision } from "../../../app/server/conditional-get.server";
import { getDb } from "../../../app/server/db.server";
import { untracked } from "../../../db/revision-triggers";
import { fjellby } from "../../helpers/reflections";

const client = () => getDb().$client;
const all = <T>(sql: string, ...params: unknown[]) =>
  client()
    .prepare(sql)
    .all(...params) as T[];
const revisionOf = (scope: string) =>
  (client().prepare("select revision from data_revisions where scope = ?").get(scope) as { revision: number } | undefined)?.revision ?? 0;

describe("data revisions", () => {
  it("are raised by triggers on every table but the few no page shows", () => {
    const tables = all<{ name: string }>(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
    ).map((t) => t.name);
    const triggers = new Set(all<{ name: string }>("select name from sqlite_master where type = 'trigger'").map((t) => t.name));
    const missing = tables
      .filter((table) => !(untracked as readonly string[]).includes(table))
      .filter((table) => ["insert", "update", "delete"].some((event) => !triggers.has(`${table}_data_revision_${event}`)));
    // A new table: add it to db/revision-triggers.ts and its printed triggers to the table's migration.
    expect(missing).toEqual([]);
    expect(untracked.filter((table) => !tables.includes(table))).toEqual([]);
  });

  it("raise the programme a row belongs to, through its parents, and `shared` for everything else", () => {
    const program = fjellby();
    const scope = `program:${program.id}`;
    const before = { program: revisionOf(scope), shared: revisionOf("shared"), sum: dataRevision({ programId: program.id }) };
    // An invitation hangs off a gathering of the programme.
    const invitation = client()
      .prepare("select i.id from invitations i join gatherings g on g.id = i.gathering_id where g.program_id = ? order by i.id limit 1")
      .get(program.id) as { id: number };
    client().prepare("update invitations set rsvp = rsvp where id = ?").run(invitation.id);
    expect(revisionOf(scope)).toBe(before.program + 1);
    expect(revisionOf("shared")).toBe(before.shared);

    client().prepare("update organisations set name = name where id = ?").run(program.organisationId);
    expect(revisionOf("shared")).toBe(before.shared + 1);
    expect(dataRevision({ programId: program.id })).toBe(before.sum + 2);

    // Another programme's write leaves this one's pages alone, but not the national view.
    const other = client().prepare("select id from programs where id <> ? order by id limit 1").get(program.id) as { id: number };
    const national = dataRevision("national");
    client().prepare("update programs set title = title where id = ?").run(other.id);
    expect(dataRevision({ programId: program.id })).toBe(before.sum + 2);
    expect(dataRevision("national")).toBe(national + 1);
  });

  it("raise both programmes when a row moves from one to another", () => {
    const line = client().prepare("select id, program_id as programId from budget_lines order by id limit 1").get() as {
      id: number;
      programId: number;
    };
    const a = { id: line.programId };
    const b = client().prepare("select id from programs where id <> ? order by id limit 1").get(a.id) as { id: number };
    const before = [revisionOf(`program:${a.id}`), revisionOf(`program:${b.id}`)];
    client().prepare("update budget_lines set program_id = ? where id = ?").run(b.id, line.id);
    expect([revisionOf(`program:${a.id}`), revisionOf(`program:${b.id}`)]).toEqual([before[0]! + 1, before[1]! + 1]);
    client().prepare("update budget_lines set program_id = ? where id = ?").run(a.id, line.id);
  });
});
