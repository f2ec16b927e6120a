// Conditional GET (issue 21): the heavy pages answer 304 while nothing they show has changed, and 200
// with a new ETag after a change — through the app or written by another process on the database.
import Database from "better-sqlite3";
import type { LoaderFunction } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import * as analytics from "../../../app/routes/programs.$programId.reflections._index";
import * as builder from "../../../app/routes/programs.$programId.report_.$reportId";
import * as reportTab from "../../../app/routes/programs.$programId.report";
import * as compare from "../../../app/routes/directorate.compare";
import * as followed from "../../../app/routes/directorate.programs.$programId";
import * as logout from "../../../app/routes/logout";
import * as root from "../../../app/root";
import { advanceClock } from "../../../app/server/clock.server";
import { conditionalHeaders, matchesIfNoneMatch, pageETag } from "../../../app/server/conditional-get.server";
import { getDb } from "../../../app/server/db.server";
import { programIndicators } from "../../../app/server/reflections.server";
import { drawnTables, markupHtml } from "../../helpers/drawn-html";
import type { PageMarkup } from "../../../app/components/server-markup";
import { callAction, signInAs } from "../../helpers/routes";
import { fjellby, leadersAtLevel, ratings, writeReflection } from "../../helpers/reflections";

type Answer = { status: number; etag: string | null; cacheControl: string | null; csp: string | null; body: unknown };

/** A GET to a loader as a browser sends it, with the tag of its stored copy when it has one. */
async function get(
  loader: LoaderFunction,
  path: string,
  cookie: string,
  params: Record<string, string>,
  etag?: string | null,
): Promise<Answer> {
  const headers: Record<string, string> = { Cookie: cookie };
  if (etag) headers["If-None-Match"] = etag;
  const request = new Request(`http://localhost:3000${path}`, { headers });
  let outcome: unknown;
  try {
    outcome = await loader({ request, params, context: { clientAddress: "127.0.0.1" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    outcome = thrown;
  }
  if (outcome instanceof Response) {
    const h = outcome.headers;
    return {
      status: outcome.status,
      etag: h.get("ETag"),
      cacheControl: h.get("Cache-Control"),
      csp: h.get("Content-Security-Policy"),
      body: await outcome.text(),
    };
  }
  const { data, init } = outcome as { data: unknown; init: ResponseInit | null };
  const h = new Headers(init?.headers);
  return { status: init?.status ?? 200, etag: h.get("ETag"), cacheControl: h.get("Cache-Control"), csp: null, body: data };
}

/** A write by another process: its own connection to the database file, as a second server or the worker has. */
function writeElsewhere(sql: string, ...values: unknown[]) {
  const other = new Database(process.env.DATABASE_PATH!);
  try {
    other.prepare(sql).run(...values);
  } finally {
    other.close();
  }
}

/** The analytics page for one signed-in browser (one session cookie per person, kept across requests). */
const sessions = new Map<string, string>();
const analyticsOf = async (email: string, etag?: string | null) => {
  if (!sessions.has(email)) sessions.set(email, await signInAs(email));
  return get(analytics.loader, `/programs/${fjellby().id}/reflections`, sessions.get(email)!, { programId: String(fjellby().id) }, etag);
};

describe("the analytics page", () => {
  it("answers 304 without a body or a CSP while nothing changed, 200 with a new tag after a reflection is submitted", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const params = { programId: String(fjellby().id) };
    const path = `/programs/${fjellby().id}/reflections`;
    const first = await get(analytics.loader, path, cookie, params);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.cacheControl).toBe("private, no-cache");

    const again = await get(analytics.loader, path, cookie, params, first.etag);
    expect(again).toMatchObject({ status: 304, etag: first.etag, cacheControl: "private, no-cache", csp: null, body: "" });
    // A list of tags, and a weak copy of ours, match too (RFC 9110's weak comparison for If-None-Match).
    expect((await get(analytics.loader, path, cookie, params, `"other", W/${first.etag}`)).status).toBe(304);

    const leader = leadersAtLevel("Førstelinjeledere")[0]!;
    const written = await writeReflection(leader.email, { kind: "free", ...ratings({ identity: 5, indicators: 3 }) });
    expect(written.status).toBe(302);
    const after = await get(analytics.loader, path, cookie, params, first.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    expect((await get(analytics.loader, path, cookie, params, after.etag)).status).toBe(304);
  });

  it("answers 200 after a change written by another process", async () => {
    const first = await analyticsOf("coordinator@example.org");
    expect((await analyticsOf("coordinator@example.org", first.etag)).status).toBe(304);
    // A cohort's name, shown on the page, changed by another connection (another server process).
    writeElsewhere("update cohorts set name = name || ' (ny)' where id = (select min(id) from cohorts where program_id = ?)", fjellby().id);
    const after = await analyticsOf("coordinator@example.org", first.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    expect(JSON.stringify(after.body)).toContain(" (ny)");
  });

  it("answers 200 after a change to shared data another process made (a person's name)", async () => {
    const first = await analyticsOf("coordinator@example.org");
    writeElsewhere("update people set name = name || '' where email = ?", "union@example.org");
    expect((await analyticsOf("coordinator@example.org", first.etag)).status).toBe(200);
  });

  it("never gives two users or two addresses the same tag", async () => {
    const coordinator = await analyticsOf("coordinator@example.org");
    const union = await analyticsOf("union@example.org");
    expect(union.status).toBe(200);
    expect(union.etag).not.toBe(coordinator.etag);
    // The union representative's copy is no use to the coordinator, and the other way round.
    expect((await analyticsOf("coordinator@example.org", union.etag)).status).toBe(200);
    expect((await analyticsOf("union@example.org", coordinator.etag)).status).toBe(200);

    const cookie = await signInAs("coordinator@example.org");
    const params = { programId: String(fjellby().id) };
    const withQuery = await get(analytics.loader, `/programs/${fjellby().id}/reflections?open=x`, cookie, params, coordinator.etag);
    expect(withQuery.status).toBe(200);
  });

  it("answers a refused viewer as before: no tag, no 304", async () => {
    const leader = leadersAtLevel("Førstelinjeledere")[0]!;
    const coordinator = await analyticsOf("coordinator@example.org");
    const refused = await analyticsOf(leader.email, coordinator.etag);
    expect(refused.status).toBe(403);
    expect(refused.etag).toBeNull();
  });
});

describe("the report builder", () => {
  it("answers 304 while the report is unchanged and 200 after the narrative is saved", async () => {
    const program = fjellby();
    const cookie = await signInAs("coordinator@example.org");
    // The draft answering the directorate's request (seeded), started from the report tab as the coordinator does.
    const request = getDb().$client.prepare("select id from report_requests where program_id = ? order by id limit 1").get(program.id) as {
      id: number;
    };
    const started = await callAction(
      reportTab.action,
      `/programs/${program.id}/report`,
      { intent: "start", requestId: String(request.id) },
      {
        cookie,
        params: { programId: String(program.id) },
      },
    );
    expect(started.status).toBe(302);
    const id = Number(started.location!.split("/").pop());
    const params = { programId: String(program.id), reportId: String(id) };
    const path = `/programs/${program.id}/report/${id}`;

    const first = await get(builder.loader, path, cookie, params);
    expect(first.status).toBe(200);
    expect(first.etag).toBeTruthy();
    expect((await get(builder.loader, path, cookie, params, first.etag)).status).toBe(304);

    const saved = await callAction(
      builder.action,
      path,
      { intent: "save", section: "summary", text: "Endret sammendrag." },
      { cookie, params },
    );
    expect(saved.status).toBe(302);
    const after = await get(builder.loader, path, cookie, params, first.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
  });
});

describe("the directorate's pages", () => {
  it("answers 304 for an unchanged comparison, 200 at once after another process's change to a programme, and within a minute after one to shared data", async () => {
    const cookie = await signInAs("directorate@example.org");
    const first = await get(compare.loader, "/directorate/compare", cookie, {});
    expect(first.status).toBe(200);
    expect((await get(compare.loader, "/directorate/compare", cookie, {}, first.etag)).status).toBe(304);
    // Another query string is another page.
    expect((await get(compare.loader, "/directorate/compare?sort=cost", cookie, {}, first.etag)).status).toBe(200);

    // A programme's own change is in the comparison at once.
    writeElsewhere("update grants set amount_awarded_ore = amount_awarded_ore + 100 where id = (select min(id) from grants)");
    const afterGrant = await get(compare.loader, "/directorate/compare", cookie, {}, first.etag);
    expect(afterGrant.status).toBe(200);
    expect(afterGrant.etag).not.toBe(first.etag);

    // Shared data (an organisation's name) may touch every row: rows are recomputed for it once they are a minute old.
    writeElsewhere(
      "update organisations set name = name || ' (ny)' where id = (select organisation_id from programs where id = (select min(program_id) from grants))",
    );
    expect((await get(compare.loader, "/directorate/compare", cookie, {}, afterGrant.etag)).status).toBe(304);
    advanceClock(61_000);
    const later = await get(compare.loader, "/directorate/compare", cookie, {}, afterGrant.etag);
    expect(later.status).toBe(200);
    expect(later.etag).not.toBe(afterGrant.etag);
    expect(JSON.stringify(later.body)).toContain(" (ny)");
  });

  it("answers 304 for a followed programme's summary until anything changes", async () => {
    const cookie = await signInAs("directorate@example.org");
    const programId = (getDb().$client.prepare("select program_id as id from grants order by id limit 1").get() as { id: number }).id;
    const path = `/directorate/programs/${programId}`;
    const first = await get(followed.loader, path, cookie, { programId: String(programId) });
    expect(first.status).toBe(200);
    expect((await get(followed.loader, path, cookie, { programId: String(programId) }, first.etag)).status).toBe(304);
    writeElsewhere("update programs set title = title where id = ?", programId);
    expect((await get(followed.loader, path, cookie, { programId: String(programId) }, first.etag)).status).toBe(200);
  });
});

describe("headers", () => {
  it("carry the page's tag to the document, from the loader (200) or the thrown 304 at the root", () => {
    const tagged = new Headers({ ETag: '"abc"', "Cache-Control": "private, no-cache" });
    const none = new Headers();
    const args = { loaderHeaders: tagged, parentHeaders: none, actionHeaders: none, errorHeaders: undefined };
    expect(new Headers(analytics.headers(args) as HeadersInit).get("ETag")).toBe('"abc"');
    const root304 = new Headers(root.headers({ ...args, loaderHeaders: none, errorHeaders: tagged }) as HeadersInit);
    expect(root304.get("ETag")).toBe('"abc"');
    expect(root304.get("Cache-Control")).toBe("private, no-cache");
    // Anything else (a 404 thrown by a guard) keeps the launcher's no-store.
    expect([...new Headers(conditionalHeaders({ ...args, loaderHeaders: none }) as HeadersInit).keys()]).toEqual([]);
  });

  it("make a tag of everything the document varies by", () => {
    const request = (path: string, cookie = "samling_session=a") =>
      new Request(`http://localhost:3000${path}`, { headers: { Cookie: cookie } });
    const viewer = {
      id: 1,
      organisationId: 1,
      name: "A",
      email: "a@example.org",
      preferredLanguage: "nb" as const,
      roles: ["coordinator" as const],
      sessionId: "s",
    };
    const context = { clientAddress: "127.0.0.1", buildId: "build-1" };
    const tag = pageETag(request("/p"), context, viewer, 1);
    expect(pageETag(request("/p"), context, viewer, 1)).toBe(tag);
    for (const other of [
      pageETag(request("/p"), context, viewer, 2),
      pageETag(request("/p?open=x"), context, viewer, 1),
      pageETag(request("/p", "samling_session=a; samling_flash=b"), context, viewer, 1),
      pageETag(request("/p"), { ...context, buildId: "build-2" }, viewer, 1),
      pageETag(request("/p"), context, { ...viewer, id: 2 }, 1),
      pageETag(request("/p"), context, { ...viewer, preferredLanguage: "nn" }, 1),
      pageETag(request("/p"), context, { ...viewer, roles: ["union_rep"] }, 1),
    ])
      expect(other).not.toBe(tag);
  });

  it("compare If-None-Match as RFC 9110 says", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch("*", '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"b", W/"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"ab"', '"a"')).toBe(false);
  });
});

describe("signing out", () => {
  it("clears the browser's stored pages (Clear-Site-Data)", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const out = await callAction(logout.action, "/logout", {}, { cookie });
    expect(out.status).toBe(302);
    expect(out.headers.get("Clear-Site-Data")).toBe('"cache"');
  });
});

describe("the distribution tables", () => {
  it("come only for the group opened with ?open=, and the opened one has its own tag", async () => {
    const cookie = await signInAs("coordinator@example.org");
    const params = { programId: String(fjellby().id) };
    const path = `/programs/${fjellby().id}/reflections`;
    // The distribution tables drawn, by the group their caption names.
    const distributions = (body: unknown) =>
      drawnTables(markupHtml((body as { page: PageMarkup }).page)).flatMap(
        ({ caption }) => /^Antall som valgte hver verdi, (.*)$/.exec(caption)?.[1] ?? [],
      );

    const closed = await get(analytics.loader, path, cookie, params);
    expect(distributions(closed.body)).toEqual([]);

    const level = programIndicators(fjellby()).levels.find(({ figures }) => figures.shown)!.level;
    for (const [target, group] of [
      ["overall", "Hele programmet"],
      [`level-${level.id}`, level.name],
    ]) {
      const open = await get(analytics.loader, `${path}?open=distribution-${target}`, cookie, params, closed.etag);
      expect(open.status).toBe(200);
      expect(open.etag).not.toBe(closed.etag);
      expect(distributions(open.body)).toEqual([group]);
    }
    // Anything else in ?open= opens nothing.
    expect((await get(analytics.loader, `${path}?open=distribution-x`, cookie, params)).body).toEqual(closed.body);
  });
});
