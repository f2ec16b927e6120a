import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn, signOut } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

const homes = [
  { role: "coordinator", name: "Hege Sandvik", sections: ["Dette må gjøres", "Programmene dine"] },
  { role: "leader", name: "Lars Øverby", sections: ["Dine neste samlinger", "Refleksjoner du bør skrive", "Programmene dine"] },
  { role: "union", name: "Marit Kvam", sections: ["Din deltakelse", "Åpne høringer", "Programmene dine"] },
  { role: "facilitator", name: "Terje Foss", sections: ["Samlinger du leder", "Programmene dine"] },
  { role: "directorate", name: "Anne Grete Lunde", sections: ["Sluttrapporter"] },
  { role: "admin", name: "System Administrator", sections: ["Organisasjoner"] },
] as const;

test("the login page is accessible", async ({ page }) => {
  await visit(page, "/login");
  expect(await page.title()).toBe("Logg inn – Samling");
  await page.getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
  await checkA11y(page, "the login page");
});

for (const { role, name, sections } of homes) {
  test(`${role} signs in and lands on an accessible home with their sections`, async ({ page }) => {
    await signIn(page, demoAccounts[role]);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("heading", { level: 1, name: `Hei, ${name}` }).waitFor();
    await expect.poll(() => page.title()).toBe("Hjem – Samling");
    for (const section of sections) await page.getByRole("region", { name: section }).waitFor();
    // "Gi tilbakemelding" is there once a gathering the leader attended has been held (another journey may do that first).
    const feedback = await page.getByRole("region", { name: "Gi tilbakemelding" }).count();
    expect(await page.getByRole("region").count()).toBe(sections.length + (role === "leader" ? feedback : 0));
    await checkA11y(page, `the home page of ${role}`);
  });
}

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  test("a wrong password shows the error and keeps the e-mail address", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await visit(page, "/login");
    await page.getByLabel("E-postadresse").fill("leader@example.org");
    await page.getByLabel("Passord").fill("not-the-password");
    await page.getByRole("button", { name: "Logg inn" }).click();
    // The form's own error, at the top of the form in its error summary.
    await page.locator(".ds-error-summary li").first().waitFor();
    expect(await page.locator(".ds-error-summary li").allTextContents()).toEqual(["Feil e-postadresse eller passord."]);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getByLabel("E-postadresse").inputValue()).toBe("leader@example.org");
    if (javaScriptEnabled) await checkA11y(page, "the login page with a form error");
  });

  test("a malformed e-mail address shows the message next to the field", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await visit(page, "/login");
    const email = page.getByLabel("E-postadresse");
    // Passes the browser's own check of type="email", so without JavaScript the server answers.
    await email.fill("ola@politiet");
    await page.getByLabel("Passord").fill("whatever");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await email.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    const message = page.locator(`[id="${describedBy}"]`);
    expect(await message.textContent()).toBe("Skriv inn en gyldig e-postadresse, for eksempel navn@etat.no.");
    expect(await message.evaluate((el) => el.previousElementSibling?.getAttribute("name"))).toBe("email");
    expect(await email.inputValue()).toBe("ola@politiet");
    expect(await page.getByRole("alert").count()).toBe(0);
    if (javaScriptEnabled) await checkA11y(page, "the login page with a field error");
  });

  test("signing in goes back to the page asked for, and signing out ends the session", async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled });
    await visit(page, "/programs/1");
    expect(new URL(page.url()).search).toBe("?redirectTo=%2Fprograms%2F1");
    await page.getByLabel("E-postadresse").fill(demoAccounts.coordinator);
    await page.getByLabel("Passord").fill("samling-demo");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL("/programs/1");
    await page.getByRole("navigation", { name: "Programmets deler" }).waitFor();
    await signOut(page);
    await page.getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
    await visit(page, "/");
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
