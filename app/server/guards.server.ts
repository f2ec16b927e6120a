import { redirect } from "@remix-run/node";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { programs, type Role } from "../../db/schema";
import { getDb, preparedPerConnection } from "./db.server";
import { oncePerRequest } from "./request-scope.server";
import { getSessionUser, type SessionUser } from "./session.server";

export const forbidden = () => new Response("Forbidden", { status: 403 });
export const notFound = () => new Response("Not Found", { status: 404 });

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
}

export const hasRole = (user: Pick<SessionUser, "roles">, ...roles: Role[]) => roles.some((role) => user.roles.includes(role));

/** The signed-in user holding at least one of `roles`; 403 otherwise. */
export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasRole(user, ...roles)) throw forbidden();
  return user;
}

/** Canonical decimal only: `1e1`, `010`, `+1`, ` 1` and `0x1` would otherwise name another row. */
const idParam = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/)
  .transform(Number)
  .pipe(z.number().max(Number.MAX_SAFE_INTEGER));

/** A numeric route parameter; anything else is a 404, never a 500. */
export function parseId(value: string | undefined): number {
  const parsed = idParam.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

// Every programme page runs it, often twice (the layout and the page).
const programOfOrganisation = preparedPerConnection((db) =>
  db
    .select()
    .from(programs)
    .where(and(eq(programs.id, sql.placeholder("id")), eq(programs.organisationId, sql.placeholder("organisationId"))))
    .prepare(),
);

/**
 * The user and the programme, when the programme belongs to the user's organisation; who may do
 * what in it is the caller's to check. Another organisation's programme is a 404, so its existence
 * is not revealed.
 */
export async function requireOwnProgram(request: Request, programIdParam: string | undefined) {
  const user = await requireUser(request);
  const programId = parseId(programIdParam);
  const read = programsRead(request);
  const key = `${programId}:${user.organisationId}`;
  if (!read.has(key)) read.set(key, programOfOrganisation(getDb()).get({ id: programId, organisationId: user.organisationId }));
  const program = read.get(key);
  if (!program) throw notFound();
  return { user, program };
}

/** The programmes read in this page view, by id and organisation: the layouts and the page each ask (see oncePerRequest). */
const programsRead = oncePerRequest(() => new Map<string, typeof programs.$inferSelect | undefined>());

/** As requireOwnProgram, and the user holds one of `roles` (403 otherwise). */
export async function requireProgramAccess(request: Request, programIdParam: string | undefined, ...roles: Role[]) {
  const access = await requireOwnProgram(request, programIdParam);
  if (!hasRole(access.user, ...roles)) throw forbidden();
  return access;
}
