import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "../server/attendance-export.server";
import { requireProgramAccess } from "../server/guards.server";

/** Attendance of every gathering in the programme as CSV, for the coordinator; `?bom=1` for Excel. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  return csvResponse(request, user, { programId: program.id }, `attendance-programme-${program.id}.csv`);
}
