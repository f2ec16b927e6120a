import type { Page, Response } from "playwright-core";
import { translator, uiLocaleOf, type Translate } from "../../../app/i18n/catalog";
import { hasJavaScript } from "./test";

/**
 * Opens a path and, with JavaScript on, waits until React has hydrated the page, so what the test
 * does next goes through the client-side code rather than a plain form post.
 */
export async function visit(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path);
  if (hasJavaScript(page)) await waitForHydration(page);
  return response;
}

/** React keeps its fiber on each element it has hydrated (a `__reactFiber$…` property). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.getElementById("main");
    return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber$"));
  });
}

/** The catalogue in the language the page is shown in (its `<html lang>`). */
export async function pageT(page: Page): Promise<Translate> {
  return translator(uiLocaleOf((await page.locator("html").getAttribute("lang")) ?? "nb"));
}
