import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { programs } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { parseId, requireProgramAccess, requireRole, requireUser } from "../../../app/server/guards.server";
import { signInAs } from "../../helpers/routes";

const request = (path: string, cookie?: string) =>
  new Request(`http://localhost:3000${path}`, { headers: cookie ? { Cookie: cookie } : {} });

async function statusOf(run: () => Promise<unknown>) {
  try {
    await run();
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

const programOf = (title: string) => getDb().select().from(programs).where(eq(programs.title, title)).get()!;

describe("guards", () => {
  it("requireUser redirects visitors to login with the way back", async () => {
    try {
      await requireUser(request("/programs/3?tab=budget"));
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fprograms%2F3%3Ftab%3Dbudget");
    }
  });

  it("requireUser rejects a forged cookie", async () => {
    expect(await statusOf(() => requireUser(request("/", "samling_session=forged")))).toBe(302);
  });

  it("requireRole accepts any of the roles and forbids the rest", async () => {
    const cookie = await signInAs("union@example.org");
    expect(await statusOf(() => requireRole(request("/", cookie), "coordinator", "union_rep"))).toBe(200);
    expect(await statusOf(() => requireRole(request("/", cookie), "coordinator"))).toBe(403);
  });

  it("keeps organisations apart: another organisation's programme is a 404", async () => {
    const fjellby = programOf("Ledelse i Fjellby 2025–2027");
    const elvik = programOf("Lederløftet i Elvik");
    const district = await signInAs("coordinator@example.org");
    const municipality = await signInAs("coordinator@elvik.example.org");
    expect(await statusOf(() => requireProgramAccess(request("/", district), String(fjellby.id), "coordinator"))).toBe(200);
    expect(await statusOf(() => requireProgramAccess(request("/", district), String(elvik.id), "coordinator"))).toBe(404);
    expect(await statusOf(() => requireProgramAccess(request("/", municipality), String(fjellby.id), "coordinator"))).toBe(404);
    expect(await statusOf(() => requireProgramAccess(request("/", municipality), String(elvik.id), "coordinator"))).toBe(200);
  });

  it("forbids a role without access in the same organisation", async () => {
    const fjellby = programOf("Ledelse i Fjellby 2025–2027");
    const leader = await signInAs("leader@example.org");
    expect(await statusOf(() => requireProgramAccess(request("/", leader), String(fjellby.id), "coordinator"))).toBe(403);
  });

  it.each(["abc", "-1", "0", "1.5", "99999999999999999999", "1e1", "010", "+1", " 1", "0x1", "1 ", undefined])(
    "parseId(%s) is a 404",
    (value) => {
      expect(() => parseId(value)).toThrow(Response);
    },
  );
});

describe("parseId", () => {
  it("reads canonical decimal ids", () => {
    expect(parseId("10")).toBe(10);
    expect(parseId("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
  });
});
