// Journey: the coordinator imports an Excel roster whose units the organisation does not have,
// creates one and maps the other from the preview, saves, and finds the people in their units and
// cohort — with and without JavaScript.
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

async function roster(stamp: string) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Deltakere");
  sheet.addRow(["Navn", "E-post", "Enhet", "Ledernivå", "Kull"]);
  sheet.addRow([
    `Åse Nordli ${stamp}`,
    `ase.${stamp}@fjellby.example.org`,
    `Nordre vaktlag ${stamp}`,
    "Førstelinjeledere",
    cohorts.firstLine,
  ]);
  sheet.addRow([
    `Bjørn Nordli ${stamp}`,
    `bjorn.${stamp}@fjellby.example.org`,
    `Nordre vaktlag ${stamp}`,
    "Førstelinjeledere",
    cohorts.firstLine,
  ]);
  sheet.addRow([
    `Øydis Stabæk ${stamp}`,
    { formula: `LOWER("OYDIS.${stamp.toUpperCase()}@FJELLBY.EXAMPLE.ORG")`, result: `oydis.${stamp}@fjellby.example.org` },
    `Staben ${stamp}`,
    "Førstelinjeledere",
    cohorts.firstLine,
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("an .xlsx roster with unknown units is fixed in the preview and imported into the cohort", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    await visit(page, "/people/import");
    const t = await pageT(page);
    const stamp = `${javaScriptEnabled ? "js" : "html"}${Date.now()}`;

    // The organisation's one running programme is already chosen for the cohort column.
    const program = page.getByLabel(t("import.program"), { exact: true });
    expect(await program.locator("option:checked").textContent()).not.toBe(t("import.noProgram"));
    await page.getByLabel(t("import.file"), { exact: true }).setInputFiles({
      name: "deltakere.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await roster(stamp),
    });
    await page.getByRole("button", { name: t("import.upload"), exact: true }).click();

    const northern = page.getByLabel(t("everyday.import.valueLabel", { name: `Nordre vaktlag ${stamp}`, rows: 2 }), { exact: true });
    await northern.waitFor();
    await page.getByText(t("everyday.import.workbook", { sheet: "Deltakere" })).waitFor();
    await northern.selectOption("create");
    await page
      .getByLabel(t("everyday.import.valueLabel", { name: `Staben ${stamp}`, rows: 1 }), { exact: true })
      .selectOption({ label: "Stab" });
    await page.getByRole("button", { name: t("everyday.import.review"), exact: true }).click();

    const save = page.getByRole("button", { name: t("import.commit", { count: 3 }), exact: true });
    await save.waitFor();
    await save.click();
    await page
      .getByRole("status")
      .filter({ hasText: t("import.done", { created: 3, updated: 0, unchanged: 0, placed: 3, invited: 3 }).slice(0, 20) })
      .waitFor();

    await visit(page, `/people?q=${encodeURIComponent(stamp)}`);
    const row = (name: string) => page.getByRole("row").filter({ hasText: name });
    for (const name of [`Åse Nordli ${stamp}`, `Bjørn Nordli ${stamp}`]) {
      expect(await row(name).textContent()).toContain(`Nordre vaktlag ${stamp}`);
      expect(await row(name).textContent()).toContain(cohorts.firstLine);
    }
    const oydis = await row(`Øydis Stabæk ${stamp}`).textContent();
    expect(oydis).toContain("Stab");
    expect(oydis).not.toContain(`Staben ${stamp}`);
    expect(oydis).toContain(cohorts.firstLine);
  });
});
