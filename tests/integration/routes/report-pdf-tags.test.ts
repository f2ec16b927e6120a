import { beforeAll, describe, expect, it } from "vitest";
import { reportDocument, type ReportBlock, type ReportDocument } from "../../../app/components/report-document";
import { getDb } from "../../../app/server/db.server";
import { chartAlt, renderReportPdf } from "../../../app/server/report-pdf.server";
import { reportModelFor, statusInfo } from "../../../app/server/report.server";
import { createReportRequest, saveNarrativeSection, saveUnionStatement, startReport } from "../../../app/server/report-workflow.server";
import { finalReports } from "../../../db/schema";

const one = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...params) as T;

type Node = { role?: string; alt?: string; lang?: string; children?: Node[]; type?: string; id?: string };
type Element = { role: string; alt?: string; text: string; children: Element[] };

/**
 * The PDF as a reader of its tags sees it: pdf.js's structure tree of each page, with the text of
 * each element's marked content, and the document's metadata.
 */
async function readTagged(pdf: Buffer) {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const roots: Node[] = [];
  const textOf = new Map<string, string>();
  /** Text outside any marked content: neither tagged nor an artifact, which PDF/UA forbids. */
  const untagged: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    roots.push((await page.getStructTree()) as Node);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of content.items) {
      if ("type" in item) {
        // Artifacts come without an id: marked, but no element's content.
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") open.push(item.id ?? "");
        else if (item.type === "endMarkedContent") open.pop();
      } else if (!open.length) {
        if (item.str.trim()) untagged.push(item.str);
      } else if (open[open.length - 1]) {
        const id = open[open.length - 1]!;
        textOf.set(id, (textOf.get(id) ?? "") + item.str);
      }
    }
  }
  const toElement = (node: Node): Element => {
    const children = (node.children ?? []).filter((c) => c.role).map(toElement);
    const own = (node.children ?? []).filter((c) => c.type === "content").map((c) => textOf.get(c.id!) ?? "");
    return { role: node.role!, alt: node.alt, text: [...own, ...children.map((c) => c.text)].join(""), children };
  };
  const elements = roots.map((root) => (root.children ?? []).map(toElement)).reduce(joinPages);
  const all = (list: Element[]): Element[] => list.flatMap((e) => [e, ...all(e.children)]);
  const { info } = await document.getMetadata();
  await document.destroy();
  return { elements: all(elements), untagged, info: info as Record<string, unknown> };
}

/**
 * pdf.js gives each page the part of the tree that has content on it, so an element running over a
 * page break comes twice. Only groups run over (the writer keeps a paragraph, a row or a chart on
 * one page): the last group of a page and the first of the next with the same role are one.
 */
const splittable = new Set(["Document", "Table", "THead", "TBody", "L"]);
function joinPages(before: Element[], after: Element[]): Element[] {
  const last = before[before.length - 1];
  const first = after[0];
  if (!last || !first || last.role !== first.role || !splittable.has(last.role)) return [...before, ...after];
  const joined = { ...last, text: last.text + first.text, children: joinPages(last.children, first.children) };
  return [...before.slice(0, -1), joined, ...after.slice(1)];
}

const compact = (text: string) => text.replace(/\s+/g, "");

let doc: Record<"nb" | "en", ReportDocument>;

beforeAll(() => {
  const actor = { id: one<{ id: number }>("select id from people where email = 'directorate@example.org'").id };
  const programId = one<{ id: number }>("select id from programs where title = 'Ledelse i Fjellby 2025–2027'").id;
  const level = one<{ id: number }>("select id from leader_levels where name = 'Operative ledere'").id;
  const request = createReportRequest(actor, { programId, focusLevelId: level, focusText: "Operativ ledelse", dueOn: "2099-01-01" });
  const reportId = startReport(programId, request)!;
  saveNarrativeSection(reportId, "summary", "Programmet har nådd alle tre nivåer.\n\nAndre avsnitt.");
  saveNarrativeSection(reportId, "funds", "Midlene er brukt som planlagt.");
  saveUnionStatement(reportId, "Samarbeidet var godt.");
  const row = getDb()
    .select()
    .from(finalReports)
    .all()
    .find((r) => r.id === reportId)!;
  const build = (lang: "nb" | "en") => {
    const built = reportDocument(reportModelFor(row), statusInfo(row), lang);
    // Every kind of block, whatever the demo's reflections hold: add quotes if the model has none.
    const blocks = built.sections.flatMap((s) => s.blocks);
    if (!blocks.some((b) => b.kind === "quotes")) built.sections[1]!.blocks.push({ kind: "quotes", items: ["Jeg delegerer mer nå."] });
    return built;
  };
  doc = { nb: build("nb"), en: build("en") };
});

describe.each(["nb", "en"] as const)("the tagged report PDF in %s", (lang) => {
  it("has a structure tree with headings, tables with header cells, lists, quotes and charts with their figures", async () => {
    const report = doc[lang];
    const { elements, untagged, info } = await readTagged(await renderReportPdf(report));
    const of = (role: string) => elements.filter((e) => e.role === role);
    const blocks = report.sections.flatMap((s) => s.blocks);
    const kind = <K extends ReportBlock["kind"]>(k: K) => blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === k);

    expect(untagged).toEqual([]);
    expect(elements[0]?.role).toBe("Document");
    expect(of("H1").map((e) => e.text)).toEqual([report.title]);
    // The sections' headings, in reading order.
    expect(of("H2").map((e) => compact(e.text))).toEqual(report.sections.map((s) => compact(`${s.number}. ${s.title}`)));
    expect(of("H3").length).toBeGreaterThanOrEqual(kind("subheading").length);

    // Every table, its head row of header cells with the page's column names, its body of data cells.
    const tables = of("Table");
    expect(tables).toHaveLength(kind("table").length);
    kind("table").forEach((block, i) => {
      const [head, body] = tables[i]!.children;
      expect(head?.role).toBe("THead");
      const headCells = head!.children.flatMap((tr) => tr.children);
      expect(headCells.map((c) => c.role)).toEqual(block.head.map(() => "TH"));
      expect(headCells.map((c) => compact(c.text))).toEqual(block.head.map(compact));
      expect(body?.role).toBe("TBody");
      expect(body!.children).toHaveLength(block.rows.length);
      expect(body!.children.flatMap((tr) => tr.children.map((c) => c.role))).not.toContain("TH");
    });

    // Each chart is a figure whose alternative text says every bar's label and figure.
    const figures = of("Figure");
    expect(figures).toHaveLength(kind("bars").length);
    kind("bars").forEach((block, i) => {
      expect(figures[i]!.alt).toBe(chartAlt(block));
      for (const bar of block.bars) expect(figures[i]!.alt).toContain(`${bar.label}: ${bar.text}`);
    });

    // The facts lists: a label and a body per item.
    const items = of("LI");
    expect(items.length).toBe(kind("facts").reduce((n, b) => n + b.items.length, 0));
    for (const item of items) expect(item.children.map((c) => c.role)).toEqual(["Lbl", "LBody"]);
    expect(of("BlockQuote").length).toBe(kind("quotes").reduce((n, b) => n + b.items.length, 0));

    // Language and title for the reader, and the PDF/UA identification.
    expect(info.Language).toBe(lang === "en" ? "en-GB" : "nb-NO");
    expect(info.Title).toBe(report.title);
  });

  it("says in its metadata that it is PDF/UA-1, tagged, and shows its title", async () => {
    const raw = (await renderReportPdf(doc[lang], { compress: false })).toString("latin1");
    expect(raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/%PDF-1\.7/);
  });
});
