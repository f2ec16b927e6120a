import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDocument } from "../components/report-document";
import { translator, uiLocaleOf } from "../i18n/catalog";
import { staticDocumentPolicy } from "../server/http-security.server";
import { requireReportAccess } from "../server/report-portal.server";
import { renderPrintPage } from "../server/report-print.server";
import { reportModelFor, statusInfo } from "../server/report.server";

/** The print-ready page of a report, outside the app shell. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, report } = await requireReportAccess(request, params.reportId);
  const doc = reportDocument(reportModelFor(report), statusInfo(report), user.preferredLanguage);
  const t = translator(uiLocaleOf(user.preferredLanguage));
  const html = renderPrintPage(doc, { href: `/reports/${report.id}`, label: t("report.print.back") });
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": staticDocumentPolicy,
    },
  });
}
