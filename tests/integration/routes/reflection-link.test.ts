import { clock } from "../../../app/server/clock.server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reflectionLinks } from "../../../db/schema";
import * as newReflection from "../../../app/routes/my.reflections.new";
import * as link from "../../../app/routes/r.$token";
import { getDb } from "../../../app/server/db.server";
import { createReflectionLink, reflectionLinkUrl } from "../../../app/server/reflection-links.server";
import { hashToken } from "../../../app/server/tokens.server";
import { callLoader, signInAs } from "../../helpers/routes";
import { heldGatheringOf, personByEmail } from "../../helpers/reflections";

const ingrid = personByEmail("ingrid.haugen@fjellby.example.org");
const gathering = heldGatheringOf(ingrid.id);
const usedAt = (token: string) =>
  getDb()
    .select()
    .from(reflectionLinks)
    .where(eq(reflectionLinks.id, hashToken(token)))
    .get()!.usedAt;
const open = async (token: string, email?: string) =>
  callLoader(link.loader, `/r/${token}`, { params: { token }, cookie: email ? await signInAs(email) : undefined });

describe("the reflection prompt link /r/<token>", () => {
  const token = createReflectionLink(getDb(), ingrid.id, gathering.id);

  it("is the address the e-mail carries", () => {
    expect(reflectionLinkUrl(token)).toBe(`http://localhost:3000/r/${token}`);
  });

  it("sends a visitor to sign in first, without using the link up", async () => {
    const result = await open(token);
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/login?redirectTo=${encodeURIComponent(`/r/${token}`)}`);
    expect(usedAt(token)).toBeNull();
  });

  it("is refused to anyone else signed in, and stays usable for its person", async () => {
    for (const email of ["leader@example.org", "coordinator@example.org"]) {
      const result = await open(token, email);
      expect(result.status).toBe(403);
      expect(result.data).toEqual({ state: "wrongPerson", signedIn: true });
    }
    expect(usedAt(token)).toBeNull();
  });

  it("opens the form for that gathering for its person, once", async () => {
    const result = await open(token, ingrid.email);
    expect(result.location).toBe(`/my/reflections/new?gatheringId=${gathering.id}`);
    expect(usedAt(token)).toBeInstanceOf(Date);
    const form = await callLoader(newReflection.loader, result.location!, { cookie: await signInAs(ingrid.email) });
    expect(form.data.form.defaults).toEqual({ kind: "gathering", gatheringId: String(gathering.id) });
    expect(form.data.form.context.gatherings.map((g: { id: number }) => g.id)).toContain(gathering.id);
  });

  it("says it has been used on a second visit, signed in or not", async () => {
    const again = await open(token, ingrid.email);
    expect(again.status).toBe(410);
    expect(again.data).toEqual({ state: "used", signedIn: true });
    expect((await open(token)).data).toEqual({ state: "used", signedIn: false });
  });

  it("says it has expired after 14 days, without using it up", async () => {
    const old = createReflectionLink(getDb(), ingrid.id, gathering.id, new Date(clock.nowMs() - 15 * 86_400_000));
    const result = await open(old, ingrid.email);
    expect(result.status).toBe(410);
    expect(result.data.state).toBe("expired");
    expect(usedAt(old)).toBeNull();
    const fresh = createReflectionLink(getDb(), ingrid.id, gathering.id, new Date(clock.nowMs() - 13 * 86_400_000));
    expect((await open(fresh, ingrid.email)).status).toBe(302);
  });

  it.each(["A".repeat(43), "short", "not a token!"])("says an unknown link (%s) is not found, with no error", async (bad) => {
    const result = await open(bad, ingrid.email);
    expect(result.status).toBe(404);
    expect(result.data.state).toBe("unknown");
  });
});
