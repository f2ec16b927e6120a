import type { Page } from "playwright-core";
import { expect } from "vitest";
import { demoAccounts, demoPassword } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { test } from "./helpers/test";

/** Presses Tab and checks where focus went and that it shows (an outline or a focus ring). */
async function tabTo(page: Page, name: string) {
  await page.keyboard.press("Tab");
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const style = getComputedStyle(el);
    return {
      name: (el.labels?.[0] ?? el).textContent?.trim(),
      ring: style.outlineStyle !== "none" || style.boxShadow !== "none",
    };
  });
  expect(focus).toEqual({ name, ring: true });
}

/** The skip link is hidden until focused; showing it is its focus indication. */
async function tabToSkipLink(page: Page) {
  await page.keyboard.press("Tab");
  const skip = page.locator(":focus");
  expect(await skip.textContent()).toBe("Hopp til hovedinnhold");
  expect((await skip.boundingBox())?.height).toBeGreaterThan(16);
}

test("sign in and out with the keyboard only", async ({ page }) => {
  await visit(page, "/login");
  await tabToSkipLink(page);
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

  await tabTo(page, "E-postadresse");
  await page.keyboard.type(demoAccounts.leader);
  await tabTo(page, "Passord");
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Hei, Lars Øverby" }).waitFor();

  await tabToSkipLink(page);
  await tabTo(page, "Samling");
  await tabTo(page, "English");
  await tabTo(page, "Logg ut");
  await tabTo(page, "Hjem");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL("/login");
});
