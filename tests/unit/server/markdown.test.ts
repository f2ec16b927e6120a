import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../app/server/markdown.server";

describe("renderMarkdown", () => {
  it("renders the Markdown a direction document needs", () => {
    const html = renderMarkdown("# Mål\n\nStyrke **rolleforståelsen**.\n\n- én\n- to\n\n[Strategi](https://example.org/strategi)");
    expect(html).toContain("<h3>Mål</h3>");
    expect(html).toContain("<strong>rolleforståelsen</strong>");
    expect(html).toContain("<li>én</li>");
    expect(html).toContain('<a href="https://example.org/strategi" rel="noopener noreferrer">Strategi</a>');
  });

  it("nests body headings under the page's own", () => {
    expect(renderMarkdown("# A\n\n## B", 4)).toBe("<h4>A</h4>\n<h5>B</h5>\n");
    expect(renderMarkdown("###### deep", 4)).toContain("<h6>deep</h6>");
  });

  it("shows script tags as text and never as a script", () => {
    const html = renderMarkdown("Hei <script>alert('x')</script>\n\n<script>document.cookie</script>");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("leaves no element with an event handler, and no images", () => {
    for (const source of [
      "<img src=x onerror=alert(1)>",
      "tekst <img src=x onerror=alert(1)> tekst",
      '<div onclick="alert(1)">klikk</div>',
      "![bilde](https://tracker.example.com/pixel.png)",
      '<svg onload="alert(1)"></svg>',
    ]) {
      const html = renderMarkdown(source);
      expect(html).not.toMatch(/<img|<svg|<div/i);
      expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    }
  });

  it("drops javascript: and data: addresses but keeps the link text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="]) {
      const html = renderMarkdown(`[klikk](${href})`);
      expect(html).not.toMatch(/javascript|data:/i);
      expect(html).toContain("klikk");
    }
    expect(renderMarkdown('<a href="javascript:alert(1)">x</a>')).not.toMatch(/<a /);
  });

  it("keeps mailto and gives every link rel=noopener noreferrer, never a target", () => {
    const html = renderMarkdown("[Skriv](mailto:hr@example.org) og <https://example.org>");
    expect(html).toContain('href="mailto:hr@example.org"');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
    expect(html).not.toContain("target=");
  });
});
