import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit, waitForHydration } from "./helpers/pages";
import { hasJavaScript, scriptModes, test } from "./helpers/test";

// Fjellby's programme: its levels and cohorts have seeded reflections.
const page = "/programs/1/reflections";

describe.each(scriptModes)("the analytics page $mode", ({ javaScriptEnabled }) => {
  test("shows each level as a line, opens one level's figures and then its distribution", { timeout: 120_000 }, async ({ newPage }) => {
    const browser = await newPage({ javaScriptEnabled });
    browser.setDefaultTimeout(30_000);
    await signIn(browser, demoAccounts.coordinator);
    await visit(browser, page);
    await checkA11y(browser, "the analytics page");
    const levels = browser.getByRole("region", { name: "Ledernivåer: svarandel og endring fra start til siste refleksjon" });
    await levels.getByRole("rowheader", { name: "Ledergruppen" }).waitFor();
    expect(await browser.getByRole("heading", { level: 4 }).count()).toBe(0);

    await levels.getByRole("link", { name: "Ledergruppen", exact: true }).click();
    await browser.waitForURL(/\?open=level-\d+#level-\d+$/);
    if (hasJavaScript(browser)) await waitForHydration(browser);
    const group = browser.getByRole("article", { name: "Ledergruppen" });
    await group.getByRole("img", { name: /^Start og siste snitt, Ledergruppen/ }).waitFor();
    await group.getByRole("table", { name: "Snitt ved start og sist, og endringen, for Ledergruppen" }).waitFor();
    await checkA11y(browser, "the analytics page with a level opened");

    await group.getByRole("link", { name: "Fordeling av svarene" }).click();
    await browser.waitForURL(/\?open=distribution-level-\d+#level-\d+-distribution$/);
    if (hasJavaScript(browser)) await waitForHydration(browser);
    await browser.getByRole("table", { name: "Antall som valgte hver verdi, Ledergruppen" }).waitFor();
    await checkA11y(browser, "the analytics page with a level's distribution opened");
  });
});

test("at 320 CSS pixels wide the analytics page does not scroll sideways", { timeout: 120_000 }, async ({ newPage }) => {
  const browser = await newPage();
  await browser.setViewportSize({ width: 320, height: 640 });
  await signIn(browser, demoAccounts.coordinator);
  for (const path of [page, `${page}?open=distribution-cohort-1`]) {
    await visit(browser, path);
    const overflow = await browser.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
