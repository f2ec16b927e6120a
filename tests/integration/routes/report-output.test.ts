import { beforeAll, describe, expect, it } from "vitest";
import { reportDocument } from "../../../app/components/report-document";
import * as pdfRoute from "../../../app/routes/reports.$reportId_.pdf";
import * as printRoute from "../../../app/routes/reports.$reportId_.print";
import { getDb } from "../../../app/server/db.server";
import { fontRuns, renderReportPdf } from "../../../app/server/report-pdf.server";
import { reportModelFor, statusInfo } from "../../../app/server/report.server";
import {
  createReportRequest,
  publishReport,
  saveNarrativeSection,
  saveUnionStatement,
  startReport,
  submitReport,
} from "../../../app/server/report-workflow.server";
import { finalReports } from "../../../db/schema";
import { compact, pdfText, readPdf } from "../../helpers/pdf-text";
import { signInAs } from "../../helpers/routes";

const sql = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => sql<T>(query, ...params)[0]!;
const reportRow = (id: number) =>
  getDb()
    .select()
    .from(finalReports)
    .all()
    .find((r) => r.id === id)!;

async function get(route: { loader: (args: never) => unknown }, path: string, cookie: string, reportId: number) {
  const request = new Request(`http://localhost:3000${path}`, { headers: { Cookie: cookie } });
  try {
    return (await route.loader({ request, params: { reportId: String(reportId) }, context: {} } as never)) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const headings = {
  nb: [
    "Sammendrag",
    "Om prosjektet",
    "Samarbeid med andre organisasjoner",
    "Involvering av tillitsvalgte",
    "Spredning",
    "Bruk av midler",
    "Kontaktperson",
  ],
  nn: [
    "Samandrag",
    "Om prosjektet",
    "Samarbeid med andre organisasjonar",
    "Involvering av tillitsvalde",
    "Spreiing",
    "Bruk av midlar",
    "Kontaktperson",
  ],
  sv: [
    "Sammanfattning",
    "Om projektet",
    "Samverkan med andra organisationer",
    "De fackliga företrädarnas delaktighet",
    "Spridning",
    "Användning av medel",
    "Kontaktperson",
  ],
  en: [
    "Summary",
    "About the project",
    "Collaboration with other organisations",
    "Involvement of the union representatives",
    "Dissemination",
    "Use of funds",
    "Contact person",
  ],
};

let programId: number;
let publishedId: number;
let draftId: number;
let directorate: string;
let coordinator: string;

beforeAll(async () => {
  directorate = await signInAs("directorate@example.org");
  coordinator = await signInAs("coordinator@example.org");
  const actor = { id: one<{ id: number }>("select id from people where email = 'directorate@example.org'").id };
  programId = one<{ id: number }>("select id from programs where title = 'Ledelse i Fjellby 2025–2027'").id;
  const level = one<{ id: number }>("select id from leader_levels where name = 'Operative ledere'").id;
  const request = createReportRequest(actor, { programId, focusLevelId: level, focusText: "Operativ ledelse", dueOn: "2099-01-01" });
  publishedId = startReport(programId, request)!;
  saveNarrativeSection(publishedId, "summary", "Programmet har nådd alle tre nivåer.");
  saveNarrativeSection(publishedId, "funds", "Midlene er brukt som planlagt.");
  saveUnionStatement(publishedId, "Samarbeidet med Čáhcesuolu-ŋ-gruppa var godt.");
  submitReport({ id: one<{ id: number }>("select id from people where email = 'coordinator@example.org'").id }, publishedId);
  publishReport(actor, publishedId);
  const second = createReportRequest(actor, { programId, focusLevelId: null, focusText: "", dueOn: "2099-06-01" });
  draftId = startReport(programId, second)!;
});

describe("the PDF", () => {
  it("holds every section heading and the figures as real text, in the reader's language", async () => {
    const response = await get(pdfRoute, `/reports/${publishedId}/pdf`, directorate, publishedId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="sluttrapport-ledelse-i-fjellby-2025-2027\.pdf"/);
    const text = compact(pdfText(Buffer.from(await response.arrayBuffer())));
    headings.nb.forEach((heading, i) => expect(text).toContain(compact(`${i + 1}. ${heading}`)));

    // Figures worked out here from the seeded rows.
    const percent = (share: number) => new Intl.NumberFormat("nb-NO", { style: "percent", maximumFractionDigits: 0 }).format(share);
    const levels = sql<{ name: string; people: number; present: number; total: number }>(
      `select l.name, count(distinct i.person_id) as people, sum(i.attendance = 'present') as present, count(*) as total
       from invitations i join gatherings g on g.id = i.gathering_id join leader_levels l on l.id = i.leader_level_id
       where g.program_id = ? and g.status = 'held' and i.attendance is not null group by l.id`,
      programId,
    );
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(text).toContain(compact(`${percent(level.present / level.total)} (${level.people} ledere,`));
    const grant = one<{ category: string; awarded: number }>(
      "select category, amount_awarded_ore as awarded from grants where program_id = ?",
      programId,
    );
    expect(text).toContain(compact(grant.category));
    expect(text).toContain(
      compact(new Intl.NumberFormat("nb-NO", { style: "currency", currency: "NOK", maximumFractionDigits: 0 }).format(grant.awarded / 100)),
    );
    const held = one<{ n: number }>("select count(*) as n from gatherings where program_id = ? and status = 'held'", programId).n;
    expect(text).toContain(compact(`Gjennomførte samlinger${held}`));
    expect(text).toContain(compact("Operative ledere (fokus)"));
    for (const phrase of ["Fjellby politidistrikt", "Nabodal politidistrikt", "Programmet har nådd alle tre nivåer.", "Hege Sandvik"]) {
      expect(text).toContain(compact(phrase));
    }
    // Letters beyond æøå come from the latin-ext font file and still read back as text.
    expect(text).toContain(compact("Samarbeidet med Čáhcesuolu-ŋ-gruppa var godt."));
  });

  it("says everything the page says, draws the bars as vector rectangles and embeds its fonts", async () => {
    const doc = reportDocument(reportModelFor(reportRow(publishedId)), statusInfo(reportRow(publishedId)), "nb");
    const pdf = await renderReportPdf(doc);
    const text = compact(pdfText(pdf));
    const strings = [
      doc.title,
      doc.subtitle,
      ...doc.meta,
      ...doc.sections.flatMap((s) => [
        s.title,
        s.narrative,
        s.statement?.text ?? "",
        ...s.blocks.flatMap((b) => {
          switch (b.kind) {
            case "facts":
              return b.items.flatMap((i) => [i.label, i.value]);
            case "table":
              return [...b.head, ...b.rows.flatMap((r) => r.cells)];
            case "bars":
              return [b.caption, b.note, ...b.bars.flatMap((bar) => [bar.label, bar.text])];
            case "quotes":
              return b.items;
            default:
              return [b.text];
          }
        }),
      ]),
    ];
    for (const s of strings) expect(text, s).toContain(compact(s));

    const { contents, dictionaries } = readPdf(pdf);
    const bars = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === "bars")!;
    const rectangles = contents.join("\n").match(/ re\b/g) ?? [];
    expect(rectangles.length).toBeGreaterThanOrEqual(bars.bars.length);
    expect(dictionaries.filter((d) => d.includes("/FontFile2")).length).toBeGreaterThan(0);
    expect(dictionaries.some((d) => /\/BaseFont \/[A-Z]{6}\+Inter-Bold/.test(d))).toBe(true);
    // Each section starts a page.
    expect(contents.length).toBeGreaterThanOrEqual(doc.sections.length);
  });

  it("is in English for an English-speaking reader", async () => {
    getDb().$client.prepare("update people set preferred_language = 'en' where email = 'directorate@example.org'").run();
    try {
      const response = await get(pdfRoute, `/reports/${publishedId}/pdf`, directorate, publishedId);
      const text = compact(pdfText(Buffer.from(await response.arrayBuffer())));
      headings.en.forEach((heading, i) => expect(text).toContain(compact(`${i + 1}. ${heading}`)));
      expect(text).toContain(compact("Operative ledere (focus)"));
    } finally {
      getDb().$client.prepare("update people set preferred_language = 'nb' where email = 'directorate@example.org'").run();
    }
  });

  it.each([
    ["sv", "Operative ledere (fokus)", "Publicerad"],
    ["nn", "Operative ledere (fokus)", "Publisert"],
  ] as const)("is in %s for a reader who speaks it, with å, ä, ö and nynorsk forms as real text", async (locale, focus, published) => {
    getDb().$client.prepare("update people set preferred_language = ? where email = 'directorate@example.org'").run(locale);
    try {
      const response = await get(pdfRoute, `/reports/${publishedId}/pdf`, directorate, publishedId);
      const text = compact(pdfText(Buffer.from(await response.arrayBuffer())));
      headings[locale].forEach((heading, i) => expect(text).toContain(compact(`${i + 1}. ${heading}`)));
      expect(text).toContain(compact(focus));
      expect(text).toContain(published);
      if (locale === "sv") expect(text).toContain(compact("Förändring i indikatorerna från start till senaste mätning"));
      if (locale === "nn") expect(text).toContain(compact("Endring i indikatorar frå start til siste måling"));
    } finally {
      getDb().$client.prepare("update people set preferred_language = 'nb' where email = 'directorate@example.org'").run();
    }
  });

  it("is only for those who may read the report", async () => {
    expect((await get(pdfRoute, `/reports/${draftId}/pdf`, directorate, draftId)).status).toBe(404);
    expect((await get(pdfRoute, `/reports/${publishedId}/pdf`, await signInAs("coordinator@elvik.example.org"), publishedId)).status).toBe(
      404,
    );
    expect((await get(pdfRoute, `/reports/${publishedId}/pdf`, await signInAs("leader@example.org"), publishedId)).status).toBe(403);
    const draft = await get(pdfRoute, `/reports/${draftId}/pdf`, coordinator, draftId);
    expect(draft.status).toBe(200);
    expect(compact(pdfText(Buffer.from(await draft.arrayBuffer())))).toContain(compact("Utkast – tallene er hentet fra programmet nå"));
  });
});

describe("the print page", () => {
  it("is a document of its own: every section, page breaks between them, no app navigation or scripts", async () => {
    const response = await get(printRoute, `/reports/${publishedId}/print`, directorate, publishedId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nb">/);
    headings.nb.forEach((heading, i) => expect(html).toContain(`>${i + 1}. ${heading}</h2>`));
    expect(html).toContain("break-before: page");
    expect(html).toContain("@media print");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("shell-nav");
    expect(html).toContain("Samarbeidet med Čáhcesuolu-ŋ-gruppa var godt.");
    expect((await get(printRoute, `/reports/${draftId}/print`, directorate, draftId)).status).toBe(404);
  });
});

describe("font runs", () => {
  it("sends æøå to the latin file and other Latin letters to latin-ext", () => {
    expect(fontRuns("Bjørn Kárášjohka")).toEqual([
      { text: "Bjørn Kárá", subset: "latin" },
      { text: "š", subset: "latin-ext" },
      { text: "johka", subset: "latin" },
    ]);
  });
});
