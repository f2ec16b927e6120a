import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../server/guards.server";
import { exportPersonalData } from "../server/personal-data.server";

/** The signed-in person's own data, reflections included: only they may read those. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const data = exportPersonalData(user.id, { author: user });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="samling-data-${user.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
