import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { test as base, inject, type TestContext } from "vitest";
import { launchChromium } from "./chromium";
import { artifactsDir, repoRoot } from "./paths";

/** `baseURL`: another app server than the shared one (a journey that starts its own, e.g. single sign-on). */
export type PageOptions = { javaScriptEnabled?: boolean; baseURL?: string };
export type NewPage = (options?: PageOptions) => Promise<Page>;

const withoutJavaScript = new WeakSet<Page>();
/** What each page wrote to its console as errors, or threw: shown with a failure, to tell why. */
const browserErrors = new WeakMap<Page, string[]>();

export const hasJavaScript = (page: Page) => !withoutJavaScript.has(page);
/** What a page has written to its console as errors, or thrown, so far (a hydration that failed, among others). */
export const browserErrorsOf = (page: Page): readonly string[] => browserErrors.get(page) ?? [];

/**
 * A journey is one file, tests/e2e/<name>.e2e.ts, e.g.
 *
 *   test("the coordinator confirms a gathering", async ({ page }) => {
 *     await signIn(page, demoAccounts.coordinator);
 *     await visit(page, "/…");
 *     await checkA11y(page, "the gathering page");
 *     const mail = await waitForMail((m) => addresses(m).includes("leader@example.org"));
 *   });
 *
 * All files share one server and database (seeded once), and run one after another: a journey
 * that changes shared demo data puts it back or uses data no other journey looks at.
 *
 * The journeys' test function. Fixtures: `browser` (one Chromium per file), `newPage` (a page in a
 * fresh incognito context: no cookies, no storage; JavaScript on unless asked otherwise) and
 * `page` (one such page). When a test fails, every page it opened is saved as a screenshot and its
 * HTML in tests/e2e/artifacts/, and the paths are added to the failure.
 */
export const test = base.extend<{ browser: Browser; newPage: NewPage; page: Page }>({
  browser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: "file" },
  ],
  newPage: async ({ browser, task }, use) => {
    const contexts: BrowserContext[] = [];
    const pages: Page[] = [];
    await use(async ({ javaScriptEnabled = true, baseURL = inject("e2eBaseUrl") } = {}) => {
      // A Norwegian office browser: its Accept-Language (nb-NO) picks bokmål for a first visit.
      const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "nb-NO" });
      // Well below the test timeout, so a missing element fails with Playwright's own message.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      browserErrors.set(page, errors);
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console: ${message.text()}`);
      });
      if (!javaScriptEnabled) withoutJavaScript.add(page);
      pages.push(page);
      return page;
    });
    if (task.result?.state === "fail") await saveArtifacts(task, pages);
    await Promise.all(contexts.map((context) => context.close()));
  },
  page: async ({ newPage }, use) => {
    await use(await newPage());
  },
});

async function saveArtifacts(task: TestContext["task"], pages: Page[]) {
  mkdirSync(artifactsDir, { recursive: true });
  const base = `${path.basename(task.file.name, ".e2e.ts")}--${task.name}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 100);
  const saved: string[] = [];
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const name = path.join(artifactsDir, pages.length > 1 ? `${base}-${i + 1}` : base);
    try {
      await page.screenshot({ path: `${name}.png`, fullPage: true, timeout: 5_000 });
      writeFileSync(`${name}.html`, await page.content());
      saved.push(`${path.relative(repoRoot, name)}.png (.html) — ${page.url()}`);
      for (const line of browserErrors.get(page) ?? []) saved.push(`  ${line.slice(0, 500)}`);
    } catch (error) {
      saved.push(`${page.url()}: could not be saved (${(error as Error).message.split("\n")[0]})`);
    }
  }
  if (saved.length === 0) return;
  const note = `Saved pages:\n  ${saved.join("\n  ")}`;
  const error = task.result?.errors?.[0];
  if (error) error.message = `${error.message}\n\n${note}`;
  else console.error(`${task.name}\n${note}`);
}

/** For journeys that must work the same with and without JavaScript: `describe.each(scriptModes)`. */
export const scriptModes = [
  { mode: "with JavaScript", javaScriptEnabled: true },
  { mode: "without JavaScript", javaScriptEnabled: false },
] as const;
