import { inflateSync } from "node:zlib";

/*
 * Reading back a PDF written by pdfkit without a PDF library: inflate the streams, read each font's
 * ToUnicode map, and decode the glyph ids shown by Tj/TJ. Enough for pdfkit's own output
 * (Identity-H fonts, direct /Length), not a general PDF parser.
 */

/** The page content streams (inflated, in page order) and each font resource's glyph → text map. */
export function readPdf(pdf: Buffer) {
  const source = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: string | null }>();
  const objectPattern = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = objectPattern.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endobj", start);
    const body = source.slice(start, end);
    const streamAt = body.indexOf("stream");
    let stream: string | null = null;
    let dict = body;
    if (streamAt >= 0 && body.startsWith("<<")) {
      dict = body.slice(0, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const dataStart = start + streamAt + "stream".length + (source[start + streamAt + 6] === "\r" ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = (dict.includes("/FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
    }
    objects.set(Number(match[1]), { dict, stream });
    objectPattern.lastIndex = end;
  }

  // Font resource name (/F1) → glyph id → text, through the font's ToUnicode CMap.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      if (fonts.has(name!)) continue;
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? "")?.[1];
      const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream : null;
      if (cmap) fonts.set(name!, parseCmap(cmap));
    }
  }

  // Pages in order, from the page tree's /Kids, and the content stream of each.
  const pagesDict = [...objects.values()].find((o) => o.dict.includes("/Type /Pages"))?.dict ?? "";
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(pagesDict)![1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const contents = kids.map((kid) => objects.get(Number(/\/Contents (\d+) 0 R/.exec(objects.get(kid)!.dict)![1]))!.stream ?? "");
  return { contents, fonts, dictionaries: [...objects.values()].map((o) => o.dict) };
}

/** The text of the PDF: text drawn on one line (the same Tm y) is joined; each new line starts a new line. */
export function pdfText(pdf: Buffer): string {
  const { contents, fonts } = readPdf(pdf);
  const lines: string[] = [];
  for (const stream of contents) {
    let font = new Map<number, string>();
    let lastY: string | null = null;
    for (const block of stream.split(/\bET\b/)) {
      const tf = [...block.matchAll(/\/(F\d+) [\d.]+ Tf/g)].at(-1);
      if (tf) font = fonts.get(tf[1]!) ?? new Map();
      const y = /[\d.-]+ ([\d.-]+) Tm/.exec(block)?.[1] ?? null;
      const text = [...block.matchAll(/<([0-9a-fA-F]+)>/g)].map(([, hex]) => decodeGlyphs(hex!, font)).join("");
      if (!text) continue;
      if (y !== null && y === lastY && lines.length) lines[lines.length - 1] += text;
      else lines.push(text);
      lastY = y;
    }
  }
  return lines.join("\n");
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) =>
    String.fromCharCode(
      ...hex
        .trim()
        .split(/\s+/)
        .flatMap((h) => h.match(/.{4}/g)!.map((c) => parseInt(c, 16))),
    );
  for (const [, start, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    [...list!.matchAll(/<([^>]*)>/g)].forEach(([, hex], i) => map.set(parseInt(start!, 16) + i, unicode(hex!)));
  }
  return map;
}

const decodeGlyphs = (hex: string, font: Map<number, string>) =>
  (hex.match(/.{4}/g) ?? []).map((gid) => font.get(parseInt(gid, 16)) ?? "").join("");

/** Text with all white space removed, for comparing across line breaks and thin spaces. */
export const compact = (text: string) => text.replace(/\s+/g, "");
