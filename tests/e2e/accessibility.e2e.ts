import { expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { visit } from "./helpers/pages";
import { test } from "./helpers/test";

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
    `${program}/gatherings/new`,
    `${program}/direction/compare?from=1&to=2`,
    `${program}/reflections/status`,
    `${program}/reflections/prompts`,
    `${program}/dissemination`,
    "/my/gatherings",
    "/outbox",
    "/outbox/preview",
    "/audit",
    "/privacy",
  ],
  union: [...secretariatPages, consultation, `${consultation}/review`, "/my/gatherings", "/privacy"],
  leader: ["/my/gatherings", "/my/reflections", "/privacy"],
  facilitator: [program, `${program}/gatherings`, "/my/gatherings", "/privacy"],
  directorate: ["/reports", "/reports/request", "/privacy"],
  admin: ["/outbox", "/outbox/preview", "/audit", "/privacy"],
};

for (const [role, paths] of Object.entries(pagesByRole) as [keyof typeof demoAccounts, string[]][]) {
  test(`the main pages of the ${role} pass axe`, async ({ page }) => {
    await signIn(page, demoAccounts[role]);
    // Every page is checked, and the problems of all of them reported together.
    const problems: string[] = [];
    for (const path of paths) {
      const response = await visit(page, path);
      if (response?.status() !== 200) {
        problems.push(`${path}: HTTP ${response?.status()}`);
        continue;
      }
      await checkA11y(page, path).catch((error: Error) => problems.push(error.message));
    }
    expect(problems).toEqual([]);
  });
}
