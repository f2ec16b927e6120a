import type { ActionFunction, AppLoadContext, LoaderFunction } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { people } from "../../db/schema";
import { getDb } from "../../app/server/db.server";
import { createSession } from "../../app/server/session.server";

const origin = "http://localhost:3000";

/** A real session for the person with this e-mail, as the Cookie header a browser would send. */
export async function signInAs(email: string): Promise<string> {
  const person = getDb().select({ id: people.id }).from(people).where(eq(people.email, email)).get();
  if (!person) throw new Error(`No person ${email} in the test database`);
  const setCookie = await createSession(person.id);
  return setCookie.split(";")[0]!;
}

export type RouteResult = {
  status: number;
  headers: Headers;
  /** The loader/action data, or the body text of a Response. */
  data: any;
  location: string | null;
};

async function settle(run: () => Promise<unknown>): Promise<RouteResult> {
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (thrown) {
    outcome = thrown;
    if (!(thrown instanceof Response) && !isDataWithInit(thrown)) throw thrown;
  }
  if (outcome instanceof Response) {
    const type = outcome.headers.get("Content-Type") ?? "";
    const body = type.includes("json") ? await outcome.json() : await outcome.text();
    return { status: outcome.status, headers: outcome.headers, data: body, location: outcome.headers.get("Location") };
  }
  if (isDataWithInit(outcome)) {
    const headers = new Headers(outcome.init?.headers);
    return { status: outcome.init?.status ?? 200, headers, data: outcome.data, location: headers.get("Location") };
  }
  return { status: 200, headers: new Headers(), data: outcome, location: null };
}

type DataWithInit = { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null };
const isDataWithInit = (v: unknown): v is DataWithInit =>
  typeof v === "object" && v !== null && (v as { type?: string }).type === "DataWithResponseInit";

type CallOptions = { cookie?: string; params?: Record<string, string>; context?: Partial<AppLoadContext> };

const context = (extra?: Partial<AppLoadContext>) => ({ clientAddress: "127.0.0.1", ...extra }) as AppLoadContext;

export function callLoader(loader: LoaderFunction, path: string, options: CallOptions = {}) {
  const request = new Request(origin + path, { headers: options.cookie ? { Cookie: options.cookie } : {} });
  return settle(async () => loader({ request, params: options.params ?? {}, context: context(options.context) }));
}

/** Posts a form to an action the way a browser does without JavaScript. */
export function callAction(
  action: ActionFunction,
  path: string,
  form: Record<string, string | string[]> | FormData | URLSearchParams,
  options: CallOptions = {},
) {
  let body: FormData | URLSearchParams;
  if (form instanceof FormData || form instanceof URLSearchParams) body = form;
  else {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  const headers: Record<string, string> = { Origin: origin };
  if (options.cookie) headers.Cookie = options.cookie;
  const request = new Request(origin + path, { method: "POST", body, headers });
  return settle(async () => action({ request, params: options.params ?? {}, context: context(options.context) }));
}
