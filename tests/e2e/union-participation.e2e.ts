import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import type { Page } from "playwright-core";
import { expect, onTestFailed } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, postAs, signIn } from "./helpers/auth";
import { calendarOf, cohorts, confirmGathering, createGathering } from "./helpers/gatherings";
import { addresses, allMail } from "./helpers/mail";
import { pageT, visit } from "./helpers/pages";
import { test } from "./helpers/test";

// Issue #17: the chief union representative (in the secretariat, so invited as an observer to every
// confirmed gathering) changes to "selected gatherings", picks one and gets its invitation by SMTP.
// The journey ends where the demo starts (the secretariat mode, nothing picked): other journeys and
// the all-pages checks see the representative as seeded.
const union = demoAccounts.union;
const title = "Samling med tillitsvalgte (e2e valg)";

/** Every e-mail about the journey's gathering that reached the representative, in arrival order. */
const mailAboutIt = async () => (await allMail()).filter((m) => addresses(m).includes(union) && (m.subject ?? "").includes(title));

/** The e-mail's calendar, parsed (ical.js unfolds long lines). */
const calendarIn = (mail: ParsedMail) => new ICAL.Component(ICAL.parse(calendarOf(mail) ?? ""));

/** The calendar METHOD of each of those e-mails. */
const calendarMethods = async () =>
  (await mailAboutIt()).map((m) => (calendarOf(m) ? String(calendarIn(m).getFirstPropertyValue("method")) : "none"));

/** Waits until the representative's e-mails about the gathering are exactly `methods`, in that order. */
async function expectMail(methods: string[]): Promise<void> {
  await expect.poll(calendarMethods, { timeout: 15_000, interval: 200 }).toEqual(methods);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function chooseMode(page: Page, mode: "selected_gatherings" | "secretariat") {
  const t = await pageT(page);
  const modes = page.getByRole("group", { name: t("union.chooseMode") });
  await modes.getByRole("radio", { name: new RegExp(`^${escape(t(`participation.${mode}`))}( –|$)`) }).check();
  await page.getByRole("button", { name: t("union.saveMode"), exact: true }).click();
  await page
    .locator("p", { hasText: t("union.current") })
    .getByText(t(`participation.${mode}`), { exact: true })
    .waitFor();
}

test(
  "the union representative changes to selected gatherings, picks one and is invited to it by e-mail",
  { timeout: 180_000 },
  async ({ newPage }) => {
    // The coordinator confirms a gathering; the representative, in the secretariat, is invited as an observer.
    const coordinator = await newPage();
    await signIn(coordinator, demoAccounts.coordinator);
    const { program } = await createGathering(coordinator, {
      title,
      day: 33,
      startTime: "10:00",
      endTime: "15:00",
      cohorts: [cohorts.firstLine],
    });
    await confirmGathering(coordinator);
    await expectMail(["REQUEST"]);

    // From home, through the programme page, to the participation settings.
    const page = await newPage();
    await signIn(page, union);
    const t = await pageT(page);
    const toProgramme = page.getByRole("region", { name: t("home.union.title") }).locator(`a[href="/my/programs/${program}"]`);
    const programmeTitle = await toProgramme.innerText();
    await toProgramme.click();
    await page.getByRole("heading", { level: 1, name: programmeTitle }).waitFor();
    await checkA11y(page, "the union representative's programme page");
    await page
      .getByRole("navigation", { name: t("nav.main") })
      .getByRole("link", { name: t("union.nav"), exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: t("union.myTitle") }).waitFor();
    const participationId = await page.locator('input[name="participationId"]').first().inputValue();
    // Stopped half-way, the journey must not leave the shared representative on another mode.
    onTestFailed(async () => {
      await postAs(union, "/participation", { intent: "setMode", formId: `mode-${participationId}`, participationId, mode: "secretariat" });
    });

    // "Selected gatherings" with nothing picked: the observer's invitation is taken back.
    await chooseMode(page, "selected_gatherings");
    await expectMail(["REQUEST", "CANCEL"]);
    const choices = page.getByRole("group", { name: t("participants.union.chooseGatherings") });
    const choice = choices.getByRole("checkbox", { name: new RegExp(`^${escape(title)}, `) });
    expect(await choice.isChecked()).toBe(false);
    await checkA11y(page, "the participation page with gatherings to choose");

    // Picks the gathering: the invitation, with the calendar request, arrives for it.
    await choice.check();
    await page.getByRole("button", { name: t("participants.union.saveGatherings"), exact: true }).click();
    await expectMail(["REQUEST", "CANCEL", "REQUEST"]);
    const invitation = (await mailAboutIt()).at(-1)!;
    expect(addresses(invitation)).toEqual([union]);
    expect(invitation.subject).toContain(title);
    const calendar = calendarIn(invitation);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe(title);
    expect(event.getAllProperties("attendee").map((a) => String(a.getFirstValue()).toLowerCase())).toContain(`mailto:${union}`);

    // The programme page lists it as a gathering they are invited to, not yet answered.
    await visit(page, `/my/programs/${program}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await row.getByRole("cell", { name: t("rsvp.status.pending"), exact: true }).waitFor();
    await checkA11y(page, "the programme page with the chosen gathering");

    // Unpicking it takes the invitation back with a calendar cancellation.
    await page.getByRole("link", { name: t("participantPages.program.chooseGatherings"), exact: true }).click();
    await page.getByRole("heading", { level: 1, name: t("union.myTitle") }).waitFor();
    expect(await choice.isChecked()).toBe(true);
    await choice.uncheck();
    await page.getByRole("button", { name: t("participants.union.saveGatherings"), exact: true }).click();
    await expectMail(["REQUEST", "CANCEL", "REQUEST", "CANCEL"]);

    // Back to the secretariat, as seeded: invited to every confirmed gathering again.
    await chooseMode(page, "secretariat");
    await expectMail(["REQUEST", "CANCEL", "REQUEST", "CANCEL", "REQUEST"]);
    await checkA11y(page, "the participation page after the changes");
  },
);
