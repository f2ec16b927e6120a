import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";

// patches/pdfkit+0.17.2.patch escapes the document's title, subject and creator in the XMP packet.
// Without it a report called "Ledelse & samarbeid <2027>" gave metadata no reader can parse, so a
// screen reader's window title (PDF/UA's dc:title) was lost.
async function pdfWith(info: PDFKit.DocumentInfo): Promise<Buffer> {
  const pdf = new PDFDocument({ pdfVersion: "1.7", subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets, tagged: true, displayTitle: true, info });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  pdf.end();
  return done;
}

describe("pdfkit's XMP metadata (patched)", () => {
  it("keeps a title with & and < readable to pdf.js, as the Info dictionary has it", async () => {
    const title = "Ledelse & samarbeid <2027>";
    const subject = "Sluttrapport for «Fjellby» & co";
    const bytes = await pdfWith({ Title: title, Subject: subject, Creator: "Samling" });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const { info, metadata } = await document.getMetadata();
    expect((info as { Title?: string }).Title).toBe(title);
    expect(metadata?.get("dc:title")).toBe(title);
    expect(metadata?.get("dc:description")).toBe(subject);
  });
});
