import type { Page } from "playwright-core";
import { expect } from "vitest";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering } from "./helpers/gatherings";
import { pageT, visit, waitForHydration } from "./helpers/pages";
import { browserErrorsOf, test } from "./helpers/test";

// Issue 21: markup the server drew once (the invitee rows) travels once in a document, and hydration keeps it.
async function gatheringWithInvitees(page: Page, title: string) {
  await signIn(page, demoAccounts.coordinator);
  const { id } = await createGathering(page, { title, day: -2, startTime: "09:00", endTime: "15:00", cohorts: [cohorts.firstLine] });
  await confirmGathering(page);
  const t = await pageT(page);
  return { id, t, select: t("gatherings.col.select", { name: "Lars Øverby" }) };
}

test("the invitee rows come once in the document, stay through hydration and change only when they do", async ({ page }) => {
  const { id, t, select } = await gatheringWithInvitees(page, "Radene én gang (e2e)");
  const count = (text: string, part: string) => text.split(part).length - 1;

  // The document carries the row once, in the table; the data of a client-side navigation carries the HTML.
  const document = await (await page.request.get(`/gatherings/${id}`)).text();
  expect(count(document, select)).toBe(1);
  expect(count(await (await page.request.get(`/gatherings/${id}.data`)).text(), select)).toBe(1);

  await visit(page, `/gatherings/${id}`);
  const lars = page.getByLabel(select, { exact: true });
  expect(await lars.count()).toBe(1);
  await lars.check();
  // A post whose page comes back with the same rows (drawn again under the same key) leaves them, and the tick, as they are.
  await page.getByRole("button", { name: t("gatherings.action.markHeld"), exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: t("gatherings.done.held") })
    .waitFor();
  expect(await lars.isChecked()).toBe(true);

  // Rows that change are drawn anew: Lars is marked present, and the ticks clear.
  await page.getByLabel(t("gatherings.action.markSelectionAs"), { exact: true }).selectOption("present");
  await page.getByRole("button", { name: t("gatherings.action.markSelection"), exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: t("gatherings.done.selection", { count: 1 }) })
    .waitFor();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Lars Øverby", exact: true }) });
  await expect.poll(() => row.getByRole("cell").last().textContent()).toBe(t("attendance.status.present"));
  expect(await lars.isChecked()).toBe(false);
  expect(browserErrorsOf(page)).toEqual([]);
});

test("the rows come back where React could not hydrate the page and drew it anew", async ({ page }) => {
  const { id, select } = await gatheringWithInvitees(page, "Radene etter mislykket hydrering (e2e)");
  // The heading's text changed before React hydrates (as a browser extension might): React draws the
  // whole page anew on the client, where the document's rows are not in the data.
  const changed = " (endret før hydrering)";
  await page.addInitScript((suffix) => {
    new MutationObserver((_, observer) => {
      const title = document.getElementById("gathering-title");
      if (!title?.textContent) return;
      title.textContent += suffix;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, changed);
  await page.goto(`/gatherings/${id}`);
  await waitForHydration(page);
  await expect.poll(() => page.locator("#gathering-title").textContent()).not.toContain(changed);
  await expect.poll(() => page.getByLabel(select, { exact: true }).count()).toBe(1);
});
