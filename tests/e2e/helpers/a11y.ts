import axe from "axe-core";
import type { Page } from "playwright-core";
import { hasJavaScript } from "./test";

type Finding = { rule: string; impact: string; help: string; helpUrl: string; nodes: { target: string; summary: string }[] };

/**
 * The rule set every journey checks: WCAG 2.0, 2.1 and 2.2 A and AA, and Deque's best practices.
 * axe's default run leaves some of these rules out (target size, WCAG 2.2), so the tags are always
 * passed explicitly — never the defaults.
 */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

/**
 * Runs axe-core with the WCAG tags in the page and fails on any violation, whatever its impact,
 * and on any visible form control without a label of its own. `label` names the page in the
 * failure message. axe is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern: a script tag would (rightly) be refused, and the policy
 * stays in force for the page.
 *
 * A page opened without JavaScript cannot run axe (its promises never settle), so the markup it was
 * served is checked in a scratch page of its own where the page's scripts are forbidden: what a
 * reader without JavaScript gets, not what React makes of it.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const problems = hasJavaScript(page) ? await problemsIn(page) : await problemsWithoutScripts(page);
  if (problems.length) throw new Error(`Accessibility problems on ${label} (${page.url()}):\n  ${problems.join("\n  ")}`);
}

async function problemsWithoutScripts(page: Page): Promise<string[]> {
  const [url, html] = [page.url(), await page.content()];
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const scratch = await context.newPage();
    await scratch.route(url, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": "script-src 'none'" }, body: html }),
    );
    await scratch.goto(url);
    return await problemsIn(scratch);
  } finally {
    await context.close();
  }
}

async function problemsIn(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (tags): Promise<Finding[]> => {
    const { violations } = await window.axe.run(document, {
      runOnly: { type: "tag", values: [...tags] },
      resultTypes: ["violations"],
    });
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
    }));
  }, wcagTags);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("input:not([type=hidden]), select, textarea")]
      .filter((control) => control.getClientRects().length > 0 && (control.labels?.length ?? 0) === 0)
      .map((control) => control.outerHTML.slice(0, 200)),
  );
  const problems = findings.map(
    (f) =>
      `[${f.impact}] ${f.rule}: ${f.help} (${f.helpUrl})\n` +
      f.nodes.map((n) => `    at ${n.target}\n      ${n.summary.replace(/\n/g, "\n      ")}`).join("\n"),
  );
  if (unlabelled.length) problems.push(`form controls without a <label>:\n    ${unlabelled.join("\n    ")}`);
  return problems;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
