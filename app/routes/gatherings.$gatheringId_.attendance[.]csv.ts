import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "../server/attendance-export.server";
import { requireGathering } from "../server/gathering-access.server";

/** Attendance of one gathering as CSV; `?bom=1` adds the byte order mark Excel needs. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, gathering } = await requireGathering(request, params.gatheringId, "rollCall");
  return csvResponse(request, user, { gatheringId: gathering.id }, `attendance-gathering-${gathering.id}.csv`);
}
