import { createHash, randomUUID } from "node:crypto";
import type { AppLoadContext, HeadersFunction } from "@remix-run/node";
import { eq, or, sql } from "drizzle-orm";
import { raiseRevision } from "../../db/revision-triggers";
import { dataRevisions, revisionPause } from "../../db/schema";
import { osloToday } from "./clock.server";
import { getDb, preparedPerConnection, type Db, type Tx } from "./db.server";
import type { SessionUser } from "./session.server";

/**
 * Conditional GET for the heavy pages (analytics, report builder, the directorate's pages): the page's
 * loader calls `notModifiedIf(request, context, user, dataRevision(scope))` after its guard and before its queries. The strong ETag is a hash of
 * everything the document varies by — the data revisions it reads (`data_revisions`, raised by triggers
 * in every process that writes), the viewer, the request's cookies (session, flash message, language),
 * the address with its query string, the build and Oslo's date — so an unchanged page answers 304 with
 * no queries and no rendering, and any change gives a new tag. See docs/architecture.md.
 */

/** What a page reads: one programme's data (and the shared data around it), or the whole country's. */
export type RevisionScope = { programId: number } | "national";

const revisionQueries = preparedPerConnection((db: Db) => {
  const total = () => db.select({ total: sql<number>`coalesce(sum(${dataRevisions.revision}), 0)` }).from(dataRevisions);
  return {
    national: total().prepare(),
    program: total()
      .where(or(eq(dataRevisions.scope, sql.placeholder("scope")), eq(dataRevisions.scope, "shared")))
      .prepare(),
  };
});

/**
 * The sum of the scope's counters. Each counter only grows, so any write to what the page reads changes
 * the sum. Read before the page's own queries: a write in between costs a needless 200, never a stale 304.
 */
export function dataRevision(scope: RevisionScope): number {
  const queries = revisionQueries(getDb());
  const row = scope === "national" ? queries.national.get() : queries.program.get({ scope: `program:${scope.programId}` });
  return row?.total ?? 0;
}

/**
 * Runs `write` — a bulk write of thousands of rows — with the revision triggers paused, then raises
 * each of the programmes' counters and `shared` once: what the triggers would have raised, at one
 * upsert per scope instead of one per row (a 10 000-row roster import: some tens of thousands fewer).
 * `programIds` must name every programme whose rows `write` touches; `shared` is always raised.
 * Only inside the caller's transaction `tx` (on its own the pause would be committed): no other
 * connection ever sees the pause, written and removed in the same transaction (WAL readers see
 * committed data only; a second writer waits for the write lock), and if `write` throws, the
 * transaction rolls back, the pause and the write with it.
 */
export function withRevisionsPaused<T>(tx: Tx, programIds: readonly number[], write: () => T): T {
  // Already paused by an enclosing call: that one lifts the pause; this one still raises its scopes.
  const paused = tx.insert(revisionPause).values({ id: 1 }).onConflictDoNothing().run().changes === 1;
  const result = write();
  if (paused) tx.delete(revisionPause).run();
  const scopes = [...new Set(programIds)].map((id) => `program:${Number(id)}`).concat("shared");
  // The triggers' own upsert; a scope is `program:<number>` or `shared`, nothing to escape.
  for (const scope of scopes) tx.run(sql.raw(raiseRevision(`'${scope}'`)));
  return result;
}

/** Without a build id from the launcher (tests, the dev server), a tag never outlives the process. */
const processBuild = randomUUID();

/** The page's strong ETag (quoted, as the header carries it). */
export function pageETag(request: Request, context: AppLoadContext, viewer: SessionUser, revision: number): string {
  const url = new URL(request.url);
  const parts = [
    context.buildId ?? processBuild,
    url.pathname + url.search,
    viewer.id,
    viewer.roles.join(","),
    viewer.preferredLanguage,
    request.headers.get("Cookie") ?? "",
    osloToday(),
    revision,
  ];
  return `"${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header holds this tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Stored by the browser, but asked again every time; `private`: never in a shared cache. */
const cacheControl = "private, no-cache";

/**
 * Throws a bodiless 304 when the browser's copy is current; otherwise returns the headers for the 200
 * (`data(page, { headers })`). `revision` is what the page's data is at, usually `dataRevision(scope)`.
 * The 304 carries no Content-Security-Policy: the copy keeps its own, whose nonce matches its inline scripts.
 */
export function notModifiedIf(request: Request, context: AppLoadContext, viewer: SessionUser, revision: number): Record<string, string> {
  const etag = pageETag(request, context, viewer, revision);
  const headers = { ETag: etag, "Cache-Control": cacheControl };
  if (matchesIfNoneMatch(request.headers.get("If-None-Match"), etag)) throw new Response(null, { status: 304, headers });
  return headers;
}

/**
 * The `headers` export of a conditional page and of the root: the 200's ETag from the loader, or the
 * thrown 304's (a document request's 304 reaches the root, the nearest error boundary; a data request's
 * stays on the page). Anything else keeps the launcher's `no-store`.
 */
export const conditionalHeaders: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const from = errorHeaders ?? loaderHeaders;
  const etag = from.get("ETag");
  const headers: Record<string, string> = etag ? { ETag: etag, "Cache-Control": cacheControl } : {};
  return headers;
};
