import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

// Fjellby's programme, its direction document (version 2 in consultation) and that consultation.
const program = "/programs/1";
const consultation = "/consultations/1";

const programPages = [program, `${program}/gatherings`, `${program}/direction`, `${program}/direction/2`];
const secretariatPages = [
  ...programPages,
  `${program}/direction/2/consultation`,
  `${program}/union/involvement`,
  `${program}/reflections`,
  `${program}/report`,
];

/** Every main page of each role, as it is reached from the menu and the programme's tabs. */
const pagesByRole: Record<keyof typeof demoAccounts, string[]> = {
  coordinator: [
    ...secretariatPages,
    // The programme's status form, drawn when its link opens it.
    `${program}?open=status`,
    `${program}/gatherings/new`,
    `${program}/direction/compare?from=1&to=2`,
    `${program}/reflections/status`,
    `${program}/reflections/prompts`,
    `${program}/dissemination`,
    `${program}/cohorts`,
    `${program}/cohorts/1`,
    `${program}/budget`,
    `${program}/union`,
    `${program}/gatherings?view=month`,
    // An upcoming gathering (with its form) and a held one's roll call.
    "/gatherings/5",
    // Its message form, drawn when its link opens it.
    "/gatherings/5?open=message",
    "/gatherings/5/edit",
    "/gatherings/4/roll-call",
    "/",
    "/programs",
    "/people",
    "/people/new",
    "/people/import",
    "/facilitators",
    "/organisation",
    "/my/gatherings",
    "/outbox",
    "/outbox/preview",
    "/audit",
    "/privacy",
  ],
  union: [...secretariatPages, "/participation", consultation, `${consultation}/review`, "/my/gatherings", "/privacy"],
  leader: ["/", "/my/gatherings", "/my/reflections", "/privacy"],
  facilitator: [program, `${program}/gatherings`, "/my/gatherings", "/privacy"],
  directorate: ["/reports", "/reports/request", "/privacy"],
  admin: ["/people", "/organisation", "/outbox", "/outbox/preview", "/audit", "/privacy"],
};
const publicPages = ["/login", "/about", "/accessibility"];

describe.each(scriptModes)("$mode", ({ javaScriptEnabled }) => {
  for (const [role, paths] of Object.entries(pagesByRole) as [keyof typeof demoAccounts, string[]][]) {
    // Up to thirty pages, each checked in full: the default minute is too short on a busy machine.
    test(`the main pages of the ${role} pass axe`, { timeout: 300_000 }, async ({ newPage }) => {
      const page = await newPage({ javaScriptEnabled });
      page.setDefaultTimeout(30_000);
      await signIn(page, demoAccounts[role]);
      expect(await problemsOn(page, paths)).toEqual([]);
    });
  }

  test("the pages before signing in pass axe", async ({ newPage }) => {
    expect(await problemsOn(await newPage({ javaScriptEnabled }), publicPages)).toEqual([]);
  });
});

/** Every page is checked, and the problems of all of them reported together. */
async function problemsOn(page: Page, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await visit(page, path);
    if (response?.status() !== 200) {
      problems.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    await checkA11y(page, path).catch((error: Error) => problems.push(error.message));
  }
  return problems;
}

test("the axe check runs the WCAG rules: it fails on a name that does not contain the visible label", async ({ newPage }) => {
  // WCAG 2.5.3 Label in Name: the level buttons once said "Flytt ned" and were named "Flytt Ledergruppen ned".
  const html = `<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Nivåer</h1>
    <button type="button" aria-label="Flytt Ledergruppen ned">Flytt ned</button></main></body></html>`;
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage({ javaScriptEnabled });
    // A page of the app's own origin, so the no-JavaScript check can load it again by its address.
    await page.route("**/a11y-probe", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    await page.goto("/a11y-probe");
    await expect(checkA11y(page, "the probe")).rejects.toThrow(/label-content-name-mismatch/);
  }
});

test("at 320 CSS pixels wide (400 % zoom) no page scrolls sideways", { timeout: 300_000 }, async ({ newPage }) => {
  const page = await newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, demoAccounts.coordinator);
  const wide: string[] = [];
  for (const path of [...pagesByRole.coordinator, "/accessibility"]) {
    await visit(page, path);
    // How far the page sticks out, and the innermost element that does, so a failure says what to fix.
    const { overflow, culprit } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const clipped = (e: Element): boolean =>
        !!e.parentElement && (getComputedStyle(e.parentElement).overflowX !== "visible" || clipped(e.parentElement));
      const outside = [...document.body.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > width + 0.5 && !clipped(e));
      const innermost = outside.find((e) => !outside.some((other) => other !== e && e.contains(other)));
      const describe = (e: Element) => `<${e.tagName.toLowerCase()} class="${e.className}">${(e.textContent ?? "").trim().slice(0, 60)}`;
      return { overflow: document.documentElement.scrollWidth - width, culprit: innermost ? describe(innermost) : "" };
    });
    if (overflow > 0) wide.push(`${path}: ${overflow}px too wide at ${culprit}`);
  }
  expect(wide).toEqual([]);
});
