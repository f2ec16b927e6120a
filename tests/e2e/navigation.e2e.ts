import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { demoAccounts, signIn } from "./helpers/auth";
import { pageT, visit } from "./helpers/pages";
import { hasJavaScript, scriptModes, test } from "./helpers/test";

/** The page currently marked in a menu (aria-current), by its text. */
const currentIn = (page: Page, menu: string) =>
  page.getByRole("navigation", { name: menu }).locator('a[aria-current="page"]').textContent();

/**
 * The menus are plain links, navigated in the browser by one listener per menu
 * (app/components/client-navigation.ts): with JavaScript a click is a client-side navigation (the
 * document, and a marker set on its window, stay); without it, an ordinary link.
 */
describe.each(scriptModes)("the main menu and the programme tabs, $mode", ({ javaScriptEnabled }) => {
  test("lead to their pages and mark the one shown", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    const t = await pageT(page);
    if (hasJavaScript(page)) await page.evaluate(() => Object.assign(window, { samlingMarker: 1 }));
    const sameDocument = () => page.evaluate(() => "samlingMarker" in window);

    await page
      .getByRole("navigation", { name: t("nav.main") })
      .getByRole("link", { name: t("programs.nav"), exact: true })
      .click();
    await page.waitForURL("/programs");
    await expect.poll(() => currentIn(page, t("nav.main"))).toBe(t("programs.nav"));
    expect(await sameDocument()).toBe(javaScriptEnabled);

    const programme = await page.evaluate(() =>
      [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href")!).find((href) => /^\/programs\/\d+$/.test(href))!,
    );
    await page.locator(`main a[href="${programme}"]`).first().click();
    await page.waitForURL(programme);
    const tabs = page.getByRole("navigation", { name: t("tabs.label") });
    await expect.poll(() => currentIn(page, t("tabs.label"))).toBe(t("tabs.overview"));
    // Below /programs, the menu's Programmes stays marked (the home link only on its own page).
    await expect.poll(() => currentIn(page, t("nav.main"))).toBe(t("programs.nav"));

    await tabs.getByRole("link", { name: t("tabs.gatherings"), exact: true }).click();
    await page.waitForURL(/\/programs\/\d+\/gatherings$/);
    await expect.poll(() => currentIn(page, t("tabs.label"))).toBe(t("tabs.gatherings"));
    expect(await sameDocument()).toBe(javaScriptEnabled);
  });
});

test("a click the browser should handle itself is left to it", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/about");
  // Whether the menu's listener took each click (prevented the browser's own handling): read by a
  // listener on the window, after the menu's, which then stops the browser opening a tab.
  const taken = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('nav a[href="/people"]')!;
    const clicks: [string, MouseEventInit][] = [
      ["ctrl", { ctrlKey: true }],
      ["meta", { metaKey: true }],
      ["shift", { shiftKey: true }],
      ["middle button", { button: 1 }],
      ["plain", {}],
    ];
    const result: Record<string, boolean> = {};
    for (const [name, init] of clicks) {
      window.addEventListener(
        "click",
        (event) => {
          result[name] = event.defaultPrevented;
          event.preventDefault();
        },
        { once: true },
      );
      link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
    }
    return result;
  });
  expect(taken).toEqual({ ctrl: false, meta: false, shift: false, "middle button": false, plain: true });
  // The plain click was taken, and navigated in the browser.
  await page.waitForURL("/people");
});
