/**
 * The final report as a PDF: real, searchable text in an embedded Inter, tables and bar charts
 * drawn as vector graphics, from the same ReportDocument as the web and print pages.
 *
 * Tagged for PDF/UA-1: every piece of text belongs to a structure element (headings, paragraphs,
 * lists, tables with header cells, block quotes, figures with alternative text) added in reading
 * order, and everything else (backgrounds, rules, page footers) is marked as an artifact.
 *
 * Fontsource splits Inter by script: the "latin" files hold ASCII, æøå and Western punctuation,
 * "latin-ext" holds the rest of the Latin letters (such as Sámi č, đ, ŋ, š, ŧ, ž). Text is written in
 * runs, each in the file that has its letters.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { paragraphs, type ReportBlock, type ReportDocument, type ReportSection } from "../components/report-document";
import { intlTags } from "../i18n/icu";

const require = createRequire(import.meta.url);

type Weight = 400 | 700;
type Subset = "latin" | "latin-ext";
const fontName = (subset: Subset, weight: Weight) => `inter-${subset}-${weight}`;

/**
 * A WOFF 1.0 file unpacked to the plain TrueType/OpenType font it wraps. fontkit can read WOFF, but
 * inflates it in JavaScript for every new document; unpacking once with zlib makes a PDF several
 * times faster.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF file");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const log2 = Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(2 ** log2 * 16, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(numTables * 16 - 2 ** log2 * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

let fontFiles: Map<string, Buffer> | undefined;
function loadFonts() {
  fontFiles ??= new Map(
    (["latin", "latin-ext"] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => [
        fontName(subset, weight),
        woffToSfnt(readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`))),
      ]),
    ),
  );
  return fontFiles;
}

/** The code points of the "latin" files, from Fontsource's own unicode-range table. */
const latinRanges: [number, number][] = (require("@fontsource/inter/unicode.json") as Record<string, string>)
  .latin!.split(",")
  .map((range) => {
    const [from, to] = range.replace("U+", "").split("-");
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
const inLatin = (codePoint: number) => latinRanges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Splits text into runs that one font file can draw. */
export function fontRuns(text: string): { text: string; subset: Subset }[] {
  const runs: { text: string; subset: Subset }[] = [];
  for (const char of text) {
    const subset: Subset = inLatin(char.codePointAt(0)!) ? "latin" : "latin-ext";
    const last = runs[runs.length - 1];
    if (last?.subset === subset) last.text += char;
    else runs.push({ text: char, subset });
  }
  return runs;
}

const colour = {
  text: "#1a1a1a",
  muted: "#5c5c5c",
  rule: "#c9ccd1",
  accent: "#1e4f8c",
  bar: "#5b8ac6",
  barFocus: "#1e4f8c",
  barTrack: "#e8ecf2",
  highlight: "#fdf1cc",
};

type TextStyle = { size?: number; weight?: Weight; color?: string; align?: "left" | "right"; width?: number };

class Writer {
  readonly doc: PDFKit.PDFDocument;
  /** The structure element new content is added to: the innermost open group. */
  private parent: PDFKit.PDFStructureElement;
  constructor(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement) {
    this.doc = doc;
    this.parent = root;
  }

  /** Whatever `draw` puts on the page, as one structure element of `type` (P, H1, TD, …). */
  tag(type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) {
    this.parent.add(this.doc.struct(type, options, draw));
  }

  /** A structure element holding the elements `fill` adds (a list, a table, a row). */
  group(type: string, fill: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) {
    const element = this.doc.struct(type, options);
    const outer = this.parent;
    outer.add(element);
    this.parent = element;
    try {
      fill();
    } finally {
      this.parent = outer;
      element.end();
    }
  }

  /**
   * Decoration a reader should not hear (backgrounds, rules, footers). Only between tagged
   * elements: pdfkit closes any open marked content when an artifact begins.
   */
  artifact(draw: () => void, type?: "Pagination" | "Layout") {
    this.doc.markContent("Artifact", type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page when `height` does not fit on this one. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  height(text: string, { size = 10, weight = 400, width = this.width }: TextStyle = {}) {
    return this.doc
      .font(fontName("latin", weight))
      .fontSize(size)
      .heightOfString(text || " ", { width });
  }

  /** Writes text at (x, y), or where the flow is; returns the height used. */
  text(text: string, style: TextStyle = {}, x?: number, y?: number) {
    const { size = 10, weight = 400, color = colour.text, align = "left", width = this.width } = style;
    const runs = fontRuns(text || " ");
    const top = y ?? this.doc.y;
    runs.forEach((run, i) => {
      this.doc.font(fontName(run.subset, weight)).fontSize(size).fillColor(color);
      const options = { width, align, continued: i < runs.length - 1, lineGap: 1.5 };
      if (i === 0) this.doc.text(run.text, x ?? this.left, top, options);
      else this.doc.text(run.text, options);
    });
    return this.doc.y - top;
  }

  paragraph(text: string, style: TextStyle = {}, type = "P") {
    this.ensure(this.height(text, style));
    this.tag(type, () => this.text(text, style));
    this.doc.moveDown(0.5);
  }
}

function drawFacts(w: Writer, items: Extract<ReportBlock, { kind: "facts" }>["items"]) {
  const labelWidth = Math.min(190, w.width * 0.38);
  const valueWidth = w.width - labelWidth - 12;
  // A list of label and value, as the page's <dl>.
  w.group("L", () => {
    for (const item of items) {
      const height = Math.max(
        w.height(item.label, { size: 9.5, weight: 700, width: labelWidth }),
        w.height(item.value, { size: 10, width: valueWidth }),
      );
      w.ensure(height + 6);
      const y = w.doc.y;
      if (item.highlight) w.artifact(() => w.doc.rect(w.left - 4, y - 3, w.width + 8, height + 6).fill(colour.highlight));
      w.group("LI", () => {
        w.tag("Lbl", () => w.text(item.label, { size: 9.5, weight: 700, width: labelWidth, color: colour.muted }, w.left, y));
        w.tag("LBody", () => w.text(item.value, { size: 10, width: valueWidth }, w.left + labelWidth + 12, y));
      });
      w.doc.y = y + height + 6;
    }
  });
  w.doc.moveDown(0.4);
}

/**
 * Column widths: each column gets at least its longest word (so no word is broken) and shares the
 * rest of the line in proportion to how much more its longest text wants.
 */
function columnWidths(w: Writer, block: Extract<ReportBlock, { kind: "table" }>, pad: number) {
  const measure = (text: string, weight: Weight) => w.doc.font(fontName("latin", weight)).fontSize(9).widthOfString(text) + 2 * pad + 1;
  const columns = block.head.map((head, i) => {
    const texts = [{ text: head, weight: 700 as Weight }, ...block.rows.map((r) => ({ text: r.cells[i] ?? "", weight: 400 as Weight }))];
    return {
      min: Math.max(...texts.flatMap(({ text, weight }) => text.split(/\s+/).map((word) => measure(word, weight)))),
      want: Math.max(...texts.map(({ text, weight }) => measure(text, weight))),
    };
  });
  const total = w.width;
  const minSum = columns.reduce((sum, c) => sum + c.min, 0);
  const wantSum = columns.reduce((sum, c) => sum + c.want, 0);
  if (wantSum <= total) return columns.map((c) => (c.want / wantSum) * total);
  if (minSum >= total) return columns.map((c) => (c.min / minSum) * total);
  return columns.map((c) => c.min + ((c.want - c.min) / (wantSum - minSum)) * (total - minSum));
}

function drawTable(w: Writer, block: Extract<ReportBlock, { kind: "table" }>) {
  const pad = 4;
  const widths = columnWidths(w, block, pad);
  const row = (cells: string[], weight: Weight, fill: string | null) => {
    const height = Math.max(...cells.map((c, i) => w.height(c, { size: 9, weight, width: widths[i]! - 2 * pad }))) + 2 * pad;
    w.ensure(height);
    const y = w.doc.y;
    if (fill) w.artifact(() => w.doc.rect(w.left, y, w.width, height).fill(fill));
    let x = w.left;
    w.group("TR", () =>
      cells.forEach((cell, i) => {
        const cellX = x;
        // The head row's cells are column headers; the page's table has the same <th>s.
        w.tag(weight === 700 ? "TH" : "TD", () =>
          w.text(cell, { size: 9, weight, width: widths[i]! - 2 * pad, align: block.numeric[i] ? "right" : "left" }, cellX + pad, y + pad),
        );
        x += widths[i]!;
      }),
    );
    w.artifact(() =>
      w.doc
        .moveTo(w.left, y + height)
        .lineTo(w.left + w.width, y + height)
        .lineWidth(weight === 700 ? 1 : 0.5)
        .strokeColor(colour.rule)
        .stroke(),
    );
    w.doc.y = y + height;
  };
  w.group(
    "Table",
    () => {
      w.group("THead", () => row(block.head, 700, null));
      w.group("TBody", () => {
        for (const r of block.rows) row(r.cells, 400, r.highlight ? colour.highlight : null);
      });
    },
    { title: block.caption },
  );
  w.doc.moveDown(0.8);
}

function drawBars(w: Writer, block: Extract<ReportBlock, { kind: "bars" }>) {
  w.paragraph(block.caption, { size: 11, weight: 700 });
  w.paragraph(block.note, { size: 8.5, color: colour.muted });
  const labelWidth = 150;
  const valueWidth = 130;
  const track = w.width - labelWidth - valueWidth - 16;
  const barHeight = 12;
  const heights = block.bars.map((bar) =>
    Math.max(barHeight, w.height(bar.label, { size: 9, weight: bar.highlight ? 700 : 400, width: labelWidth })),
  );
  // One figure, kept on one page, whose alternative text says every bar's label and figure.
  w.ensure(heights.reduce((sum, h) => sum + h + 8, 0));
  w.tag(
    "Figure",
    () =>
      block.bars.forEach((bar, i) => {
        const height = heights[i]!;
        const y = w.doc.y;
        if (bar.highlight) w.doc.rect(w.left - 4, y - 3, w.width + 8, height + 6).fill(colour.highlight);
        w.text(bar.label, { size: 9, weight: bar.highlight ? 700 : 400, width: labelWidth }, w.left, y);
        const barX = w.left + labelWidth + 8;
        w.doc.rect(barX, y, track, barHeight).fill(colour.barTrack);
        if (bar.value !== null && bar.value > 0) {
          w.doc.rect(barX, y, track * Math.min(1, bar.value), barHeight).fill(bar.highlight ? colour.barFocus : colour.bar);
        }
        w.text(bar.text, { size: 9, width: valueWidth, color: bar.value === null ? colour.muted : colour.text }, barX + track + 8, y + 1);
        w.doc.y = y + height + 8;
      }),
    { alt: chartAlt(block) },
  );
  w.doc.moveDown(0.6);
}

/** "Oppmøte per ledernivå: Ledergruppen: 92 % (8 ledere); …" — what the bars show, in words. */
export function chartAlt(block: Extract<ReportBlock, { kind: "bars" }>) {
  return `${block.caption}: ${block.bars.map((bar) => `${bar.label}: ${bar.text}`).join("; ")}.`;
}

function drawQuotes(w: Writer, items: string[]) {
  for (const quote of items) {
    const text = `«${quote}»`;
    const width = w.width - 16;
    const height = w.height(text, { size: 10, width });
    w.ensure(height + 6);
    const y = w.doc.y;
    w.artifact(() => w.doc.rect(w.left, y, 3, height).fill(colour.accent));
    w.group("BlockQuote", () => w.tag("P", () => w.text(text, { size: 10, width, color: colour.text }, w.left + 16, y)));
    w.doc.y = y + height + 8;
  }
}

function drawBlock(w: Writer, block: ReportBlock) {
  switch (block.kind) {
    case "facts":
      return drawFacts(w, block.items);
    case "subheading":
      w.ensure(50);
      w.doc.moveDown(0.3);
      return w.paragraph(block.text, { size: 12, weight: 700 }, "H3");
    case "text":
      return w.paragraph(block.text, { size: 10, color: block.muted ? colour.muted : colour.text });
    case "table":
      return drawTable(w, block);
    case "bars":
      return drawBars(w, block);
    case "quotes":
      return drawQuotes(w, block.items);
  }
}

function drawNarrative(w: Writer, text: string, empty?: string) {
  const parts = paragraphs(text);
  if (!parts.length && empty) w.paragraph(empty, { size: 10, color: colour.muted });
  for (const p of parts) w.paragraph(p, { size: 10.5 });
}

function drawSection(w: Writer, section: ReportSection) {
  w.paragraph(`${section.number}. ${section.title}`, { size: 16, weight: 700, color: colour.accent }, "H2");
  drawNarrative(w, section.narrative);
  for (const block of section.blocks) drawBlock(w, block);
  if (section.statement) {
    w.ensure(50);
    w.paragraph(section.statement.title, { size: 12, weight: 700 }, "H3");
    drawNarrative(w, section.statement.text, section.statement.empty);
  }
}

/** Page numbers and the report's title at the foot of every page, drawn once all pages exist. */
function drawFooters(w: Writer, doc: ReportDocument) {
  const range = w.doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    w.doc.switchToPage(i);
    const { margins } = w.doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    const y = w.doc.page.height - bottom + 18;
    w.artifact(() => {
      w.text(doc.title, { size: 8, color: colour.muted, width: w.width - 60 }, margins.left, y);
      w.text(`${i + 1} / ${range.count}`, { size: 8, color: colour.muted, width: 60, align: "right" }, margins.left + w.width - 60, y);
    }, "Pagination");
    margins.bottom = bottom;
  }
}

/** The document language, for the catalogue's UI languages (the report follows the reader's). */

export async function renderReportPdf(doc: ReportDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  // Loaded at the first PDF, not at start: few requests need it, and it is a large part of the
  // server's memory.
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: intlTags[doc.lang],
    displayTitle: true,
    tagged: true,
    pdfVersion: "1.7",
    // The typings list only the PDF/A subsets; pdfkit also writes PDF/UA's identification.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    info: { Title: doc.title, Subject: doc.subtitle, Creator: "Samling" },
  });
  for (const [name, data] of loadFonts()) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const root = pdf.struct("Document");
  pdf.addStructure(root);
  const w = new Writer(pdf, root);
  if (doc.draft) w.paragraph(doc.meta[0] ?? "", { size: 9, weight: 700, color: "#8a4b00" });
  w.paragraph(doc.title, { size: 22, weight: 700 }, "H1");
  w.paragraph(doc.subtitle, { size: 13 });
  for (const line of doc.draft ? doc.meta.slice(1) : doc.meta) w.paragraph(line, { size: 8.5, color: colour.muted });
  pdf.moveDown(1);
  doc.sections.forEach((section, i) => {
    // Each section after the summary starts on its own page, as in the print layout.
    if (i > 0) pdf.addPage();
    drawSection(w, section);
  });
  root.end();
  drawFooters(w, doc);
  pdf.end();
  return done;
}
