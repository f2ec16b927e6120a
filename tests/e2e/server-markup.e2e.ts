import { expect } from "vitest";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { browserErrorsOf, test } from "./helpers/test";

// Issue 21: markup the server drew once (the invitee rows) travels once in a document, and hydration keeps it.
test("the invitee rows come once in the document, stay through hydration and change only when they do", async ({ page }) => {
  await signIn(page, demoAccounts.coordinator);
  const { id } = await createGathering(page, {
    title: "Radene én gang (e2e)",
    day: -2,
    startTime: "09:00",
    endTime: "15:00",
    cohorts: [cohorts.firstLine],
  });
  await confirmGathering(page);
  const t = await pageT(page);
  const select = t("gatherings.col.select", { name: "Lars Øverby" });
  const count = (text: string, part: string) => text.split(part).length - 1;

  // The document carries the row once, in the table; the data of a client-side navigation carries the HTML.
  const document = await (await page.request.get(`/gatherings/${id}`)).text();
  expect(count(document, select)).toBe(1);
  expect(count(await (await page.request.get(`/gatherings/${id}.data`)).text(), select)).toBe(1);

  await visit(page, `/gatherings/${id}`);
  const lars = page.getByLabel(select, { exact: true });
  expect(await lars.count()).toBe(1);
  await lars.check();
  // A post whose page comes back with the same rows (drawn again, as the gathering changed) leaves them, and the tick, as they are.
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
