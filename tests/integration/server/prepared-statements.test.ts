import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "../../../db/schema";
import { closeDb, getDb, openDatabase, preparedPerConnection, type Db } from "../../../app/server/db.server";

describe("statements prepared once per connection", () => {
  it("are built on a connection's first use, reused after, and built anew for another connection", () => {
    let built = 0;
    const personName = preparedPerConnection((db: Db) => {
      built++;
      return db
        .select({ name: people.name })
        .from(people)
        .where(eq(people.id, sql.placeholder("id")))
        .prepare();
    });
    const db = getDb();
    const someone = db.select({ id: people.id, name: people.name }).from(people).limit(1).get()!;
    expect(personName(db).get({ id: someone.id })).toEqual({ name: someone.name });
    expect(personName(db)).toBe(personName(db));
    expect(built).toBe(1);

    const other = openDatabase(process.env.DATABASE_PATH!);
    try {
      expect(personName(other)).not.toBe(personName(db));
      expect(personName(other).get({ id: someone.id })).toEqual({ name: someone.name });
      expect(built).toBe(2);
    } finally {
      other.$client.close();
    }
  });

  it("do not outlive their connection: a reopened database prepares again", () => {
    let built = 0;
    const count = preparedPerConnection((db: Db) => {
      built++;
      return db
        .select({ n: sql<number>`count(*)` })
        .from(people)
        .prepare();
    });
    const first = getDb();
    expect(count(first).get()!.n).toBeGreaterThan(0);
    closeDb();
    const reopened = getDb();
    expect(reopened).not.toBe(first);
    expect(count(reopened).get()!.n).toBeGreaterThan(0);
    expect(built).toBe(2);
  });
});

describe("the database's statistics", () => {
  it("are never gathered: with STAT4 samples, better-sqlite3's SQLite compiles a statement again on every run", () => {
    const tables = getDb().$client.prepare("select name from sqlite_master where name like 'sqlite_stat%'").all();
    expect(tables).toEqual([]);
  });
});
