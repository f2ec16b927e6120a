import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { test } from "./helpers/test";

// The directorate's seeded request for Fjellby's programme is this journey's alone: the report it
// starts ends up published.
const programTitle = "Ledelse i Fjellby 2025–2027";
// The focus is set once the page is hydrated, which a loaded machine can take more than a second to do.
const patience = { timeout: 10_000 };

test("the coordinator writes and submits the final report; the directorate publishes it and downloads the PDF", async ({ newPage }) => {
  const run = Date.now().toString(36);
  const narrative = {
    Sammendrag: `Programmet har gitt førstelinjelederne et tydeligere blikk på egen rolle. (${run})`,
    "Om prosjektet": `Tre kull med samlinger over to år, med refleksjon mellom samlingene. (${run})`,
    Kontaktperson: `Hege Sandvik, koordinator. (${run})`,
  };
  const sectionKeys = ["summary", "about", "contact"];

  const coordinator = await newPage();
  await signIn(coordinator, demoAccounts.coordinator);
  await coordinator.getByRole("region", { name: "Dette må gjøres" }).getByRole("link", { name: "Gå til sluttrapporten" }).click();
  await coordinator.getByRole("heading", { level: 2, name: "Sluttrapport" }).waitFor();
  const request = coordinator.getByRole("listitem").filter({ hasText: "Hvordan programmet har styrket førstelinjeledernes" });
  await request.getByText("Ikke påbegynt", { exact: true }).waitFor();
  await request.getByRole("button", { name: "Start rapporten" }).click();
  await coordinator.waitForURL(/\/programs\/\d+\/report\/\d+$/);
  await coordinator.getByRole("heading", { level: 2, name: `Sluttrapport: ${programTitle}` }).waitFor();
  await checkA11y(coordinator, "the report builder");

  // Each section is read as it will be sent, and written through its own link; without JavaScript too.
  const withoutScript = await newPage({ javaScriptEnabled: false });
  await signIn(withoutScript, demoAccounts.coordinator);
  for (const [i, [section, text]] of Object.entries(narrative).entries()) {
    const page = i === 0 ? withoutScript : coordinator;
    if (i === 0) await visit(page, new URL(coordinator.url()).pathname);
    const field = page.getByLabel(`Tekst til «${section}»`, { exact: true });
    // With JavaScript the link opens the editor without loading the page again, and puts the writer in the field.
    const open = async () => {
      await page.getByRole("link", { name: `Skriv tekst til «${section}»` }).click();
      if (page === coordinator) {
        await expect.poll(() => field.evaluate((el) => el === document.activeElement), patience).toBe(true);
        expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
      }
    };
    if (page === coordinator) await page.evaluate(() => ((window as { samePage?: boolean }).samePage = true));
    await open();
    expect(await page.getByRole("textbox").count()).toBe(1);
    if (i === 2) {
      // Cancelled, the editor closes and the writer is back at the section, without a page load too.
      await page.getByRole("link", { name: "Avbryt" }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), patience).toBe(`report-section-${sectionKeys[i]}`);
      expect(await page.getByRole("textbox").count()).toBe(0);
      await open();
    }
    if (i === 1) await checkA11y(page, "the report builder with a section open");
    if (i === 0) {
      // Refused, the section opens again with what was written and the message at the field.
      const tooLong = "x".repeat(10_001);
      await field.fill(tooLong);
      await page.getByRole("button", { name: "Lagre teksten" }).click();
      await page.getByText("Teksten er for lang.").first().waitFor();
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await field.inputValue()).toBe(tooLong);
    }
    await field.fill(text);
    await page.getByRole("button", { name: "Lagre teksten" }).click();
    await page.getByRole("link", { name: `Endre teksten til «${section}»` }).waitFor();
    // The writer is put back at the section (with JavaScript; without, the address's fragment leads there).
    if (page === coordinator)
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), patience).toBe(`report-section-${sectionKeys[i]}`);
    await page.getByRole("status").filter({ hasText: "Teksten er lagret." }).waitFor();
    await page.getByText(text, { exact: true }).waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
  }
  await coordinator.reload();
  for (const text of Object.values(narrative)) await coordinator.getByText(text, { exact: true }).waitFor();

  await coordinator.getByRole("button", { name: "Send inn rapporten" }).click();
  await coordinator.getByRole("status").filter({ hasText: "Rapporten er sendt inn." }).waitFor();
  await coordinator.getByText("Rapporten er sendt inn og kan ikke endres.").waitFor();
  expect(await coordinator.getByRole("textbox").count()).toBe(0);
  const reportPath = new URL(coordinator.url()).pathname;
  const reportId = reportPath.split("/").pop();

  const directorate = await newPage();
  await signIn(directorate, demoAccounts.directorate);
  await directorate.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Sluttrapporter" }).click();
  await directorate.getByRole("heading", { level: 1, name: "Sluttrapporter" }).waitFor();
  const requests = directorate.getByRole("region", { name: "Forespurte rapporter" });
  const row = requests.getByRole("row").filter({ hasText: programTitle });
  await row.getByText("Til gjennomsyn", { exact: true }).waitFor();
  await row.getByRole("link", { name: programTitle }).click();
  await directorate.waitForURL(`/reports/${reportId}`);
  await checkA11y(directorate, "the submitted report for review");
  await directorate.getByRole("button", { name: "Publiser" }).click();
  await directorate.getByRole("status").filter({ hasText: "Rapporten er publisert." }).waitFor();
  expect(await directorate.getByRole("button", { name: "Publiser" }).count()).toBe(0);
  for (const text of Object.values(narrative)) await directorate.getByText(text).waitFor();

  const [download] = await Promise.all([
    directorate.waitForEvent("download"),
    directorate.getByRole("link", { name: "Last ned PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Sluttrapport.+Fjellby.+\.pdf$/);
  const downloaded = await readFile((await download.path())!);
  expect(downloaded.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The same file over HTTP with the directorate's cookies, for its headers.
  const pdf = await directorate.request.get(`/reports/${reportId}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Published, the report is in the portfolio and on the directorate's home page.
  await visit(directorate, "/reports");
  await directorate.getByRole("region", { name: "Sammenligning av nøkkeltall" }).getByRole("link", { name: programTitle }).waitFor();
  await visit(directorate, "/");
  await directorate.getByRole("region", { name: "Sluttrapporter" }).getByText(`Fjellby politidistrikt: ${programTitle}`).waitFor();
});
