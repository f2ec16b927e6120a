import { describe, expect, it } from "vitest";
import { getDb } from "../../../app/server/db.server";
import { cachedByRevision } from "../../../app/server/revision-cache.server";
import { fjellby } from "../../helpers/reflections";

const run = (sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .run(...params);

describe("cachedByRevision", () => {
  it("computes once while its revisions stand, again after a write to any of them, and never for another key", () => {
    const program = fjellby();
    const scopes = [`program:${program.id}`, "shared"];
    let computed = 0;
    const get = (key = "test:a") => cachedByRevision(key, scopes, () => ++computed);
    expect([get(), get()]).toEqual([1, 1]);

    run("update programs set title = title where id = ?", program.id);
    expect([get(), get()]).toEqual([2, 2]);
    run("update organisations set name = name where id = ?", program.organisationId);
    expect(get()).toBe(3);

    // Another programme's write leaves it be; another key computes its own.
    run("update programs set title = title where id <> ? and id = (select min(id) from programs where id <> ?)", program.id, program.id);
    expect(get()).toBe(3);
    expect(get("test:b")).toBe(4);
  });
});
