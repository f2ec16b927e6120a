import { describe, expect, it, vi } from "vitest";
import { catalogs, translator, uiLocaleOf, uiLocales, type MessageKey } from "../../../app/i18n/catalog";
import { messageArguments } from "../../../app/i18n/icu";
import { emailCatalogs } from "../../../app/server/email/templates.server";

const families = { app: catalogs, email: emailCatalogs } as Record<string, Record<string, Record<string, string>>>;

describe.each(Object.entries(families))("the %s catalogue", (_name, byLocale) => {
  const keys = Object.keys(byLocale.nb!);

  it("has every key in all four languages, and nothing else", () => {
    for (const locale of uiLocales) expect(Object.keys(byLocale[locale]!).sort(), locale).toEqual([...keys].sort());
  });

  it("has messages that parse as ICU MessageFormat with the same arguments in every language", () => {
    const problems: string[] = [];
    for (const key of keys) {
      const expected = messageArguments(byLocale.nb![key]!);
      for (const locale of uiLocales) {
        try {
          const args = messageArguments(byLocale[locale]![key]!);
          if (args.join() !== expected.join()) problems.push(`${locale} ${key}: {${args}} ≠ nb {${expected}}`);
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no sentence left in bokmål in the Swedish catalogue", () => {
    // Short labels can be the same word ("Status", "Program"), and nynorsk often is; Swedish sentences never are.
    const words = (text: string) => {
      let rest = text;
      while (/\{[^{}]*\}/.test(rest)) rest = rest.replace(/\{[^{}]*\}/g, "");
      return rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    };
    const copied = keys.filter((key) => words(byLocale.nb![key]!) > 4 && byLocale.sv![key] === byLocale.nb![key]);
    expect(copied).toEqual([]);
  });
});

describe("plural messages", () => {
  const pluralKeys = (Object.keys(catalogs.nb) as MessageKey[]).filter((key) => /\{\s*\w+\s*,\s*plural\s*,/.test(catalogs.nb[key]));
  const sample: Record<string, string | number> = {
    count: 0,
    people: 0,
    rate: "50 %",
    name: "Kull 1",
    title: "Samling",
    first: "1",
    last: "2",
    program: "P",
    date: "1. mars",
    names: "A, B",
    // The roster import's figures (flash.import.doneInvited), apart from its count.
    created: 3,
    updated: 3,
    unchanged: 3,
    placed: 3,
    invited: 3,
    days: 0,
  };

  it("exist for the counted nouns", () => {
    expect(pluralKeys.length).toBeGreaterThanOrEqual(10);
  });

  it.each(uiLocales)("are right for 0, 1, 2 and 5 in %s", (locale) => {
    const t = translator(locale);
    for (const key of pluralKeys) {
      const countArg = messageArguments(catalogs.nb[key]).find((a) => a === "count" || a === "people")!;
      const texts = [0, 1, 2, 5].map((n) => t(key, { ...sample, [countArg]: n }));
      // The count is written out (for one, a language may say "the first row" instead), two reads like five.
      for (const [i, n] of [0, 1, 2, 5].entries()) if (n !== 1) expect(texts[i], `${locale} ${key} ${n}`).toContain(String(n));
      expect(texts[2]!.replace("2", "5"), `${locale} ${key}`).toBe(texts[3]);
      expect(catalogs[locale][key], `${locale} ${key} has a singular`).toMatch(/plural,\s*one \{/);
    }
  });

  it("say one person, two people, in each language", () => {
    const says = (locale: (typeof uiLocales)[number], count: number) => translator(locale)("home.admin.people", { count });
    expect([0, 1, 2, 5].map((n) => says("nb", n))).toEqual(["0 personer", "1 person", "2 personer", "5 personer"]);
    expect([0, 1, 2, 5].map((n) => says("nn", n))).toEqual(["0 personar", "1 person", "2 personar", "5 personar"]);
    expect([0, 1, 2, 5].map((n) => says("sv", n))).toEqual(["0 personer", "1 person", "2 personer", "5 personer"]);
    expect([0, 1, 2, 5].map((n) => says("en", n))).toEqual(["0 people", "1 person", "2 people", "5 people"]);
  });
});

describe("the translator", () => {
  it("picks the organisation's words with ICU select on its kind", () => {
    const levels = (locale: (typeof uiLocales)[number], kind: string) => translator(locale)("organisation.levelsHelp", { kind });
    expect(levels("nb", "police_district")).toContain("politimesterens ledergruppe");
    expect(levels("nb", "municipality")).toContain("kommunedirektørens ledergruppe");
    expect(levels("sv", "municipality")).toContain("kommundirektörens ledningsgrupp");
    expect(levels("nn", "police_district")).toContain("leiargruppa til politimeisteren");
    expect(levels("en", "agency")).toContain("director general");
  });

  it("compiles each message once and reuses it", async () => {
    const { IntlMessageFormat } = await import("intl-messageformat");
    const t = translator("sv");
    expect(t("home.greeting", { name: "Åsa" })).toBe("Hej Åsa");
    const parse = vi.spyOn(IntlMessageFormat as unknown as { __parse: (message: string) => unknown }, "__parse");
    for (let i = 0; i < 100; i++) t("home.greeting", { name: `Person ${i}` });
    expect(parse).not.toHaveBeenCalled();
    expect(translator("sv")).toBe(t);
  });

  it("leaves text without arguments as it is, and a missing value does not throw", () => {
    const t = translator("nn");
    expect(t("nav.home")).toBe("Heim");
    expect(() => t("home.greeting")).not.toThrow();
  });

  it("reads any stored language, and bokmål for anything else", () => {
    expect(uiLocales.map(uiLocaleOf)).toEqual(["nb", "nn", "sv", "en"]);
    expect([uiLocaleOf("de"), uiLocaleOf(undefined), uiLocaleOf(null)]).toEqual(["nb", "nb", "nb"]);
  });
});
