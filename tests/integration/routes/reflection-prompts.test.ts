import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, reflectionPrompts } from "../../../db/schema";
import * as prompts from "../../../app/routes/programs.$programId.reflections.prompts";
import { getDb } from "../../../app/server/db.server";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { elvik, fjellby } from "../../helpers/reflections";

const coordinator = "coordinator@example.org";
const post = async (form: Record<string, string>, email = coordinator, programId = fjellby().id) =>
  callAction(prompts.action, `/programs/${programId}/reflections/prompts`, form, {
    cookie: await signInAs(email),
    params: { programId: String(programId) },
  });
const list = async () =>
  (
    await callLoader(prompts.loader, `/programs/${fjellby().id}/reflections/prompts`, {
      cookie: await signInAs(coordinator),
      params: { programId: String(fjellby().id) },
    })
  ).data.prompts as { active: { id: number; text: string }[]; archived: { id: number; text: string }[] };
const promptCount = () => getDb().select({ n: count() }).from(reflectionPrompts).get()!.n;

describe("editing the programme's reflection prompts", () => {
  it("adds a prompt at the end", async () => {
    const result = await post({ intent: "add", text: "  Hva lærte du av lederne på de andre nivåene?  " });
    expect(result.location).toBe(`/programs/${fjellby().id}/reflections/prompts`);
    expect(await flashAfter(result)).toEqual({ key: "reflections.prompts.saved" });
    const { active } = await list();
    expect(active.map((p) => p.text)).toHaveLength(4);
    expect(active.at(-1)!.text).toBe("Hva lærte du av lederne på de andre nivåene?");
  });

  it("refuses an empty or overlong prompt with a field error, writing nothing", async () => {
    const before = promptCount();
    const empty = await post({ intent: "add", text: "   " });
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({
      formId: "prompt-new",
      result: { error: { text: ["reflections.prompts.textRequired"] } },
    });
    const { active } = await list();
    const long = await post({ intent: "edit", promptId: String(active[0]!.id), text: "x".repeat(501) });
    expect(long.data).toMatchObject({
      formId: `prompt-${active[0]!.id}`,
      result: { error: { text: ["form.tooLong"] } },
    });
    expect(promptCount()).toBe(before);
    expect((await list()).active[0]!.text).toBe(active[0]!.text);
  });

  it("rewords, reorders, archives and restores, recording who did it", async () => {
    const [first, second] = (await list()).active;
    await post({ intent: "edit", promptId: String(first!.id), text: "Hva betyr lederrollen for deg nå?" });
    await post({ intent: "down", promptId: String(first!.id) });
    expect((await list()).active.slice(0, 2).map((p) => p.id)).toEqual([second!.id, first!.id]);
    expect((await list()).active[1]!.text).toBe("Hva betyr lederrollen for deg nå?");
    await post({ intent: "up", promptId: String(first!.id) });
    // Already at the top: nothing to do, and no error.
    expect((await post({ intent: "up", promptId: String(first!.id) })).status).toBe(302);
    expect((await list()).active.slice(0, 2).map((p) => p.id)).toEqual([first!.id, second!.id]);
    await post({ intent: "archive", promptId: String(second!.id) });
    let now = await list();
    expect(now.active.map((p) => p.id)).not.toContain(second!.id);
    expect(now.archived.map((p) => p.id)).toEqual([second!.id]);
    await post({ intent: "restore", promptId: String(second!.id) });
    now = await list();
    expect(now.archived).toEqual([]);
    expect(now.active.at(-1)!.id).toBe(second!.id);
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.entity, "reflection_prompt")).orderBy(asc(auditEvents.id)).all();
    expect(audit.map((a) => a.action)).toEqual(["created", "edited", "moved_down", "moved_up", "archived", "restored"]);
  });

  it("keeps archived prompts off the leaders' form", async () => {
    const { active } = await list();
    await post({ intent: "archive", promptId: String(active[0]!.id) });
    const { formContext } = await import("../../../app/server/reflections.server");
    const { getSessionUser } = await import("../../../app/server/session.server");
    const leader = (await getSessionUser(new Request("http://x/", { headers: { Cookie: await signInAs("leader@example.org") } })))!;
    expect(formContext(leader, fjellby().id)!.prompts.map((p) => p.id)).not.toContain(active[0]!.id);
  });

  it("adds the standard prompts to a programme without any, once", async () => {
    const elvikCoordinator = "coordinator@elvik.example.org";
    await post({ intent: "defaults" }, elvikCoordinator, elvik().id);
    await post({ intent: "defaults" }, elvikCoordinator, elvik().id);
    const rows = getDb().select().from(reflectionPrompts).where(eq(reflectionPrompts.programId, elvik().id)).all();
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.text).toBe("Hva betyr det for deg å være leder på ditt nivå akkurat nå?");
  });

  it("is for the programme's coordinator only: others get 403, another organisation and unknown prompts 404", async () => {
    const { active } = await list();
    expect((await post({ intent: "add", text: "Fra tillitsvalgt" }, "union@example.org")).status).toBe(403);
    expect((await post({ intent: "archive", promptId: String(active[0]!.id) }, "coordinator@elvik.example.org")).status).toBe(404);
    const elvikPrompt = getDb().select().from(reflectionPrompts).where(eq(reflectionPrompts.programId, elvik().id)).get()!;
    expect((await post({ intent: "archive", promptId: String(elvikPrompt.id) })).status).toBe(404);
    expect((await post({ intent: "archive", promptId: "abc" })).status).toBe(404);
    expect((await post({ intent: "explode", promptId: String(active[0]!.id) })).status).toBe(400);
  });
});
