import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { checkA11y, wcagTags } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { pageT, visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

// Issue #22: the error summary of a refused form, visible keyboard focus in order, target sizes and
// page titles. Nothing here is saved: every form is sent with errors.

const summary = (page: Page) => page.locator("main .ds-error-summary");
const summaryItems = async (page: Page) => (await summary(page).locator("li").allTextContents()).map((s) => s.trim());
const focusedSummary = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains("ds-error-summary") ?? false);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
// Polls wait for the server's answer, which a loaded machine can take longer than a second to give.
const patience = { timeout: 10_000 };

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("a new person sent empty lists its errors at the top of the form, each a link to its field", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    await visit(page, "/people/new");
    const t = await pageT(page);
    expect(await summary(page).count()).toBe(0);
    await page.getByRole("button", { name: t("people.create") }).click();

    await summary(page).waitFor();
    expect(await summaryItems(page)).toEqual([
      `${t("people.name")}: ${t("people.nameRequired")}`,
      `${t("people.email")}: ${t("people.emailRequired")}`,
    ]);
    expect(await summary(page).getByRole("heading", { level: 2 }).textContent()).toBe(t("a11yForms.summary.heading"));
    // At the top of the form, and its links lead to the fields by id (a plain fragment without JavaScript).
    const beforeFields = (el: Element) =>
      !!(el.compareDocumentPosition(document.getElementById("person-name")!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(await summary(page).evaluate(beforeFields)).toBe(true);
    const links = summary(page).getByRole("link");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["#person-name", "#person-email"]);
    expect(await page.locator("#person-name").getAttribute("aria-invalid")).toBe("true");
    await checkA11y(page, "the new-person form with its error summary");

    if (javaScriptEnabled) {
      await expect.poll(() => focusedSummary(page), patience).toBe(true);
      await links.nth(1).click();
      await expect.poll(() => focusedId(page), patience).toBe("person-email");
    }
  });
});

test("the summary takes focus again after each failed submit, and after a refusal by the server", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/people/new");
  const t = await pageT(page);
  const create = page.getByRole("button", { name: t("people.create") });
  await create.click();
  await expect.poll(() => focusedSummary(page), patience).toBe(true);

  // Put one error right and send again: the summary keeps the other and takes focus back.
  await page.getByLabel(t("people.name"), { exact: true }).fill("Ada Fokus");
  await create.click();
  await expect.poll(() => summaryItems(page), patience).toEqual([`${t("people.email")}: ${t("people.emailRequired")}`]);
  await expect.poll(() => focusedSummary(page), patience).toBe(true);

  // Valid in the browser, refused by the server (the address is taken): the summary comes back with the server's answer.
  await page.getByLabel(t("people.email"), { exact: true }).fill(demoAccounts.leader);
  await create.click();
  await expect.poll(() => summaryItems(page), patience).toEqual([`${t("people.email")}: ${t("people.emailTaken")}`]);
  await expect.poll(() => focusedSummary(page), patience).toBe(true);
  await summary(page).getByRole("link").click();
  await expect.poll(() => focusedId(page), patience).toBe("person-email");
});

test("on the gathering form the summary's first link leads to a wrong field that names its error", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/programs/1/gatherings/new");
  await page.locator("main form button[type=submit]").last().click();
  await expect.poll(() => focusedSummary(page), patience).toBe(true);
  await summary(page).getByRole("link").first().click();
  const focused = page.locator(":focus");
  await expect.poll(() => focused.getAttribute("aria-invalid"), patience).toBe("true");
  const errorId = (await focused.getAttribute("aria-describedby"))?.split(" ").pop();
  expect(await page.locator(`[id="${errorId}"]`).textContent()).not.toBe("");
});

// Designsystemet's fieldset script names a fieldset without aria-labelledby by its legend and the
// paragraph under it, giving each an id (":ds:…") in the browser before React hydrates: React then
// finds an id it did not render (a warning in development, nothing in production) and the help is
// read as part of the name. The form sets those ids and names itself, the same on both sides.
test("the gathering form's fieldsets are named by their legends and described by their help, with JavaScript too", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/programs/1/gatherings/new");
  const t = await pageT(page);
  const groups = [
    ["gatherings.section.when", "gatherings.field.timesHelp"],
    ["gatherings.section.where", "gatherings.field.placeHelp"],
    ["gatherings.field.agenda", "gatherings.field.agendaHelp"],
  ] as const;
  for (const [legend, help] of groups) {
    const group = page.getByRole("group", { name: t(legend), exact: true });
    const describedBy = await group.getAttribute("aria-describedby");
    expect((await page.locator(`[id="${describedBy}"]`).textContent())?.trim(), legend).toBe(t(help));
  }
  expect(await page.locator("main form p[id^=':ds:']").count()).toBe(0);
});

test("errors found while typing stay by their fields until the form is sent", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/programs/new");
  const t = await pageT(page);
  const title = page.getByLabel(t("programs.title"), { exact: true });
  await title.fill("x");
  await title.fill("");
  await page.keyboard.press("Tab");
  await expect.poll(() => title.getAttribute("aria-invalid"), patience).toBe("true");
  expect(await summary(page).count()).toBe(0);
  await page.getByRole("button", { name: t("programs.create") }).click();
  await expect.poll(() => summaryItems(page), patience).toContain(`${t("programs.title")}: ${t("programs.titleRequired")}`);
  await expect.poll(() => focusedSummary(page), patience).toBe(true);
});

/**
 * Tabs from the page's heading through the form: every stop shows a focus indicator (an outline or
 * a box shadow, on a checkbox or radio possibly around it and its label) and comes after the one
 * before in the document.
 */
async function tabThroughForm(page: Page, form: string) {
  await page.locator("main h1").evaluate((h1) => {
    (h1 as HTMLElement).tabIndex = -1;
    (h1 as HTMLElement).focus();
  });
  const stops: { name: string; ring: boolean; inOrder: boolean }[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement;
      const memory = window as unknown as { lastStop?: Element };
      const last = memory.lastStop;
      memory.lastStop = el;
      if (!el.closest(selector)) return null;
      const shows = (e: Element | null) => {
        if (!e) return false;
        const style = getComputedStyle(e);
        return (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none";
      };
      return {
        name: `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || el.textContent?.trim().slice(0, 30)}`,
        // Designsystemet rings a checkbox or radio with its label (the .ds-field around both); the rating scale rings the label.
        ring:
          shows(el) || (el.matches("[type=checkbox], [type=radio]") && (shows(el.closest(".ds-field")) || shows(el.nextElementSibling))),
        inOrder: !last || last === el || !!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    }, form);
    if (!stop) {
      if (stops.length) break;
      continue;
    }
    stops.push(stop);
  }
  return stops;
}

test("every stop of the main forms shows its focus, in the order of the page", { timeout: 120_000 }, async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  for (const path of ["/people/new", "/programs/new", "/programs/1/gatherings/new"]) {
    await visit(page, path);
    const stops = await tabThroughForm(page, "main form");
    expect(stops.length, path).toBeGreaterThan(3);
    expect(
      stops.filter((s) => !s.ring || !s.inOrder),
      path,
    ).toEqual([]);
  }
});

test("small buttons are at least 24 by 24 pixels, and axe checks target size", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/organisation");
  const t = await pageT(page);
  await page
    .getByRole("button", { name: t("organisation.moveDown") })
    .first()
    .waitFor();
  const small = await page.locator("main button[data-size=sm]").evaluateAll((buttons) =>
    buttons
      .map((b) => ({ name: b.textContent?.trim() ?? "", box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
      .map(({ name, box }) => ({ name, width: Math.round(box.width), height: Math.round(box.height) })),
  );
  expect(small.length).toBeGreaterThan(2);
  expect(small.filter((b) => b.width < 24 || b.height < 24)).toEqual([]);
  await checkA11y(page, "the organisation page");
  const rules = await page.evaluate((tags) => window.axe.getRules([...tags]).map((r) => r.ruleId), wcagTags);
  expect(rules).toContain("target-size");
});

test("page titles name the page, what it is about and the programme", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  await visit(page, "/programs/1");
  const programme = (await page.title()).split(" – ").at(-2)!;
  await visit(page, "/gatherings/5");
  const gathering = (await page.locator("#gathering-title").textContent())!.trim();
  const t = await pageT(page);
  const expected = {
    "/programs/1/gatherings": `${t("gatherings.title")} – ${programme} – Samling`,
    "/gatherings/5": `${gathering} – ${t("gatherings.title")} – ${programme} – Samling`,
    "/gatherings/5/edit": `${gathering} – ${t("gatherings.edit")} – ${programme} – Samling`,
    "/gatherings/5/materials": `${gathering} – ${t("participantPages.materials.manageTitle")} – ${programme} – Samling`,
  };
  for (const [path, title] of Object.entries(expected)) {
    await visit(page, path);
    expect(await page.title(), path).toBe(title);
  }
});
