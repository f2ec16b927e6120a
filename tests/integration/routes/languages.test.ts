import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "../../../db/schema";
import * as language from "../../../app/routes/language";
import * as login from "../../../app/routes/login";
import * as root from "../../../app/root";
import { getDb } from "../../../app/server/db.server";
import { acceptedLocale, languageCookie } from "../../../app/server/locale.server";
import { callAction, callLoader } from "../../helpers/routes";

const languageOf = (email: string) => getDb().select({ l: people.preferredLanguage }).from(people).where(eq(people.email, email)).get()!.l;

describe("the first visit's language", () => {
  it("is the first of ours the browser asks for, by quality", () => {
    expect(acceptedLocale("nn-NO,nn;q=0.9,nb;q=0.8,en;q=0.5")).toBe("nn");
    expect(acceptedLocale("sv-SE,sv;q=0.9,en-US;q=0.8")).toBe("sv");
    expect(acceptedLocale("de-DE,de;q=0.9,en;q=0.7")).toBe("en");
    expect(acceptedLocale("en;q=0.4,no;q=0.8")).toBe("nb");
    expect(acceptedLocale("fr, sv;q=0")).toBe("nb");
    expect([acceptedLocale(""), acceptedLocale(null), acceptedLocale(";;,q=x")]).toEqual(["nb", "nb", "nb"]);
  });

  it("comes from Accept-Language, unless the visitor has chosen one", async () => {
    const visit = async (headers: Record<string, string>) =>
      (await root.loader({ request: new Request("http://localhost:3000/login", { headers }), params: {}, context: {} } as never)).data;
    expect((await visit({ "Accept-Language": "sv-SE,sv;q=0.9" })).locale).toBe("sv");
    const chosen = (await languageCookie.serialize("nn")).split(";")[0]!;
    expect((await visit({ "Accept-Language": "sv-SE", Cookie: chosen })).locale).toBe("nn");
  });
});

describe("choosing a language", () => {
  it("on the sign-in page is kept when signing in", async () => {
    const chosen = await callAction(language.action, "/language", { locale: "nn", redirectTo: "/login" });
    expect(chosen.location).toBe("/login");
    const cookie = chosen.headers.get("Set-Cookie")!.split(";")[0]!;
    expect(languageOf("union@example.org")).toBe("nb");
    const signedIn = await callAction(login.action, "/login", { email: "union@example.org", password: "samling-demo" }, { cookie });
    expect(signedIn.status).toBe(302);
    expect(languageOf("union@example.org")).toBe("nn");
    const session = signedIn.headers.get("Set-Cookie")!.split(";")[0]!;
    expect((await callLoader(root.loader, "/", { cookie: session })).data.locale).toBe("nn");
  });

  it("without a choice in this browser, signing in keeps the person's own language", async () => {
    getDb().update(people).set({ preferredLanguage: "sv" }).where(eq(people.email, "facilitator@example.org")).run();
    await callAction(login.action, "/login", { email: "facilitator@example.org", password: "samling-demo" });
    expect(languageOf("facilitator@example.org")).toBe("sv");
  });

  it("accepts only the four languages", async () => {
    const refused = await callAction(language.action, "/language", { locale: "de", redirectTo: "/login" });
    expect(refused.headers.get("Set-Cookie")).toBeNull();
  });
});
