import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { uiLocaleOf, type Translate } from "../../app/i18n/catalog";
import { formatMean } from "../../app/i18n/numbers";
import { checkA11y } from "./helpers/a11y";
import { demoPassword, signIn } from "./helpers/auth";
import { confirmGathering, createGathering } from "./helpers/gatherings";
import { addresses, waitForMail } from "./helpers/mail";
import { pageT, visit, waitForHydration } from "./helpers/pages";
import { hasJavaScript, test, type NewPage } from "./helpers/test";

// Issue #17: feedback after a held gathering is read only once five have answered. Lövsjö kommun,
// the demo's Swedish municipality, has five leaders who can sign in, all in one group, and no other
// journey holds a gathering there: its coordinator holds one, days ago, with all five present.
const samordnare = "samordnare@lovsjo.example.org";
const title = "Chefsträff om återkoppling (e2e)";

type Answer = { email: string; name: string; overall: number; relevance: number; takeaway?: string };
// Overall 5, 4, 4, 3, 5 (mean 4.2) and relevance 4, 5, 4, 3, 4 (mean 4.0); three write what they take with them.
const answers: Answer[] = [
  { email: "anders.oberg@lovsjo.example.org", name: "Anders Öberg", overall: 5, relevance: 4, takeaway: "Att fråga medarbetarna först." },
  { email: "asa.lundgren@lovsjo.example.org", name: "Åsa Lundgren", overall: 4, relevance: 5 },
  {
    email: "mikael.strom@lovsjo.example.org",
    name: "Mikael Ström",
    overall: 4,
    relevance: 4,
    takeaway: "Tydligare roll mot förvaltningsledningen.",
  },
  { email: "sofia.hakansson@lovsjo.example.org", name: "Sofia Håkansson", overall: 3, relevance: 3 },
  {
    email: "jonas.backstrom@lovsjo.example.org",
    name: "Jonas Bäckström",
    overall: 5,
    relevance: 4,
    takeaway: "Mer tid för samtal i grupp.",
  },
];

/** The feedback link in the request that reached `email`, as a path on the app. */
async function feedbackLink(email: string): Promise<string> {
  const mail = await waitForMail(
    (m) => addresses(m).includes(email) && (m.subject ?? "").includes(title) && (m.text ?? "").includes("/f/"),
  );
  return new URL((mail.text ?? "").match(/https?:\/\/\S+\/f\/[\w.-]+/)![0]).pathname;
}

/**
 * The page's catalogue once `shown` is on it in that language: after signing in, a client-side
 * navigation may still be putting the person's own language on the page.
 */
async function settledT(page: Page, shown: (t: Translate) => Locator): Promise<Translate> {
  let t = await pageT(page);
  await expect
    .poll(async () => {
      t = await pageT(page);
      return shown(t).count();
    })
    .toBe(1);
  return t;
}

/** Fills in and sends the feedback form shown. */
async function give(page: Page, answer: Answer, a11yLabel?: string): Promise<void> {
  const t = await settledT(page, (t) => page.getByRole("heading", { level: 1, name: t("participants.feedback.title"), exact: true }));
  for (const [legend, value] of [
    ["participants.feedback.overall", answer.overall],
    ["participants.feedback.relevance", answer.relevance],
  ] as const) {
    await page
      .getByRole("group", { name: t(legend) })
      .getByRole("radio", { name: t("reflections.scaleOption", { value, max: 5 }), exact: true })
      .check();
  }
  if (answer.takeaway) await page.getByRole("textbox", { name: t("participants.feedback.takeaway") }).fill(answer.takeaway);
  if (a11yLabel) await checkA11y(page, a11yLabel);
  await page.getByRole("button", { name: t("participants.feedback.submit"), exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: t("participants.feedback.thanks") })
    .waitFor();
}

/** The leader follows the link in the e-mail, signs in on the way, and answers. */
async function answerFromMail(newPage: NewPage, gatheringId: number, answer: Answer, javaScriptEnabled = true) {
  const link = await feedbackLink(answer.email);
  const page = await newPage({ javaScriptEnabled });
  await visit(page, link);
  await page.waitForURL((url) => url.pathname === "/login");
  const t = await pageT(page);
  await page.getByLabel(t("login.email"), { exact: true }).fill(answer.email);
  await page.getByLabel(t("login.password"), { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: t("login.submit"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/gatherings/${gatheringId}/feedback`);
  if (hasJavaScript(page)) await waitForHydration(page);
  await give(page, answer, javaScriptEnabled ? undefined : "the feedback form without JavaScript");
  return { page, link };
}

/** The coordinator's view of the results, reached from the gathering's page. */
async function results(page: Page, gatheringId: number) {
  await visit(page, `/gatherings/${gatheringId}`);
  const t = await pageT(page);
  await page.getByRole("link", { name: t("facilitation.feedback.view"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/gatherings/${gatheringId}/feedback`);
  const region = page.getByRole("region", { name: t("participants.feedback.results") });
  await region.waitFor();
  return region;
}

test(
  "five present leaders give feedback; the coordinator reads it only from the fifth answer",
  { timeout: 240_000 },
  async ({ newPage }) => {
    // The coordinator holds a gathering that began twelve days ago: everyone present, so everyone is asked.
    const coordinator = await newPage();
    await signIn(coordinator, samordnare);
    const { id } = await createGathering(coordinator, { title, day: -12, startTime: "09:00", endTime: "15:00", cohorts: ["Grupp 1"] });
    await confirmGathering(coordinator);
    const t = await pageT(coordinator);
    await visit(coordinator, `/gatherings/${id}/roll-call`);
    await coordinator.getByRole("button", { name: t("attendance.save"), exact: true }).click();
    await coordinator.waitForURL((url) => url.pathname === `/gatherings/${id}`);
    await coordinator.getByRole("button", { name: t("gatherings.action.markHeld"), exact: true }).click();
    await coordinator
      .getByRole("status")
      .filter({ hasText: t("gatherings.done.held") })
      .waitFor();

    // The first answers through the e-mail's link, and is told so when opening it again.
    const first = await answerFromMail(newPage, id, answers[0]!);
    await visit(first.page, first.link);
    const t1 = await pageT(first.page);
    await first.page.getByText(t1("participants.feedback.answered"), { exact: true }).waitFor();
    await checkA11y(first.page, "the feedback page once answered");

    // The second finds it on her home page.
    const second = await newPage();
    await signIn(second, answers[1]!.email);
    const t2 = await settledT(second, (t) => second.getByRole("region", { name: t("participants.home.feedbackDue") }));
    const due = second.getByRole("region", { name: t2("participants.home.feedbackDue") });
    await checkA11y(second, "the leader's home with feedback due");
    await due.getByRole("link", { name: t2("participants.home.feedbackOn", { title }), exact: true }).click();
    await second.waitForURL((url) => url.pathname === `/gatherings/${id}/feedback`);
    await waitForHydration(second);
    await give(second, answers[1]!, "the feedback form");
    await visit(second, "/");
    expect(await second.getByRole("link", { name: t2("participants.home.feedbackOn", { title }) }).count()).toBe(0);

    await answerFromMail(newPage, id, answers[2]!);
    await answerFromMail(newPage, id, answers[3]!, false);

    // Four answers: the number only, no figures and no free text.
    let region = await results(coordinator, id);
    await region.getByText(t("participants.feedback.count", { n: 4 }), { exact: true }).waitFor();
    await region.getByText(t("participants.feedback.tooFew"), { exact: true }).waitFor();
    expect(await region.getByRole("heading", { level: 3 }).count()).toBe(0);
    const shown = await coordinator.locator("main").innerText();
    for (const a of answers) if (a.takeaway) expect(shown).not.toContain(a.takeaway);
    await checkA11y(coordinator, "the feedback results with too few answers");

    // The fifth: the means and what they take with them, with nobody's name.
    await answerFromMail(newPage, id, answers[4]!);
    region = await results(coordinator, id);
    await region.getByText(t("participants.feedback.count", { n: 5 }), { exact: true }).waitFor();
    const locale = uiLocaleOf((await coordinator.locator("html").getAttribute("lang")) ?? "nb");
    for (const [key, mean] of [
      ["participants.feedback.overall", 4.2],
      ["participants.feedback.relevance", 4],
    ] as const) {
      await region.getByRole("heading", { level: 3, name: t(key) }).waitFor();
      await region.getByText(t("participants.feedback.mean", { mean: formatMean(mean, locale) }), { exact: true }).waitFor();
    }
    const takeaways = await region.getByRole("listitem").allInnerTexts();
    expect([...takeaways].sort()).toEqual(answers.flatMap((a) => a.takeaway ?? []).sort());
    const text = await region.innerText();
    for (const a of answers) expect(text).not.toContain(a.name);
    await checkA11y(coordinator, "the feedback results from five answers");
  },
);
