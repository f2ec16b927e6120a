import { and, count, eq, inArray } from "drizzle-orm";
import { facilitators, leaderLevels, organisations, people, units, type Role } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";
import { hasRole, notFound, parseId, requireRole } from "./guards.server";
import type { SessionUser } from "./session.server";

export type OrgScope = {
  user: SessionUser;
  organisationId: number;
  /** "?org=<id>" when an administrator works in another organisation than their own, else "". */
  query: string;
};

/**
 * The organisation a page works in. Coordinators always work in their own. Administrators manage
 * every organisation, so they may choose one with `?org=<id>` (an unknown id is a 404).
 */
export async function requireOrgScope(request: Request, ...roles: Role[]): Promise<OrgScope> {
  const user = await requireRole(request, ...roles);
  const param = new URL(request.url).searchParams.get("org");
  if (!param || !hasRole(user, "admin")) return { user, organisationId: user.organisationId, query: "" };
  const organisationId = parseId(param);
  const exists = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!exists) throw notFound();
  return { user, organisationId, query: organisationId === user.organisationId ? "" : `?org=${organisationId}` };
}

const owned = { unit: units, level: leaderLevels, person: people, facilitator: facilitators } as const;

/**
 * Throws a 404 unless every id names a row of this organisation: ids come from forms, and an id
 * of another organisation must neither be written nor reveal that it exists.
 */
export function assertOwned(db: DbOrTx, kind: keyof typeof owned, organisationId: number, ids: (number | null | undefined)[]) {
  const unique = [...new Set(ids.filter((id): id is number => typeof id === "number"))];
  if (unique.length === 0) return;
  const table = owned[kind];
  const found = db
    .select({ n: count() })
    .from(table)
    .where(and(inArray(table.id, unique), eq(table.organisationId, organisationId)))
    .get();
  if (found?.n !== unique.length) throw notFound();
}

const isReferenced = (error: unknown) => error instanceof Error && (error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY";

/** Runs a delete; false when other rows still point at the row (a unit with people, a line with expenses). */
export function deleteUnlessReferenced(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (isReferenced(error)) return false;
    throw error;
  }
}
