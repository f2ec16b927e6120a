import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, demoPassword, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering } from "./helpers/gatherings";
import { addresses, waitForMail } from "./helpers/mail";
import { pageT, visit, waitForHydration } from "./helpers/pages";
import { hasJavaScript, scriptModes, test } from "./helpers/test";

const leader = demoAccounts.leader;
const ratings = [
  ["reflections.identityQuestion", 5, 7],
  ["reflections.measure.roleClarity", 4, 5],
  ["reflections.measure.otherLevelsUnderstanding", 3, 5],
  ["reflections.measure.collaboration", 4, 5],
  ["reflections.measure.leadershipConfidence", 2, 5],
] as const;

// Journey 3 of issue #9, and journey 6's variant of it without JavaScript. A gathering can be
// marked held only once it has started, so each run creates its own that began days ago.
describe.each([
  { ...scriptModes[0], day: -3 },
  { ...scriptModes[1], day: -6 },
])("$mode", ({ mode, javaScriptEnabled, day }) => {
  test("roll-call and held send the leader a reflection prompt; the reflection is written, quoted and listed", async ({ newPage }) => {
    const title = `Samling som er holdt (e2e, ${mode})`;
    const page = await newPage({ javaScriptEnabled });
    await signIn(page, demoAccounts.coordinator);
    const { id } = await createGathering(page, { title, day, startTime: "09:00", endTime: "15:00", cohorts: [cohorts.firstLine] });
    await confirmGathering(page);
    const t = await pageT(page);

    // The roll-call in one submit: unanswered invitees start as present.
    await visit(page, `/gatherings/${id}/roll-call`);
    const lars = page.getByRole("group", { name: /^Lars Øverby/ });
    expect(await lars.getByLabel(t("attendance.status.present"), { exact: true }).isChecked()).toBe(true);
    if (hasJavaScript(page)) await checkA11y(page, "the roll-call");
    await page.getByRole("button", { name: t("attendance.save"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/gatherings/${id}`);
    await page.getByRole("button", { name: t("gatherings.action.markHeld"), exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: t("gatherings.done.held") })
      .waitFor();
    await page.getByText(t("gathering.status.held"), { exact: true }).waitFor();

    const prompt = await waitForMail(
      (m) => addresses(m).includes(leader) && (m.subject ?? "").includes(title) && (m.text ?? "").includes("/r/"),
    );
    const link = new URL((prompt.text ?? "").match(/https?:\/\/\S+\/r\/[\w.-]+/)![0]).pathname;

    // The leader follows the link in another browser and is asked to sign in first.
    const mine = await newPage({ javaScriptEnabled });
    await visit(mine, link);
    await mine.waitForURL((url) => url.pathname === "/login");
    const tl = await pageT(mine);
    await mine.getByLabel(tl("login.email"), { exact: true }).fill(leader);
    await mine.getByLabel(tl("login.password"), { exact: true }).fill(demoPassword);
    await mine.getByRole("button", { name: tl("login.submit"), exact: true }).click();
    await mine.waitForURL((url) => url.pathname === "/my/reflections/new" && url.searchParams.get("gatheringId") === String(id));
    if (hasJavaScript(mine)) await waitForHydration(mine);

    expect(await mine.getByLabel(tl("reflections.kind.gathering")).isChecked()).toBe(true);
    expect(await mine.getByLabel(tl("reflections.form.gathering"), { exact: true }).inputValue()).toBe(String(id));
    const quote = "Jeg skal spørre teamet mitt før jeg bestemmer, ikke etterpå.";
    await mine.getByLabel(tl("reflections.form.freeText")).fill(`Dagen ga meg mye å tenke på. ${quote} Det blir en øvelse.`);
    for (const [legend, value, max] of ratings) {
      await mine
        .getByRole("group", { name: tl(legend) })
        .getByRole("radio", { name: tl("reflections.scaleOption", { value, max }), exact: true })
        .check();
    }
    if (hasJavaScript(mine)) await checkA11y(mine, "the reflection form");
    await mine.getByRole("button", { name: tl("reflections.form.submit"), exact: true }).click();
    await mine
      .getByRole("status")
      .filter({ hasText: tl("reflections.submitted") })
      .waitFor();

    await mine.getByLabel(tl("reflections.quotes.field")).fill(`«${quote}»`);
    await mine.getByRole("button", { name: tl("reflections.quotes.add"), exact: true }).click();
    await mine
      .getByRole("status")
      .filter({ hasText: tl("reflections.quotes.added") })
      .waitFor();
    await mine.locator("blockquote", { hasText: quote }).waitFor();

    await visit(mine, "/my/reflections");
    const entry = mine
      .getByRole("listitem")
      .filter({ has: mine.getByRole("link", { name: `${tl("reflections.kind.gathering")}: ${title}` }) });
    await entry.getByText(tl("reflections.status.submitted"), { exact: true }).waitFor();
    if (hasJavaScript(mine)) await checkA11y(mine, "the leader's reflections");
  });
});
