import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDocument } from "../components/report-document";
import { requireReportAccess } from "../server/report-portal.server";
import { renderReportPdf } from "../server/report-pdf.server";
import { reportModelFor, statusInfo } from "../server/report.server";

/** An ASCII file name for old clients, and the real one (RFC 6266) for the rest. */
function attachment(title: string) {
  const ascii = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/gi, "ae")
    .replace(/ø/gi, "o")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `attachment; filename="${ascii || "report"}.pdf"; filename*=UTF-8''${encodeURIComponent(`${title}.pdf`)}`;
}

/** The report as a PDF, drawn on the server from the same content as the page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, report } = await requireReportAccess(request, params.reportId);
  const doc = reportDocument(reportModelFor(report), statusInfo(report), user.preferredLanguage);
  const pdf = await renderReportPdf(doc);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(doc.title),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
