// The revisions conditional GET relies on (app/server/conditional-get.server.ts): every table a page can
// show raises them on every write, so a page's ETag can never outlive what it shows.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import * as rosterImport from "../../../app/routes/people.import";
import { dataRevision, withRevisionsPaused } from "../../../app/server/conditional-get.server";
import { getDb } from "../../../app/server/db.server";
import { untracked } from "../../../db/revision-triggers";
import { fjellby } from "../../helpers/reflections";
import { callAction, signInAs } from "../../helpers/routes";

const client = () => getDb().$client;
const all = <T>(sql: string, ...params: unknown[]) =>
  client()
    .prepare(sql)
    .all(...params) as T[];
const revisionOf = (scope: string) =>
  (client().prepare("select revision from data_revisions where scope = ?").get(scope) as { revision: number } | undefined)?.revision ?? 0;
const allRevisions = (): Record<string, number> =>
  Object.fromEntries(
    all<{ scope: string; revision: number }>("select scope, revision from data_revisions").map((r) => [r.scope, r.revision]),
  );
const pauseRows = () => all("select * from revision_pause").length;

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
    // Each does nothing while a bulk write has paused them (withRevisionsPaused).
    const unpausable = all<{ name: string; sql: string }>(
      "select name, sql from sqlite_master where type = 'trigger' and name like '%_data_revision_%'",
    )
      .filter((t) => !t.sql.includes("WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN"))
      .map((t) => t.name);
    expect(unpausable).toEqual([]);
    expect(pauseRows()).toBe(0);
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

  it("raise a cohort's programme for its memberships, not `shared`", () => {
    const membership = client()
      .prepare(
        "select m.id, c.program_id as programId from cohort_memberships m join cohorts c on c.id = m.cohort_id order by m.id limit 1",
      )
      .get() as { id: number; programId: number };
    const before = { program: revisionOf(`program:${membership.programId}`), shared: revisionOf("shared") };
    client().prepare("update cohort_memberships set left_at = left_at where id = ?").run(membership.id);
    expect({ program: revisionOf(`program:${membership.programId}`), shared: revisionOf("shared") }).toEqual({
      program: before.program + 1,
      shared: before.shared,
    });
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

describe("a bulk write with the revisions paused", () => {
  it("the roster import raises its programme and `shared` once each, and no other scope", async () => {
    const program = fjellby();
    const cookie = await signInAs("coordinator@example.org");
    const roster = [
      "Navn;E-post;Enhet;Ledernivå;Kull;Roller",
      "Pia Pause;pia.pause@revision.example.org;Nord driftsenhet;Førstelinjeledere;Kull 3 – førstelinjeledere;leder",
      "Per Pause;per.pause@revision.example.org;Sør driftsenhet;Førstelinjeledere;Kull 3 – førstelinjeledere;leder",
      "Lars Øverby;leader@example.org;Stab;;;",
    ].join("\n");
    const form = new FormData();
    form.set("intent", "preview");
    form.set("programId", String(program.id));
    form.set("file", new File([roster], "ledere.csv", { type: "text/csv" }));
    const { preview } = (await callAction(rosterImport.action, "/people/import", form, { cookie })).data;
    expect(preview.ok).toBe(true);
    const before = allRevisions();
    const sums = { program: dataRevision({ programId: program.id }), national: dataRevision("national") };
    const invitationsBefore = all<{ id: number }>("select id from invitations order by id desc limit 1")[0]?.id ?? 0;

    const committed = await callAction(
      rosterImport.action,
      "/people/import",
      { intent: "commit", programId: String(program.id), text: preview.text, fileName: preview.fileName },
      { cookie },
    );
    expect(committed.status).toBe(302);
    // It wrote people, roles and memberships (`shared`) and invitations to the programme's gatherings —
    // the rows whose triggers would have raised exactly these two scopes, once per row.
    const invitedTo = all<{ programId: number }>(
      "select distinct g.program_id as programId from invitations i join gatherings g on g.id = i.gathering_id where i.id > ?",
      invitationsBefore,
    );
    expect(invitedTo).toEqual([{ programId: program.id }]);
    const after = allRevisions();
    const changed = Object.keys(after).filter((scope) => after[scope] !== before[scope]);
    expect(changed.sort()).toEqual([`program:${program.id}`, "shared"].sort());
    expect(after[`program:${program.id}`]).toBe((before[`program:${program.id}`] ?? 0) + 1);
    expect(after.shared).toBe((before.shared ?? 0) + 1);
    expect(dataRevision({ programId: program.id })).toBe(sums.program + 2);
    expect(dataRevision("national")).toBe(sums.national + 2);
    expect(pauseRows()).toBe(0);

    // The triggers are back: the next single write raises as before.
    client().prepare("update people set name = name where email = ?").run("pia.pause@revision.example.org");
    expect(revisionOf("shared")).toBe(after.shared! + 1);
  });

  it("leave no pause and raise nothing when the write fails", () => {
    const program = fjellby();
    const before = allRevisions();
    expect(() =>
      getDb().transaction((tx) =>
        withRevisionsPaused(tx, [program.id], () => {
          client().prepare("update programs set title = 'Kastet' where id = ?").run(program.id);
          throw new Error("the write fails halfway");
        }),
      ),
    ).toThrow("the write fails halfway");
    expect(pauseRows()).toBe(0);
    expect(allRevisions()).toEqual(before);
    expect(fjellby().title).not.toBe("Kastet");
  });

  it("never show the pause to another connection, nor let one write under it", () => {
    const program = fjellby();
    const reader = new Database(process.env.DATABASE_PATH!, { readonly: true });
    // Without a busy timeout: a write that would wait for the lock fails at once instead.
    const writer = new Database(process.env.DATABASE_PATH!, { timeout: 0 });
    try {
      const seen = () => (reader.prepare("select count(*) as n from revision_pause").get() as { n: number }).n;
      const readerRevision = () => (reader.prepare("select coalesce(sum(revision), 0) as n from data_revisions").get() as { n: number }).n;
      const national = dataRevision("national");
      const inside = getDb().transaction((tx) =>
        withRevisionsPaused(tx, [program.id], () => {
          client().prepare("update programs set title = title where id = ?").run(program.id);
          // better-sqlite3 is synchronous: the other connections run while the transaction is open.
          let secondWriter = "wrote";
          try {
            writer.prepare("update organisations set name = name where id = ?").run(program.organisationId);
          } catch (error) {
            secondWriter = (error as { code?: string }).code ?? String(error);
          }
          return {
            here: pauseRows(),
            there: seen(),
            revisionHere: dataRevision("national"),
            revisionThere: readerRevision(),
            secondWriter,
          };
        }),
      );
      // Paused here, so the update raised nothing; the reader saw neither the pause nor a raise, and the
      // second writer waits for the lock (transactions begin IMMEDIATE), so its triggers never meet the pause.
      expect(inside).toEqual({ here: 1, there: 0, revisionHere: national, revisionThere: national, secondWriter: "SQLITE_BUSY" });
      expect(seen()).toBe(0);
      expect(readerRevision()).toBe(national + 2);
      writer.prepare("update organisations set name = name where id = ?").run(program.organisationId);
      expect(readerRevision()).toBe(national + 3);
    } finally {
      reader.close();
      writer.close();
    }
  });

  it("nest: the inner call raises its own scopes, the outer lifts the pause", () => {
    const [a, b] = all<{ id: number }>("select id from programs order by id limit 2");
    const before = allRevisions();
    getDb().transaction((tx) =>
      withRevisionsPaused(tx, [a!.id], () => {
        withRevisionsPaused(tx, [b!.id], () => undefined);
        expect(pauseRows()).toBe(1);
      }),
    );
    expect(pauseRows()).toBe(0);
    expect(revisionOf(`program:${a!.id}`)).toBe((before[`program:${a!.id}`] ?? 0) + 1);
    expect(revisionOf(`program:${b!.id}`)).toBe((before[`program:${b!.id}`] ?? 0) + 1);
    expect(revisionOf("shared")).toBe((before.shared ?? 0) + 2);
  });
});
