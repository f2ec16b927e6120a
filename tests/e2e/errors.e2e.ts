import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("an unknown address shows the 404 page in Norwegian and, after switching, in English", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    const response = await visit(page, "/finnes-ikke");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Fant ikke siden" }).waitFor();
    expect(await page.title()).toBe("Fant ikke siden – Samling");
    await page.getByText("Siden finnes ikke, eller du har ikke tilgang til den.").waitFor();
    if (javaScriptEnabled) await checkA11y(page, "the 404 page");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/finnes-ikke");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => page.title()).toBe("Page not found – Samling");
    if (javaScriptEnabled) await checkA11y(page, "the 404 page in English");

    await page.getByRole("link", { name: "Back to the home page" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });
});

test("a missing programme is a 404 inside the signed-in shell", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  const response = await visit(page, "/programs/999999");
  expect(response?.status()).toBe(404);
  await page.getByRole("heading", { level: 1, name: "Fant ikke siden" }).waitFor();
  await page.getByRole("navigation", { name: "Hovedmeny" }).waitFor();
  await checkA11y(page, "the 404 page, signed in");
});
