import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ReportBlock, ReportDocument } from "../../../app/components/report-document";
import { ReportBlocks, ReportView, type LongTables } from "../../../app/components/report-view";

const table = (caption: string, rows: number): ReportBlock => ({
  kind: "table",
  caption,
  head: ["Samling", "Svar"],
  numeric: [false, true],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [`Samling ${i + 1}`, String(i)], highlight: false })),
});

const doc: ReportDocument = {
  lang: "nb",
  title: "Sluttrapport",
  subtitle: "Programmet",
  meta: [],
  draft: true,
  sections: [
    {
      key: "about",
      number: 2,
      title: "Om prosjektet",
      narrative: "",
      blocks: [table("Tilbakemelding per samling", 11), table("Slik ble programmet rullet ut", 10)],
    },
  ],
};

const render = (longTables?: LongTables) =>
  renderToStaticMarkup(createElement(ReportBlocks, { section: doc.sections[0]!, subLevel: 3, longTables }));
const longTables = (open: string | null): LongTables => ({
  maxRows: 10,
  open,
  href: (id) => `/programs/1/report/1?open=${id}#${id}`,
  label: (caption, rows) => `Vis tabellen «${caption}» (${rows} rader)`,
});

describe("the report's long tables", () => {
  it("are a link to the page with the table open in the builder; shorter ones are drawn", () => {
    const html = render(longTables(null));
    expect(html).toContain('<a class="ds-link" href="/programs/1/report/1?open=report-section-about-0#report-section-about-0">');
    expect(html).toContain("Vis tabellen «Tilbakemelding per samling» (11 rader)");
    expect(html).not.toContain("Samling 11");
    expect(html).toContain('aria-label="Slik ble programmet rullet ut" id="report-section-about-1"');
  });

  it("are drawn in full when opened, and everywhere else (print, PDF, the directorate's page)", () => {
    const view = renderToStaticMarkup(createElement(ReportView, { doc }));
    for (const html of [render(longTables("report-section-about-0")), render(), view]) {
      expect(html).toContain('aria-label="Tilbakemelding per samling" id="report-section-about-0"');
      expect(html).toContain("Samling 11");
      expect(html).not.toContain("Vis tabellen");
    }
  });
});

describe("a section's narrative", () => {
  it("is handed, as drawn, to the builder's renderNarrative to place with its own controls", () => {
    const html = renderToStaticMarkup(
      createElement(ReportView, {
        doc,
        emptyNarrative: "Ingen tekst ennå.",
        renderNarrative: (section, read) =>
          createElement("div", { className: "builder" }, read, createElement("a", { href: `?edit=${section.key}` }, "Skriv")),
      }),
    );
    expect(html).toContain('<div class="builder"><p class="ds-paragraph muted">Ingen tekst ennå.</p><a href="?edit=about">Skriv</a></div>');
  });
});

describe("a section the server drew", () => {
  const { blocks: _, ...text } = doc.sections[0]!;
  const drawn = (html: string | null) =>
    renderToStaticMarkup(
      createElement(ReportView, { doc: { ...doc, sections: [{ ...text, blocksMarkup: html === null ? null : { key: "k", html } }] } }),
    );

  it("has its blocks' HTML placed as it came, spaced as the section's own blocks are", () => {
    const html = drawn(render());
    expect(html).toContain(`<div class="stack">${render()}</div></section>`);
  });

  it("without blocks has no empty box to add space", () => {
    expect(drawn(null)).not.toContain('<div class="stack"></div>');
  });
});
