import ICAL from "ical.js";
import { describe, expect, onTestFailed } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { setLanguageOf, signIn } from "./helpers/auth";
import { calendarOf, confirmGathering, createGathering, invitationTo } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { test } from "./helpers/test";

// Lövsjö kommun, the demo's Swedish municipality: everyone there reads Swedish.
const samordnare = "samordnare@lovsjo.example.org";
const chef = "asa.lundgren@lovsjo.example.org";
const switcher = "mikael.strom@lovsjo.example.org";

describe("languages", () => {
  test("a Swedish coordinator schedules a gathering; the invitation arrives in Swedish with a Swedish calendar text", async ({ page }) => {
    await signIn(page, samordnare);
    await page.getByRole("heading", { level: 1, name: "Hej Karin Lindqvist" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Start" }).waitFor();
    await checkA11y(page, "the Swedish coordinator's home page");

    const title = "Chefsträff om tillit (e2e sv)";
    await createGathering(page, { title, day: 26, startTime: "09:00", endTime: "15:30", cohorts: ["Grupp 1"] }, () =>
      checkA11y(page, "the new-gathering form in Swedish"),
    );
    await page.getByText("Planerad", { exact: true }).waitFor();
    await confirmGathering(page);
    await page.getByText("Bekräftad", { exact: true }).waitFor();
    await checkA11y(page, "the gathering page in Swedish");

    const mail = await invitationTo(chef, title);
    expect(mail.subject).toMatch(/^Inbjudan: Chefsträff om tillit \(e2e sv\) \d{1,2} \p{L}+ \d{4}$/u);
    expect(mail.text).toContain("Hej Åsa Lundgren!");
    expect(mail.text).toContain("Du är inbjuden till Chefsträff om tillit (e2e sv) inom Chefsprogrammet i Lövsjö 2027.");
    expect(mail.text).toMatch(/När: \p{L}+dag \d{1,2} \p{L}+ \d{4}, kl\. 09:00–15:30/u);
    expect(mail.text).toContain("Jag kommer");
    expect(mail.html).toMatch(/<html[^>]* lang="sv"/);
    const event = new ICAL.Component(ICAL.parse(calendarOf(mail)!)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe(title);
    const description = event.getFirstPropertyValue("description") as string;
    expect(description).toMatch(/^När: \p{L}+dag \d{1,2} \p{L}+ \d{4}, kl\. 09:00–15:30/u);
    expect(description).toContain("Var: Fjellby kulturhus");
  });

  test("switching to nynorsk on the sign-in page and signing in keeps nynorsk; axe is clean in all four languages", async ({ page }) => {
    onTestFailed(() => setLanguageOf(switcher, "sv"));
    await visit(page, "/login");
    await page.getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
    await checkA11y(page, "the sign-in page in bokmål");
    for (const [button, heading, lang] of [
      ["Svenska", "Logga in", "sv"],
      ["English", "Sign in", "en"],
      ["Norsk nynorsk", "Logg inn", "nn"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await checkA11y(page, `the sign-in page in ${lang}`);
    }
    const t = await pageT(page);
    expect(t("login.intro")).toBe("Logg inn med e-postadressa og passordet ditt.");
    await page.getByText(t("login.intro")).waitFor();

    await page.getByLabel("E-postadresse", { exact: true }).fill(switcher);
    await page.getByLabel("Passord", { exact: true }).fill("samling-demo");
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Hei, Mikael Ström" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("nn");
    await page.getByRole("navigation", { name: "Hovudmeny" }).getByRole("link", { name: "Heim" }).waitFor();
    await checkA11y(page, "the home page in nynorsk");

    // Kept on the profile: a fresh visit to another page after signing in is still in nynorsk.
    await visit(page, "/my/gatherings");
    await page.getByRole("heading", { level: 1, name: "Samlingane mine" }).waitFor();
    await checkA11y(page, "my gatherings in nynorsk");

    await page.getByRole("button", { name: "Svenska", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Mina träffar" }).waitFor();
  });
});
