import { readFileSync } from "node:fs";
import postcss from "postcss";
import { expect, it } from "vitest";

const css = readFileSync(new URL("../../../app/styles/app.css", import.meta.url), "utf8");

// A missing brace does not fail the build: the rules after it become nested under one selector
// and silently stop applying (the roll-call rule once swallowed every outbox style).
it("the stylesheet parses, and every rule sits at the top level or directly in an at-rule", () => {
  const root = postcss.parse(css, { from: "app/styles/app.css" });
  const nested: string[] = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === "rule") nested.push(`${rule.selector} (line ${rule.source?.start?.line})`);
  });
  expect(nested).toEqual([]);
});
