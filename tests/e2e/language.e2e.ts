import { describe, expect, onTestFailed } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, setLanguageOf, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

const email = demoAccounts.directorate;

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("English is chosen in the header and remembered after signing out and in again", async ({ newPage }) => {
    onTestFailed(() => setLanguageOf(email, "nb"));
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, email);
    await page.getByRole("heading", { level: 1, name: "Hei, Anne Grete Lunde" }).waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello, Anne Grete Lunde" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => page.title()).toBe("Home – Samling");
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home" }).waitFor();
    await page.getByRole("region", { name: "Final reports" }).waitFor();
    if (javaScriptEnabled) await checkA11y(page, "the home page in English");

    // Signed out, the choice stays with the browser…
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    if (javaScriptEnabled) await checkA11y(page, "the login page in English");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill("samling-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello, Anne Grete Lunde" }).waitFor();

    // …and with the person: a browser that has never been here shows it after signing in.
    const elsewhere = await newPage({ javaScriptEnabled });
    await visit(elsewhere, "/login");
    await elsewhere.getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
    await signIn(elsewhere, email);
    await elsewhere.getByRole("heading", { level: 1, name: "Hello, Anne Grete Lunde" }).waitFor();

    await elsewhere.getByRole("button", { name: "Norsk bokmål" }).click();
    await elsewhere.getByRole("heading", { level: 1, name: "Hei, Anne Grete Lunde" }).waitFor();
    expect(await elsewhere.locator("html").getAttribute("lang")).toBe("nb");
  });
});
