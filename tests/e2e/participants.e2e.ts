import { describe, expect } from "vitest";
import { checkA11y } from "./helpers/a11y";
import { demoAccounts, signIn } from "./helpers/auth";
import { cohorts, confirmGathering, createGathering } from "./helpers/gatherings";
import { pageT, visit } from "./helpers/pages";
import { scriptModes, test } from "./helpers/test";

describe.each(scriptModes.map((m, i) => ({ ...m, day: 41 + i })))("a leader's gathering page $mode", ({ mode, javaScriptEnabled, day }) => {
  test("from home to the gathering page: change the answer, download the pre-work", async ({ page, newPage }) => {
    const title = `Samling med forarbeid (e2e, ${mode})`;
    await signIn(page, demoAccounts.coordinator);
    const { id } = await createGathering(page, { title, day, startTime: "09:00", endTime: "15:00", cohorts: [cohorts.firstLine] });
    await confirmGathering(page);

    // The coordinator attaches the pre-work.
    await visit(page, `/gatherings/${id}/materials`);
    const t = await pageT(page);
    await page.getByLabel(t("participantPages.materials.file"), { exact: true }).setInputFiles({
      name: "Forarbeid økt 1.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% forarbeid\n"),
    });
    await page.getByRole("button", { name: t("participantPages.materials.upload"), exact: true }).click();
    await page.getByRole("link", { name: "Forarbeid økt 1.pdf" }).waitFor();

    const leader = await newPage({ javaScriptEnabled });
    await signIn(leader, demoAccounts.leader);
    await visit(leader, "/");
    await leader.getByRole("link", { name: title, exact: true }).click();
    await leader.getByRole("heading", { level: 1, name: title }).waitFor();
    await checkA11y(leader, "the invitee's gathering page");

    await leader.getByRole("button", { name: t("rsvp.accept"), exact: true }).click();
    await leader
      .getByRole("status")
      .filter({ hasText: t("rsvp.done.accepted") })
      .waitFor();
    await leader.getByText(t("my.answer", { status: t("rsvp.status.accepted") })).waitFor();

    const [download] = await Promise.all([
      leader.waitForEvent("download"),
      leader.getByRole("link", { name: "Forarbeid økt 1.pdf" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Forarbeid økt 1.pdf");

    // The programme page (the back link) lists the gathering, linked.
    await leader.getByRole("link", { name: /^← / }).click();
    await leader.getByRole("heading", { level: 2, name: t("participantPages.program.schedule") }).waitFor();
    await leader.getByRole("link", { name: title, exact: true }).waitFor();
    await checkA11y(leader, "the participant's programme page");
  });
});
