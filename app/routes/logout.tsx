import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession } from "../server/session.server";

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  // Pages with an ETag are stored by the browser (`private, no-cache`): signing out empties that store,
  // so the back button cannot show them to the next person at this computer.
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(request), "Clear-Site-Data": '"cache"' } });
}
