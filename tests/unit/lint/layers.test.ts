import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.js, tried on code that breaks them: a rule that never fires
// would let the layers drift silently.
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe("the layers, as lint rules", () => {
  it("refuses server code in the domain", async () => {
    expect(await problems("app/domain/example.ts", 'import { getDb } from "../server/db.server";\nexport const x = getDb;\n')).toContain(
      "boundaries/dependencies",
    );
  });

  it("refuses the database schema and server code in components", async () => {
    expect(await problems("app/components/example.ts", 'import { people } from "../../db/schema";\nexport const x = people;\n')).toContain(
      "boundaries/dependencies",
    );
    expect(
      await problems("app/components/example.ts", 'import { getDb } from "../server/db.server";\nexport const x = getDb;\n'),
    ).toContain("boundaries/dependencies");
  });

  it("refuses server code in db/", async () => {
    expect(await problems("db/example.ts", 'import { getDb } from "../app/server/db.server";\nexport const x = getDb;\n')).toContain(
      "boundaries/dependencies",
    );
  });

  it("keeps reflection tables out of every module but those behind reflections.server.ts", async () => {
    const code = 'import { reflectionAnswers } from "../../db/schema";\nexport const x = reflectionAnswers;\n';
    expect(await problems("app/server/home.server.ts", code)).toContain("no-restricted-imports");
    expect(await problems("app/server/reflections.server.ts", code)).toContain("no-restricted-imports");
    const inFolder = 'import { reflectionAnswers } from "../../../db/schema";\nexport const x = reflectionAnswers;\n';
    expect(await problems("app/server/reflections/queries.server.ts", inFolder)).not.toContain("no-restricted-imports");
  });

  it("lets only reflections.server.ts, the one door, reach the reflection modules behind it", async () => {
    const part = (from: string) => `import { getMine } from "${from}";\nexport const x = getMine;\n`;
    expect(await problems("app/server/home.server.ts", part("./reflections/queries.server"))).toContain("no-restricted-imports");
    expect(await problems("app/routes/example.tsx", part("../server/reflections/queries.server"))).toContain("no-restricted-imports");
    expect(await problems("tests/example.test.ts", part("../app/server/reflections/queries.server"))).toContain("no-restricted-imports");
    expect(await problems("app/server/reflections.server.ts", part("./reflections/queries.server"))).toEqual([]);
    expect(await problems("app/server/reflections/commands.server.ts", part("./queries.server"))).toEqual([]);
    expect(await problems("app/server/home.server.ts", part("./reflections.server"))).toEqual([]);
  });

  it("lets a route use the server and the domain", async () => {
    const code =
      'import { getDb } from "../server/db.server";\nimport { dayMs } from "../domain/time";\nexport const x = [getDb, dayMs];\n';
    expect(await problems("app/routes/example.tsx", code)).toEqual([]);
  });
});
