// Journey 7: bad input shows its error where it belongs and writes nothing — an invalid gathering
// form (end before start) and a roster file with a bad row, with and without JavaScript.
import { describe, expect } from "vitest";
import { demoAccounts, signIn } from "./helpers/auth";
import { osloDate, programmeId } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("a gathering that ends before it starts is refused at the end time, and not saved", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    const program = await programmeId(page);
    await visit(page, `/programs/${program}/gatherings/new`);
    const t = await pageT(page);
    const field = (key: Parameters<typeof t>[0]) => page.getByLabel(t(key), { exact: true });
    const title = `Baklengs samling ${javaScriptEnabled ? "js" : "html"} ${Date.now()}`;
    await field("gatherings.field.title").fill(title);
    await field("gatherings.field.startDate").fill(osloDate(30));
    await field("gatherings.field.startTime").fill("14:00");
    await field("gatherings.field.endDate").fill(osloDate(30));
    await field("gatherings.field.endTime").fill("09:00");
    await page.getByRole("button", { name: t("form.save"), exact: true }).click();

    const message = page.getByText(t("gatherings.endBeforeStart"), { exact: true });
    await message.waitFor();
    // The message is tied to a field the user can correct, and the form keeps what was typed.
    const messageId = await message.getAttribute("id");
    expect(messageId).toBeTruthy();
    const described = await page.locator(`[aria-describedby~="${messageId}"]`).count();
    expect(described).toBeGreaterThan(0);
    expect(await field("gatherings.field.title").inputValue()).toBe(title);

    await visit(page, `/programs/${program}/gatherings?view=list`);
    expect(await page.getByText(title).count()).toBe(0);
  });

  test("a roster file with a bad row is previewed with the row's problem, and nothing is imported", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    await visit(page, "/people/import");
    const t = await pageT(page);
    const stamp = `${javaScriptEnabled ? "js" : "html"}${Date.now()}`;
    const csv = [
      "navn;e-post;enhet;nivå",
      `Åse Ødegård ${stamp};ase.${stamp}@fjellby.example.org;Stab;Førstelinjeledere`,
      `Bjørn Ærlig ${stamp};ikke-en-adresse;Stab;Førstelinjeledere`,
    ].join("\r\n");
    await page.getByLabel(t("import.file"), { exact: true }).setInputFiles({
      name: "roster.csv",
      mimeType: "text/csv",
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")]),
    });
    await page.getByRole("button", { name: t("import.upload"), exact: true }).click();

    const problems = page.getByRole("table", { name: t("import.problemRows") });
    await problems.waitFor();
    expect(await problems.getByText(`Bjørn Ærlig ${stamp}`).count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: new RegExp(`^${t("import.commit", { count: 0 }).split("(")[0]!.trim()}`) }).count()).toBe(
      0,
    );

    // Neither the good row nor the bad one was written.
    await visit(page, `/people?q=${encodeURIComponent(stamp)}`);
    expect(await page.getByText(`Åse Ødegård ${stamp}`).count()).toBe(0);
    expect(await page.getByText(`Bjørn Ærlig ${stamp}`).count()).toBe(0);
  });
});
