import axe from "axe-core";
import type { Page } from "playwright-core";
import { hasJavaScript } from "./test";

type Finding = { rule: string; impact: string; help: string; helpUrl: string; nodes: { target: string; summary: string }[] };

/**
 * Runs axe-core in the page and fails on serious or critical violations, and on any visible form
 * control without a label of its own. `label` names the page in the failure message.
 * axe needs JavaScript: check the same page in a JavaScript-enabled page (the markup is the same).
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  if (!hasJavaScript(page)) throw new Error(`checkA11y(${label}): axe-core cannot run with JavaScript disabled`);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern: a script tag would (rightly) be refused, and the policy stays in force for the page.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (): Promise<Finding[]> => {
    const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? "",
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
      }));
  });
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
  if (problems.length) throw new Error(`Accessibility problems on ${label} (${page.url()}):\n  ${problems.join("\n  ")}`);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
