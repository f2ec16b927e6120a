import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession } from "../server/session.server";

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(request) } });
}
