import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { test } from "./helpers/test";

// The seeded consultation: version 2 of the direction document of Fjellby's programme, open for
// comments until two weeks from now. The union representative's drafts are theirs alone; the
// journey without JavaScript removes its draft again so the other finds none but its own.
const documentTitle = "Retningsdokument for lederutviklingsprogrammet";

/** The union representative's way in: the open consultation on the home page. */
async function openConsultationFromHome(page: Page) {
  await signIn(page, demoAccounts.union);
  await page.getByRole("region", { name: "Åpne høringer" }).getByRole("link", { name: documentTitle }).click();
  await page.getByRole("heading", { level: 1, name: `${documentTitle} – versjon 2` }).waitFor();
}

const commentField = (page: Page, section: string) => page.getByLabel(`Ditt innspill til «${section}»`, { exact: true });

/** The status line that belongs to a comment field (its aria-describedby). */
async function statusOf(field: Locator): Promise<Locator> {
  const statusId = (await field.getAttribute("aria-describedby"))!.split(" ")[0];
  return field.page().locator(`[id="${statusId}"]`);
}

/** The coordinator's card for one comment on the programme's consultation page. */
const commentCard = (page: Page, body: string) => page.locator('[id^="comment-"]').filter({ hasText: body });

test("the union representative comments with autosave and submits; the secretariat answers", async ({ newPage }) => {
  const run = Date.now().toString(36);
  const comments = [
    { section: "Mål", body: `Målet bør også nevne samarbeid med tillitsvalgte. (${run})` },
    { section: "Roller og ansvar", body: `Hovedtillitsvalgt bør ha fast plass i programstyret. (${run})` },
  ];
  const rep = await newPage();
  await openConsultationFromHome(rep);
  await checkA11y(rep, "the consultation page");
  const consultationPath = new URL(rep.url()).pathname;

  for (const { section, body } of comments) {
    const field = commentField(rep, section);
    await field.pressSequentially(body, { delay: 5 });
    // Saved by the pause after typing, without leaving the field or pressing a button.
    const status = await statusOf(field);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^Utkastet er lagret kl\. \d\d[:.]\d\d\.$/);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  }

  await rep.getByRole("link", { name: "Gå gjennom og send inn utkastene (2)" }).first().click();
  await rep.getByRole("heading", { level: 1, name: "Gå gjennom innspillene dine" }).waitFor();
  for (const { section, body } of comments) expect(await commentField(rep, section).inputValue()).toBe(body);
  await checkA11y(rep, "the review of drafts");
  await rep.getByRole("button", { name: "Send inn alle (2)" }).click();
  await rep.getByRole("status").filter({ hasText: "2 innspill er sendt inn. Takk!" }).waitFor();
  expect(new URL(rep.url()).pathname).toBe(consultationPath);
  expect(await rep.getByRole("link", { name: "Gå gjennom og send inn utkastene (0)" }).count()).toBe(2);

  // The secretariat answers on the programme's consultation page.
  const coordinator = await newPage();
  await signIn(coordinator, demoAccounts.coordinator);
  await visit(coordinator, "/programs/1/direction/2/consultation");
  await coordinator.getByRole("heading", { level: 2, name: `Høring: ${documentTitle} – versjon 2` }).waitFor();
  await checkA11y(coordinator, "the programme's consultation page");
  const answers = [
    { ...comments[0]!, disposition: "Tatt inn", reason: "" },
    { ...comments[1]!, disposition: "Ikke tatt inn", reason: `Programstyret er sekretariatet, der hovedtillitsvalgt sitter. (${run})` },
  ];
  for (const { body, disposition, reason } of answers) {
    const card = commentCard(coordinator, body);
    await card.getByText("Marit Kvam").waitFor();
    await card.getByRole("radio", { name: disposition, exact: true }).check();
    if (reason) await card.getByLabel("Begrunnelse", { exact: true }).fill(reason);
    await card.getByRole("button", { name: "Lagre svaret" }).click();
    await card.getByText("Besvart av Hege Sandvik", { exact: false }).waitFor();
    await card.getByRole("button", { name: "Endre svaret" }).waitFor();
  }

  // The representative sees the answers under their comments.
  await visit(rep, consultationPath);
  for (const { section, body, disposition, reason } of answers) {
    const mine = rep.getByRole("region", { name: section }).locator(".comment-body", { hasText: body }).locator("..");
    await mine.getByText(disposition, { exact: true }).waitFor();
    if (reason) await mine.getByText(reason).waitFor();
  }
});

test("without JavaScript, the union representative saves a draft with the button", async ({ newPage }) => {
  const page = await newPage({ javaScriptEnabled: false });
  await openConsultationFromHome(page);
  const body = `Evalueringen bør også spørre tillitsvalgte. (${Date.now().toString(36)})`;
  const section = page.getByRole("region", { name: "Evaluering" });
  await commentField(page, "Evaluering").fill(body);
  await section.getByRole("button", { name: "Lagre utkast" }).click();
  await section
    .getByRole("status")
    .filter({ hasText: /^Utkastet er lagret kl\./ })
    .waitFor();

  await visit(page, new URL(page.url()).pathname);
  expect(await commentField(page, "Evaluering").inputValue()).toBe(body);
  await section.getByRole("status").filter({ hasText: "Utkastet er lagret." }).waitFor();
  await page.getByRole("link", { name: "Gå gjennom og send inn utkastene (1)" }).first().waitFor();

  // An emptied draft is removed: the representative's drafts are as the journey found them.
  await commentField(page, "Evaluering").fill("");
  await section.getByRole("button", { name: "Lagre utkast" }).click();
  await section.getByRole("status").filter({ hasText: "Det tomme utkastet er fjernet." }).waitFor();
  await page.getByRole("link", { name: "Gå gjennom og send inn utkastene (0)" }).first().waitFor();
});
