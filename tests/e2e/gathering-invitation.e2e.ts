import ICAL from "ical.js";
import { describe, expect, inject, onTestFailed } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, setLanguageOf, signIn } from "./helpers/auth";
import { calendarOf, cohorts, confirmGathering, createGathering, invitationTo, osloDate, osloInstant } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { browserErrorsOf, test } from "./helpers/test";

const coordinator = demoAccounts.coordinator;

// Journeys 1 and 6 of issue #9: the same journey in bokmål and in English. Different days, so the
// two gatherings do not warn about each other.
describe.each([
  { language: "bokmål", locale: "nb", day: 20, title: "Ledersamling om tillit (e2e nb)" },
  { language: "English", locale: "en", day: 23, title: "Leadership gathering on trust (e2e en)" },
] as const)("in $language", ({ locale, day, title }) => {
  test("the coordinator creates and confirms a gathering; the invitation carries a calendar entry", async ({ page }) => {
    onTestFailed(() => setLanguageOf(coordinator, "nb"));
    await signIn(page, coordinator);
    if (locale === "en") {
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { level: 1, name: /^Hello/ }).waitFor();
    }

    const plan = {
      title,
      day,
      startTime: "09:30",
      endTime: "15:45",
      cohorts: [cohorts.operational, cohorts.firstLine],
      facilitator: "Terje Foss",
    };
    const { id, program } = await createGathering(page, plan, () => checkA11y(page, "the new-gathering form"));
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    const t = await pageT(page);
    const details = page.getByRole("region", { name: t("gatherings.details") });
    await details.getByText(`${cohorts.operational}, ${cohorts.firstLine}`).waitFor();
    await details.getByText("Terje Foss").waitFor();
    await page.getByText(t("gathering.status.planned"), { exact: true }).waitFor();

    await confirmGathering(page);
    await page.getByText(t("gathering.status.confirmed"), { exact: true }).waitFor();
    await checkA11y(page, "the gathering page");
    // A server and browser that render differently show here: React's production build reports a
    // hydration that failed (text or elements that differ) as an error, though not an attribute.
    await visit(page, `/gatherings/${id}/edit`);
    expect(browserErrorsOf(page)).toEqual([]);

    const date = osloDate(day);
    await visit(page, `/programs/${program}/gatherings?view=month&month=${date.slice(0, 7)}`);
    await page.getByRole("link", { name: title }).first().waitFor();
    await checkA11y(page, "the programme's calendar (month)");

    // Every leader in the two cohorts is invited; the demo leader is in the first-line cohort.
    const mail = await invitationTo(demoAccounts.leader, title);
    expect(mail.subject).toContain(title);
    const calendar = new ICAL.Component(ICAL.parse(calendarOf(mail)!));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(`samling-gathering-${id}@${new URL(inject("e2eBaseUrl")).hostname}`);
    expect(event.getFirstPropertyValue("summary")).toBe(title);
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = event.getFirstPropertyValue("dtend") as ICAL.Time;
    // Written in UTC (…Z), the instant the coordinator meant in Oslo time.
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toJSDate().toISOString()).toBe(osloInstant(date, "09:30").toISOString());
    expect(end.toJSDate().toISOString()).toBe(osloInstant(date, "15:45").toISOString());

    if (locale === "en") {
      await page.getByRole("button", { name: "Norsk bokmål" }).click();
      await page.getByRole("button", { name: "English" }).waitFor();
    }
  });
});
