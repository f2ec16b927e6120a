import { getDb } from "../server/db.server";

/** 200 when the database answers, 503 otherwise; for load balancers and uptime checks. */
export function loader() {
  try {
    getDb().$client.prepare("select 1").get();
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
