import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const privateTables = ["reflections", "reflectionAnswers", "reflectionQuotes"];
/** The modules that read and write them, reached by the rest of the app only through reflections.server.ts. */
const owners = "app/server/reflections/";
const door = "app/server/reflections.server.ts";
/** The demo seeds write the demo's reflections like everything else in the demo; they serve no request. */
const seeds = ["app/server/demo-seed.server.ts", "app/server/demo-seed-directorate.server.ts"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Names a file imports from db/schema. */
function schemaImports(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+["'][./]*(?:\.\.\/)*db\/schema["']/g)) {
    names.push(
      ...match[1]!.split(",").map(
        (n) =>
          n
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)[0]!,
      ),
    );
  }
  if (/import\s+\*\s+as\s+\w+\s+from\s+["'][./]*db\/schema["']/.test(source)) names.push("*");
  return names;
}

/** Other ways to reach the tables: drizzle's relational API through getDb().query, or raw SQL. */
const indirect =
  /\.query\.reflection(s|Answers|Quotes)\b|\b(from|join|into|update)\s+["'`]?reflection_(answers|quotes)\b|\b(from|join|into|update)\s+["'`]?reflections\b/i;

describe("privacy by design", () => {
  it("keeps every read and write of reflections, answers and quotes behind one server module", () => {
    const offenders = sources("app")
      .filter((file) => !file.startsWith(owners) && !seeds.includes(file))
      .filter((file) => {
        const source = readFileSync(file, "utf8");
        // db.server.ts imports the whole schema to open the connection; it reads nothing itself.
        const names = schemaImports(source).filter((n) => !(n === "*" && file === "app/server/db.server.ts"));
        return names.some((name) => name === "*" || privateTables.includes(name)) || indirect.test(source);
      });
    expect(offenders).toEqual([]);
    const ownerImports = sources(owners).flatMap((file) => schemaImports(readFileSync(file, "utf8")));
    expect(ownerImports).toEqual(expect.arrayContaining(privateTables));
  });

  it("has every other module go through the one door, reflections.server.ts", () => {
    const behindTheDoor = /from\s+["'][./]*(?:server\/)?reflections\//;
    const offenders = sources("app")
      .filter((file) => !file.startsWith(owners) && file !== door)
      .filter((file) => behindTheDoor.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
    expect(behindTheDoor.test(readFileSync(door, "utf8"))).toBe(true);
  });

  it("would notice a route reaching the tables another way", () => {
    expect(indirect.test("getDb().query.reflections.findMany()")).toBe(true);
    expect(indirect.test("db.prepare('select * from reflections where id = ?')")).toBe(true);
    expect(indirect.test("sql`select text from reflection_quotes`")).toBe(true);
    expect(indirect.test("import { reflectionLinks } from '../../db/schema'")).toBe(false);
  });
});
