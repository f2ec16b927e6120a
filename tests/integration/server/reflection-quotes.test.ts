import { clock } from "../../../app/server/clock.server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { finalReports, people, reflectionQuotes } from "../../../db/schema";
import * as reflection from "../../../app/routes/my.reflections.$reflectionId";
import { getDb } from "../../../app/server/db.server";
import { consentedQuotes } from "../../../app/server/reflections.server";
import { flashAfter } from "../../helpers/flash";
import { callAction, signInAs } from "../../helpers/routes";
import { fjellby, idFrom, personByEmail, ratings, writeReflection } from "../../helpers/reflections";

const lars = "leader@example.org";
const text = "Jeg har begynt å lede laget.\nFagsakene får andre ta seg av.";
const act = async (id: number, form: Record<string, string>, email = lars) =>
  callAction(reflection.action, `/my/reflections/${id}`, form, {
    cookie: await signInAs(email),
    params: { reflectionId: String(id) },
  });
const texts = (now?: Date) => consentedQuotes(fjellby().id, now).map((q) => q.text);
const quoteRow = (quote: string) => getDb().select().from(reflectionQuotes).where(eq(reflectionQuotes.text, quote)).get()!;

describe("quotes for the final report", () => {
  let id = 0;

  it("gives the report the seeded quotes as text and level only, never who wrote them", () => {
    const quotes = consentedQuotes(fjellby().id);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(Object.keys(q).sort()).toEqual(["isFirstLine", "levelId", "levelName", "text"]);
    expect(quotes.map((q) => q.levelName)).toEqual(["Ledergruppen", "Operative ledere"]);
  });

  it("takes a passage of a submitted reflection, with consent recorded", async () => {
    id = idFrom((await writeReflection(lars, { kind: "baseline", freeText: text, ...ratings({ identity: 3, indicators: 3 }) })).location);
    const result = await act(id, { intent: "quote", quote: " «Jeg har begynt å lede laget. Fagsakene» " });
    expect(result.location).toBe(`/my/reflections/${id}`);
    expect(await flashAfter(result)).toEqual({ key: "reflections.quotes.added" });
    const quotes = consentedQuotes(fjellby().id);
    expect(quotes.at(-1)).toEqual({
      text: "Jeg har begynt å lede laget. Fagsakene",
      levelId: personByEmail(lars).leaderLevelId,
      levelName: "Førstelinjeledere",
      isFirstLine: true,
    });
  });

  it("refuses words that are not in the reflection, a repeat, and quotes from a draft, writing nothing", async () => {
    const before = texts();
    const invented = await act(id, { intent: "quote", quote: "Jeg er verdens beste leder." });
    expect(invented.status).toBe(400);
    expect(invented.data.result.error.quote).toEqual(["reflections.quoteNotInText"]);
    const repeat = await act(id, { intent: "quote", quote: "Jeg har begynt å lede laget. Fagsakene" });
    expect(repeat.data.result.error.quote).toEqual(["reflections.quoteExists"]);
    const empty = await act(id, { intent: "quote", quote: "  " });
    expect(empty.data.result.error.quote).toEqual(["reflections.quoteRequired"]);
    const draft = idFrom((await writeReflection(lars, { intent: "save", freeText: "Et utkast" })).location);
    const fromDraft = await act(draft, { intent: "quote", quote: "Et utkast" });
    expect(fromDraft.data.result.error.quote).toEqual(["reflections.quoteOnlySubmitted"]);
    expect(texts()).toEqual(before);
  });

  it("removes a withdrawn quote from what the report uses, from the moment it was withdrawn", async () => {
    const quote = quoteRow("Jeg har begynt å lede laget. Fagsakene");
    const result = await act(id, { intent: "withdraw", quoteId: String(quote.id) });
    expect(result.location).toBe(`/my/reflections/${id}`);
    expect(await flashAfter(result)).toEqual({ key: "reflections.quotes.withdrawn" });
    expect(texts()).not.toContain(quote.text);
    const withdrawnAt = quoteRow(quote.text).withdrawnAt!;
    expect(texts(new Date(withdrawnAt.getTime() - 1))).toContain(quote.text);
    expect(texts(new Date(quote.consentedAt.getTime() - 1))).not.toContain(quote.text);
  });

  it("cannot be withdrawn once a report that may contain it has been submitted", async () => {
    await act(id, { intent: "quote", quote: "Fagsakene får andre ta seg av." });
    const quote = quoteRow("Fagsakene får andre ta seg av.");
    getDb().insert(finalReports).values({ programId: fjellby().id, status: "submitted", submittedAt: quote.consentedAt }).run();
    const result = await act(id, { intent: "withdraw", quoteId: String(quote.id) });
    expect(result.status).toBe(400);
    expect(result.data.result.error[""]).toEqual(["reflections.quoteLocked"]);
    expect(texts()).toContain(quote.text);
    // Consent given after the report was submitted is not in it, so it can still be withdrawn.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await act(id, { intent: "quote", quote: "Jeg har begynt å lede laget." })).status).toBe(302);
    const later = quoteRow("Jeg har begynt å lede laget.");
    expect((await act(id, { intent: "withdraw", quoteId: String(later.id) })).status).toBe(302);
  });

  it("leaves out quotes of people whose personal data was erased", () => {
    const before = texts().length;
    getDb().update(people).set({ erasedAt: clock.now() }).where(eq(people.email, lars)).run();
    expect(texts()).toHaveLength(before - 1);
  });
});
