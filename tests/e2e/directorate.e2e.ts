import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { test } from "./helpers/test";

const programTitle = "Ledelse i Fjellby 2025–2027";
const otherProgramme = "Trygge ledere i Havnevik";

test("the directorate publishes the national strategy, a coordinator links a goal to it, and the directorate follows, compares and exports", async ({
  newPage,
}) => {
  const run = Date.now().toString(36);
  const strategyTitle = `Politiets lederstrategi ${run}`;
  const areaTitle = `Samhandling på tvers av nivåer ${run}`;
  // A period of its own per run, in case the database is reused.
  const fromYear = String(2030 + (Date.now() % 60));

  // The directorate writes and publishes a version of the national strategy.
  const directorate = await newPage();
  await signIn(directorate, demoAccounts.directorate);
  await directorate.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Nasjonal strategi" }).click();
  await directorate.getByRole("heading", { level: 1, name: "Nasjonal strategi" }).waitFor();
  await checkA11y(directorate, "the national strategy");
  const newVersion = directorate.getByRole("region", { name: "Ny versjon" });
  await newVersion.getByLabel("Tittel").fill(strategyTitle);
  await newVersion.getByLabel("For type organisasjon").selectOption("police_district");
  await newVersion.getByLabel("Fra år").fill(fromYear);
  await newVersion.getByLabel("Til år").fill(String(Number(fromYear) + 5));
  await newVersion.getByRole("button", { name: "Opprett versjon" }).click();
  const version = directorate.getByRole("region", { name: new RegExp(strategyTitle) });
  await version.waitFor();
  await version.getByLabel("Fokusområde").fill(areaTitle);
  await version.getByLabel("Mål", { exact: true }).fill("Ledere på alle nivåer forstår hverandres roller.");
  await version.getByRole("button", { name: "Legg til fokusområde" }).click();
  await version.getByRole("heading", { level: 3, name: areaTitle }).waitFor();
  await version.getByRole("button", { name: "Publiser versjonen" }).click();
  await version.getByText("Publisert", { exact: true }).waitFor();

  // The coordinator adopts it and links a programme goal to the national focus area.
  const coordinator = await newPage();
  await signIn(coordinator, demoAccounts.coordinator);
  await visit(coordinator, "/organisation/strategy");
  await checkA11y(coordinator, "adopting the national strategy");
  await coordinator.getByRole("button", { name: `Ta i bruk ${strategyTitle}` }).click();
  await coordinator.getByText("Tatt i bruk", { exact: true }).first().waitFor();
  await visit(coordinator, "/programs");
  await coordinator.getByRole("link", { name: programTitle }).first().click();
  await coordinator.waitForURL(/\/programs\/\d+/);
  const programId = /\/programs\/(\d+)/.exec(coordinator.url())![1];
  await visit(coordinator, `/programs/${programId}/goals`);
  const newGoal = coordinator.locator("form").filter({ has: coordinator.getByRole("button", { name: "Legg til mål" }) });
  await newGoal.getByLabel("Mål", { exact: true }).fill(`Tillit mellom nivåene ${run}`);
  await newGoal.getByLabel(areaTitle).check();
  await Promise.all([
    coordinator.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/goals")),
    newGoal.getByRole("button", { name: "Legg til mål" }).click(),
  ]);
  await visit(coordinator, `/programs/${programId}/goals`);
  await coordinator.locator(`input[value="Tillit mellom nivåene ${run}"]`).waitFor();
  // The coordinator sees what is shared with the directorate.
  await visit(coordinator, `/programs/${programId}/shared`);
  await coordinator.getByRole("heading", { name: "Delt med direktoratet" }).waitFor();
  await checkA11y(coordinator, "shared with the directorate");

  // The directorate follows the running programme.
  await directorate.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Programmer vi følger" }).click();
  await directorate.getByRole("link", { name: programTitle }).click();
  await directorate.getByRole("heading", { level: 1, name: `Slik følger direktoratet ${programTitle}` }).waitFor();
  await directorate.getByRole("heading", { name: "Svarandel på refleksjoner" }).waitFor();
  await checkA11y(directorate, "the live summary of a programme");

  // It compares the two police districts, then only the programmes on the national focus area.
  await directorate.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Sammenligning" }).click();
  await directorate.getByRole("heading", { level: 1, name: "Sammenligning på tvers av organisasjoner" }).waitFor();
  await directorate.getByLabel("Type organisasjon").selectOption("police_district");
  await directorate.getByRole("button", { name: "Vis" }).click();
  const table = directorate.getByRole("region", { name: "Programmer sammenlignet" });
  await table.getByRole("link", { name: programTitle }).waitFor();
  await table.getByRole("link", { name: otherProgramme }).waitFor();
  await checkA11y(directorate, "the comparison");
  await directorate.getByRole("link", { name: /Sorter etter Brukt/ }).click();
  await directorate.waitForURL(/sort=spent/);
  await directorate.getByLabel("Fokusområde").selectOption(areaTitle);
  await directorate.getByRole("button", { name: "Vis" }).click();
  // The table shown before the filter holds both until the new answer arrives: wait for the other to go.
  await table.getByRole("link", { name: otherProgramme }).waitFor({ state: "detached" });
  await table.getByRole("link", { name: programTitle }).waitFor();

  // And exports it.
  const [download] = await Promise.all([
    directorate.waitForEvent("download"),
    directorate.getByRole("link", { name: "Last ned CSV (Excel)" }).click(),
  ]);
  const csv = await readFile((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString("utf8").slice(1);
  expect(text.split("\r\n")[0]).toContain("Organisasjon;Program;");
  expect(text).toContain(programTitle);
  expect(text).not.toContain(otherProgramme);
  // Three people and a dozen pages with accessibility checks: longer than the default minute on a busy machine.
}, 240_000);
