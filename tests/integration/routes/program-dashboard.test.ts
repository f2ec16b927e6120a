// The programme overview's figures are kept per data revision: writes from this or another connection show at once.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people, programGoals, programMembers, programs } from "../../../db/schema";
import { getDb, openDatabase } from "../../../app/server/db.server";
import * as overview from "../../../app/routes/programs.$programId._index";
import { callLoader, signInAs } from "../../helpers/routes";
import { demo } from "../../helpers/gatherings";

const load = (programId: number, cookie: string) =>
  callLoader(overview.loader, `/programs/${programId}`, { cookie, params: { programId: String(programId) } });

describe("the programme overview", () => {
  it("shows a goal added by this process and a member renamed by another connection, on the next view", async () => {
    const { program } = demo();
    const cookie = await signInAs("coordinator@example.org");
    const before = (await load(program.id, cookie)).data;

    getDb().insert(programGoals).values({ programId: program.id, title: "Et nytt mål", description: "", position: 99 }).run();
    expect((await load(program.id, cookie)).data.goals.map((g: { title: string }) => g.title)).toContain("Et nytt mål");

    const member = getDb().select().from(programMembers).where(eq(programMembers.programId, program.id)).get()!;
    const other = openDatabase(process.env.DATABASE_PATH!);
    try {
      other.update(people).set({ name: "Omdøpt Medlem" }).where(eq(people.id, member.personId)).run();
      other.update(programs).set({ purpose: "Nytt formål" }).where(eq(programs.id, program.id)).run();
    } finally {
      other.$client.close();
    }
    const after = (await load(program.id, cookie)).data;
    expect([...after.secretariat, ...after.workingGroup].map((m: { name: string }) => m.name)).toContain("Omdøpt Medlem");
    expect(after.program.purpose).toBe("Nytt formål");
    expect(before.program.purpose).not.toBe("Nytt formål");
  });

  it("sends only what it shows: no member's e-mail address", async () => {
    const { program } = demo();
    const page = (await load(program.id, await signInAs("coordinator@example.org"))).data;
    expect(page.secretariat.length + page.workingGroup.length).toBeGreaterThan(0);
    for (const m of [...page.secretariat, ...page.workingGroup]) expect(Object.keys(m).sort()).toEqual(["name", "personId"]);
  });

  it("is the same for a union representative, who may not edit, and a 404 for another organisation from a warm cache", async () => {
    const { program } = demo();
    const coordinator = (await load(program.id, await signInAs("coordinator@example.org"))).data;
    const union = (await load(program.id, await signInAs("union@example.org"))).data;
    expect({ ...union, canEdit: true }).toEqual(coordinator);
    expect(union.canEdit).toBe(false);
    expect((await load(program.id, await signInAs("coordinator@elvik.example.org"))).status).toBe(404);
  });
});
