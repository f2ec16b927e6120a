import { describe, expect } from "vitest";
import { formatDay } from "../../app/i18n/dates";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering, osloDate } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { hasJavaScript, scriptModes, test } from "./helpers/test";

// Issue 18: a two-day gathering's roll-call, a day at a time, with a walk-in; with and without JavaScript.
describe.each([
  { ...scriptModes[0], day: -4 },
  { ...scriptModes[1], day: -9 },
])("$mode", ({ mode, javaScriptEnabled, day }) => {
  test("the coordinator takes a two-day roll-call and adds a walk-in", async ({ newPage }) => {
    const title = `Todagerssamling (e2e, ${mode})`;
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    const { id } = await createGathering(
      page,
      { title, day, startTime: "09:00", endTime: "15:00", cohorts: [cohorts.firstLine] },
      async () => {
        const t = await pageT(page);
        await page.getByLabel(t("gatherings.field.endDate"), { exact: true }).fill(osloDate(day + 1));
      },
    );
    await confirmGathering(page);
    const t = await pageT(page);
    const [first, second] = [osloDate(day), osloDate(day + 1)].map((d) => t("rollCall.presentOn", { day: formatDay(d, "nb") }));

    await visit(page, `/gatherings/${id}/roll-call`);
    const lars = page.getByRole("group", { name: /^Lars Øverby/ });
    // Each checkbox is named by person and day, so a screen reader does not lose the row.
    const larsSecond = lars.getByLabel(`Lars Øverby: ${second}`, { exact: true });
    expect(await lars.getByLabel(`Lars Øverby: ${first}`, { exact: true }).isChecked()).toBe(true);
    expect(await larsSecond.isChecked()).toBe(true);
    if (hasJavaScript(page)) await checkA11y(page, "the two-day roll-call");
    await larsSecond.uncheck();
    await page.getByRole("button", { name: t("attendance.save"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/gatherings/${id}`);

    await visit(page, `/gatherings/${id}/roll-call`);
    expect(
      await page
        .getByRole("group", { name: /^Lars Øverby/ })
        .getByLabel(`Lars Øverby: ${second}`, { exact: true })
        .isChecked(),
    ).toBe(false);

    // A walk-in: searched by name among the organisation's people who are not invited.
    await page.getByLabel(t("rollCall.walkIn.search"), { exact: true }).fill("e");
    await page.getByRole("button", { name: t("rollCall.walkIn.find"), exact: true }).click();
    const choices = page.getByRole("group", { name: t("rollCall.walkIn.person") });
    const candidate = choices.getByRole("radio").first();
    await candidate.waitFor();
    const name = await page
      .locator(`label[for="${await candidate.getAttribute("id")}"]`)
      .evaluate((l) => l.firstChild!.textContent!.trim());
    if (hasJavaScript(page)) await checkA11y(page, "the walk-in search");
    await candidate.check();
    await page.getByRole("button", { name: t("rollCall.walkIn.add"), exact: true }).click();
    const walkIn = page.getByRole("group", { name: new RegExp(`^${name}`) });
    await walkIn.waitFor();
    expect(await walkIn.getByLabel(`${name}: ${first}`, { exact: true }).isChecked()).toBe(true);

    await visit(page, `/gatherings/${id}`);
    await page.getByRole("row").filter({ hasText: name }).getByText(t("rollCall.walkIn.marker"), { exact: false }).waitFor();
  });
});
