import { createCookie } from "@remix-run/node";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { people, personRoles, sessions, type Locale, type Role } from "../../db/schema";
import { getConfig } from "./config.server";
import { getDb, preparedPerConnection } from "./db.server";
import { keptUpTo } from "./kept.server";
import { hashToken, newToken } from "./tokens.server";
import { clock } from "./clock.server";
import { oncePerRequest } from "./request-scope.server";

/** A session ends after 8 hours without a request, and 7 days after sign-in whatever happens. */
export const sessionIdleMs = 8 * 3600_000;
export const sessionLifetimeMs = 7 * 86_400_000;
/** The idle deadline is pushed on at most this often, so reading pages does not write on every request. */
const touchEveryMs = 5 * 60_000;

let cookie: ReturnType<typeof createCookie> | undefined;
function sessionCookie() {
  const config = getConfig();
  cookie ??= createCookie("samling_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.appUrl.startsWith("https:"),
    path: "/",
    secrets: [config.sessionSecret],
    maxAge: sessionLifetimeMs / 1000,
  });
  return cookie;
}

export type SessionUser = {
  id: number;
  organisationId: number;
  name: string;
  email: string;
  preferredLanguage: Locale;
  roles: Role[];
  sessionId: string;
};

export type SessionMethod = "password" | "link" | "sso";

/**
 * Starts a new session (a fresh id at every sign-in) and returns the Set-Cookie header. The request's
 * User-Agent and the way in are kept for the person's list of sessions ("Mine innlogginger").
 */
export async function createSession(personId: number, details: { request?: Request; method?: SessionMethod } = {}): Promise<string> {
  const token = newToken();
  const now = clock.nowMs();
  getDb()
    .insert(sessions)
    .values({
      id: hashToken(token),
      personId,
      createdAt: new Date(now),
      expiresAt: new Date(now + sessionIdleMs),
      userAgent: details.request?.headers.get("User-Agent")?.slice(0, 300) ?? null,
      method: details.method ?? null,
    })
    .run();
  return sessionCookie().serialize(token);
}

/**
 * The signed-in user of a request, or null. Looked up once per page view: the root, a layout and the
 * page each ask for it (see oncePerRequest).
 */
export const getSessionUser = oncePerRequest(lookUpSessionUser);

/**
 * The id the database knows the request's session by (its token's hash), or null. A browser sends
 * the same Cookie header with every request, and checking its signature (an HMAC through WebCrypto)
 * and hashing the token were about 3 % of a page's CPU, so the id is kept per header: a hit is a
 * header verified before, byte for byte. A header that holds no valid session is kept as such (null).
 * Bounded (keptUpTo): past 1 000 headers the one kept longest goes.
 */
function sessionIdOf(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header) return Promise.resolve(null);
  // Kept as the check's promise, so the requests a page starts at once check a new header once.
  return header.length <= 4096 ? verifiedCookies.get(header, () => verifiedSessionId(header)) : verifiedSessionId(header);
}
const verifiedCookies = keptUpTo<string, Promise<string | null>>(1000);

async function verifiedSessionId(header: string): Promise<string | null> {
  const token: unknown = await sessionCookie().parse(header);
  return typeof token === "string" ? hashToken(token) : null;
}

async function lookUpSessionUser(request: Request): Promise<SessionUser | null> {
  const id = await sessionIdOf(request);
  if (!id) return null;
  const now = clock.nowMs();
  const found = sessionUserQuery(getDb()).get({ id, now });
  if (!found) return null;
  const { expiresAt, createdAt, roles, ...person } = found;
  const remaining = expiresAt.getTime() - now;
  // Also caps a session made before the idle timeout existed (30 days ahead).
  if (remaining < sessionIdleMs - touchEveryMs || remaining > sessionIdleMs) {
    const expires = Math.min(createdAt.getTime() + sessionLifetimeMs, now + sessionIdleMs);
    getDb()
      .update(sessions)
      .set({ expiresAt: new Date(expires) })
      .where(eq(sessions.id, id))
      .run();
  }
  return { ...person, roles: roles ? (roles.split(",") as Role[]) : [], sessionId: id };
}

/**
 * Every page view reads its session, so the query is prepared once per database connection rather
 * than built and prepared each time, and brings the person's roles along (a role has no comma).
 */
const sessionUserQuery = preparedPerConnection((db) =>
  db
    .select({
      id: people.id,
      organisationId: people.organisationId,
      name: people.name,
      email: people.email,
      preferredLanguage: people.preferredLanguage,
      expiresAt: sessions.expiresAt,
      createdAt: sessions.createdAt,
      roles: sql<
        string | null
      >`(select group_concat(${personRoles.role}) from ${personRoles} where ${personRoles.personId} = ${people.id})`,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(and(eq(sessions.id, sql.placeholder("id")), gt(sessions.expiresAt, sql.placeholder("now"))))
    .prepare(),
);

/** Ends the current session; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(request: Request): Promise<string> {
  const id = await sessionIdOf(request);
  if (id) getDb().delete(sessions).where(eq(sessions.id, id)).run();
  return sessionCookie().serialize("", { maxAge: 0 });
}

export function destroyAllSessions(personId: number) {
  getDb().delete(sessions).where(eq(sessions.personId, personId)).run();
}

export function purgeExpiredSessions(now = clock.now()) {
  getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run();
}
