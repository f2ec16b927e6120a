/**
 * The print page: a whole HTML document of its own, outside the app shell (no menu, no scripts),
 * with print CSS that starts each section on a new page.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { ReportDocument } from "../components/report-document";
import { ReportView } from "../components/report-view";

const css = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem; color: #1a1a1a; background: #fff;
  font: 10.5pt/1.45 Inter, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 20pt; margin: 0 0 .25rem; }
h2 { font-size: 15pt; color: #1e4f8c; margin: 0 0 .75rem; }
h3 { font-size: 11.5pt; margin: 1.25rem 0 .5rem; }
p { margin: 0 0 .6rem; }
.muted { color: #5c5c5c; }
.report-header { margin-bottom: 1.5rem; }
.report-meta { overflow-wrap: anywhere; }
.table-scroll { overflow-x: auto; }
.report-section { margin-top: 2rem; }
.report-facts { margin: 0 0 1rem; }
.report-facts > div { display: grid; grid-template-columns: 38% 1fr; gap: .75rem; padding: .2rem .25rem; break-inside: avoid; }
.report-facts dt { font-weight: 700; color: #5c5c5c; font-size: 9.5pt; }
.report-facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 1rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .35rem; border-bottom: 1px solid #c9ccd1; }
thead th { border-bottom-width: 2px; }
tr { break-inside: avoid; }
.numeric { text-align: right; font-variant-numeric: tabular-nums; }
.report-highlight { background: #fdf1cc; font-weight: 600; }
.report-bars { margin: 0 0 1rem; }
.report-bars figcaption { margin-bottom: .5rem; }
.report-bars th { width: 30%; font-weight: 400; }
.report-bar-cell { width: 45%; }
.report-bar-cell { background: #e8ecf2; }
.report-bar { display: block; height: .8rem; background: #5b8ac6; }
.report-highlight .report-bar { background: #1e4f8c; }
.report-quote { margin: 0 0 .75rem; padding-left: .75rem; border-left: 3pt solid #1e4f8c; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.print-back { margin-bottom: 1rem; }
@media print {
  body { padding: 0; max-width: none; }
  .print-back { display: none; }
  .report-section { margin-top: 0; break-before: page; }
  .report-section:first-of-type { break-before: auto; margin-top: 1.5rem; }
  h2, h3 { break-after: avoid; }
}
`;

export function renderPrintPage(doc: ReportDocument, back: { href: string; label: string }): string {
  const body = renderToStaticMarkup(
    <main>
      <p className="print-back">
        <a href={back.href}>{back.label}</a>
      </p>
      <ReportView doc={doc} />
    </main>,
  );
  const title = renderToStaticMarkup(<title>{doc.title}</title>);
  return `<!DOCTYPE html><html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${title}<style>${css}</style></head><body>${body}</body></html>`;
}
