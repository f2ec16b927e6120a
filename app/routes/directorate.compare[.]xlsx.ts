import type { LoaderFunctionArgs } from "@remix-run/node";
import { comparisonFor, currentComparison } from "../server/directorate.server";
import { comparisonXlsx, download } from "../server/directorate-export.server";
import { requireRole } from "../server/guards.server";

/** The comparison as on the page with the same address, as an Excel workbook. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const { rows, indicator } = comparisonFor(new URL(request.url).searchParams, await currentComparison());
  return download(
    await comparisonXlsx(rows, indicator, user.preferredLanguage),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "comparison.xlsx",
  );
}
