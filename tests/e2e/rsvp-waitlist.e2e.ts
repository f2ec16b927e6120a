import type { ParsedMail } from "mailparser";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering, invitationsFor, rsvpPath } from "./helpers/gatherings";
import { addresses } from "./helpers/mail";
import { pageT, visit } from "./helpers/pages";
import { test, type NewPage } from "./helpers/test";

const leader = demoAccounts.leader;

/** Presses Tab until the focused element is the one named `name` (a button or link). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`Tab never reached «${name}»`);
}

/** Opens an e-mail link in a browser of its own (no session), answers, and checks the outcome. */
async function answer(newPage: NewPage, mail: ParsedMail, answer: "accepted" | "declined", expected: string, keyboard = false) {
  const page = await newPage();
  await visit(page, rsvpPath(mail, answer));
  const t = await pageT(page);
  // GET only asks: the answer is recorded by the button.
  await page.getByRole("heading", { level: 1, name: t("rsvp.page.title") }).waitFor();
  const button = t(answer === "accepted" ? "rsvp.page.confirmAccept" : "rsvp.page.confirmDecline");
  if (keyboard) {
    await tabTo(page, button);
    await page.keyboard.press("Enter");
  } else {
    await page.getByRole("button", { name: button, exact: true }).click();
  }
  await page
    .getByRole("status")
    .filter({ hasText: t(expected as "rsvp.done.accepted") })
    .waitFor();
  return page;
}

/** The invitee's row on the coordinator's gathering page, after a reload. */
async function rsvpShown(page: Page, name: string) {
  await visit(page, new URL(page.url()).pathname);
  // The answer's column found by its heading (a selection column comes first where the coordinator may remove people).
  const headings = (await page.locator('[aria-labelledby="invitees"] thead th').allTextContents()).map((h) => h.trim());
  const column = headings.indexOf((await pageT(page))("gatherings.col.rsvp"));
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  return (await row.locator("th, td").nth(column).textContent())?.trim();
}

const nameOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.name!;

describe.each([
  { input: "the mouse", keyboard: false, day: 26 },
  { input: "the keyboard only", keyboard: true, day: 29 },
])("accepting with $input", ({ input, keyboard, day }) => {
  test("answers from the e-mail links fill the places, then the waitlist moves up when someone declines", async ({ page, newPage }) => {
    const title = `Samling med venteliste (e2e, ${input})`;
    await signIn(page, demoAccounts.coordinator);
    await createGathering(page, { title, day, startTime: "10:00", endTime: "14:00", cohorts: [cohorts.firstLine], capacity: 2 });
    await confirmGathering(page);
    const t = await pageT(page);

    const mails = await invitationsFor(title, 3);
    const toLeader = mails.find((m) => addresses(m).includes(leader))!;
    const [second, third] = mails.filter((m) => m !== toLeader).sort((a, b) => addresses(a)[0]!.localeCompare(addresses(b)[0]!));
    expect(second && third).toBeTruthy();

    const leaderPage = await newPage();
    await visit(leaderPage, rsvpPath(toLeader, "accepted"));
    await leaderPage.getByRole("button", { name: t("rsvp.page.confirmAccept") }).waitFor();
    if (!keyboard) await checkA11y(leaderPage, "the RSVP confirm page");
    // Opening the link (as a mail scanner would) has not answered anything.
    expect(await rsvpShown(page, "Lars Øverby")).toBe(t("rsvp.status.pending"));

    await answer(newPage, toLeader, "accepted", "rsvp.done.accepted", keyboard);
    await answer(newPage, second!, "accepted", "rsvp.done.accepted");
    await answer(newPage, third!, "accepted", "rsvp.done.waitlisted");
    expect(await rsvpShown(page, "Lars Øverby")).toBe(t("rsvp.status.accepted"));
    expect(await rsvpShown(page, nameOf(third!))).toBe(`${t("rsvp.status.waitlisted")} (1)`);
    await page.getByText(t("gatherings.places", { accepted: 2, capacity: 2 })).waitFor();

    await answer(newPage, second!, "declined", "rsvp.done.declined");
    expect(await rsvpShown(page, nameOf(second!))).toBe(t("rsvp.status.declined"));
    expect(await rsvpShown(page, nameOf(third!))).toBe(t("rsvp.status.accepted"));
    await page.getByText(t("gatherings.places", { accepted: 2, capacity: 2 })).waitFor();
  });
});
