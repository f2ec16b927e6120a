import type { LoaderFunctionArgs } from "@remix-run/node";
import { comparisonFor, currentComparison } from "../server/directorate.server";
import { comparisonCsv, download } from "../server/directorate-export.server";
import { requireRole } from "../server/guards.server";

/** The comparison as on the page with the same address, as CSV for Excel. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const { rows, indicator } = comparisonFor(new URL(request.url).searchParams, await currentComparison());
  return download(comparisonCsv(rows, indicator, user.preferredLanguage), "text/csv; charset=utf-8", "comparison.csv");
}
