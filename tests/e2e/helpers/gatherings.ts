import { TZDate } from "@date-fns/tz";
import type { ParsedMail } from "mailparser";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { clock } from "../../../app/server/clock.server";
import { addresses, allMail, waitForMail } from "./mail";
import { pageT, visit } from "./pages";

/** The demo programme's cohorts, as the gathering form names them. */
export const cohorts = { operational: "Kull 2 – operative ledere", firstLine: "Kull 3 – førstelinjeledere" } as const;

export type GatheringPlan = {
  /** Unique per journey: journeys share one database, and the title finds the gathering's e-mails. */
  title: string;
  /** Days from today (Oslo); negative for a gathering that has already started. */
  day: number;
  startTime: string;
  endTime: string;
  cohorts: string[];
  facilitator?: string;
  capacity?: number;
};

/** The Oslo calendar date `days` from now, as a date input takes it (yyyy-mm-dd). */
export function osloDate(days: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date(clock.nowMs() + days * 86_400_000));
}

/** The instant a wall-clock date and time in Oslo stands for. */
export function osloInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  return new Date(+new TZDate(y, m - 1, d, h, min, 0, "Europe/Oslo"));
}

/** The signed-in coordinator's (only) programme, from the links on the home page. */
export async function programmeId(page: Page): Promise<number> {
  await visit(page, "/");
  const href = await page.locator('a[href^="/programs/"]').first().getAttribute("href");
  return Number(href?.match(/^\/programs\/(\d+)/)?.[1]);
}

/**
 * Fills in and saves the new-gathering form as the signed-in coordinator, in the page's language;
 * conflict warnings (other journeys' gatherings) are acknowledged with "save anyway". Returns the
 * new gathering's id and its programme's, with the browser on the gathering's page. `beforeSave` runs on the filled form.
 */
export async function createGathering(
  page: Page,
  plan: GatheringPlan,
  beforeSave?: () => Promise<void>,
): Promise<{ id: number; program: number }> {
  const program = await programmeId(page);
  await visit(page, `/programs/${program}/gatherings/new`);
  const t = await pageT(page);
  const field = (key: Parameters<typeof t>[0]) => page.getByLabel(t(key), { exact: true });
  const date = osloDate(plan.day);
  await field("gatherings.field.title").fill(plan.title);
  await field("gatherings.field.theme").fill("Tillit i hverdagen");
  await field("gatherings.field.startDate").fill(date);
  await field("gatherings.field.startTime").fill(plan.startTime);
  await field("gatherings.field.endDate").fill(date);
  await field("gatherings.field.endTime").fill(plan.endTime);
  await field("gatherings.field.venueName").fill("Fjellby kulturhus");
  await field("gatherings.field.venueAddress").fill("Storgata 1, 9000 Fjellby");
  const who = page.getByRole("group", { name: t("gatherings.field.cohorts") });
  for (const cohort of plan.cohorts) await who.getByLabel(cohort, { exact: true }).check();
  if (plan.facilitator) {
    await page
      .getByRole("group", { name: t("gatherings.field.facilitators") })
      .getByLabel(new RegExp(`^${plan.facilitator}`))
      .check();
  }
  if (plan.capacity !== undefined) await field("gatherings.field.capacity").fill(String(plan.capacity));
  await beforeSave?.();
  const save = page.getByRole("button", { name: t("form.save"), exact: true });
  await save.click();
  const created = /\/gatherings\/\d+$/;
  const outcome = await Promise.race([
    page.waitForURL(created).then(() => "saved" as const),
    page
      .locator("#gathering-warnings")
      .waitFor()
      .then(() => "warned" as const),
  ]);
  if (outcome === "warned") {
    await page.getByLabel(t("gatherings.warnings.saveAnyway"), { exact: true }).check();
    await save.click();
    await page.waitForURL(created);
  }
  await page.getByRole("heading", { level: 1, name: plan.title }).waitFor();
  return { id: Number(new URL(page.url()).pathname.split("/").pop()), program };
}

/** Confirms the gathering shown, which sends the invitations. */
export async function confirmGathering(page: Page): Promise<void> {
  const t = await pageT(page);
  await page.getByRole("button", { name: t("gatherings.action.confirm"), exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: t("gatherings.done.confirmed") })
    .waitFor();
}

/** The invitation to the gathering titled `title` that reached `email`. */
export const invitationTo = (email: string, title: string) =>
  waitForMail((m) => addresses(m).includes(email) && (m.subject ?? "").includes(title) && calendarOf(m) !== undefined);

/** Every invitation sent for `title`, once at least `count` have arrived. */
export async function invitationsFor(title: string, count: number): Promise<ParsedMail[]> {
  const sent = async () => (await allMail()).filter((m) => (m.subject ?? "").includes(title) && calendarOf(m) !== undefined);
  await expect.poll(async () => (await sent()).length, { timeout: 15_000, interval: 200 }).toBeGreaterThanOrEqual(count);
  return sent();
}

/** The iCalendar attachment's text, if the message has one. */
export function calendarOf(mail: ParsedMail): string | undefined {
  return mail.attachments.find((a) => a.contentType.startsWith("text/calendar"))?.content.toString("utf8");
}

/** The accept or decline link in an invitation, as a path on the app. */
export function rsvpPath(mail: ParsedMail, answer: "accepted" | "declined"): string {
  const match = (mail.text ?? "").match(new RegExp(`https?://[^\\s]+(/rsvp/\\d+\\.${answer}\\.[\\w-]+)`));
  if (!match) throw new Error(`No ${answer} link in the e-mail «${mail.subject}»:\n${mail.text}`);
  return match[1]!;
}
