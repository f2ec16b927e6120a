import { createCookie } from "@remix-run/node";
import { and, eq, isNull } from "drizzle-orm";
import * as client from "openid-client";
import { people } from "../../db/schema";
import { safeRedirect } from "../domain/safe-redirect";
import { recordAudit } from "./audit.server";
import { clock } from "./clock.server";
import { getConfig, type OidcConfig } from "./config.server";
import { getDb } from "./db.server";
import { logger } from "./logger.server";

/**
 * Single sign-on with OpenID Connect (authorization-code flow with PKCE, state and nonce). The
 * identity provider's answer is matched to a person by the `email` claim, and only when the provider
 * says the address is verified: Samling has no other identifier to match on.
 */

export const callbackPath = "/login/sso/callback";
/** The flow must finish within this time; the provider's login page rarely takes longer. */
const flowMaxAgeSeconds = 10 * 60;

/** The discovered issuer configuration, once per process and configuration. */
let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

const isLoopbackHttp = (url: URL) => url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

function issuerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}|${oidc.clientId}|${oidc.clientSecret}`;
  if (discovered?.key !== key) {
    const issuer = new URL(oidc.issuer);
    const config = client.discovery(
      issuer,
      oidc.clientId,
      undefined,
      client.ClientSecretPost(oidc.clientSecret),
      // Plain http only for a provider on this machine (the tests); everything else must be https.
      isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    // A failed discovery (the provider was down) is tried again at the next sign-in.
    config.catch(() => {
      if (discovered?.config === config) discovered = undefined;
    });
    discovered = { key, config };
  }
  return discovered.config;
}

type Flow = { state: string; nonce: string; verifier: string; redirectTo: string };

let flowCookieInstance: ReturnType<typeof createCookie> | undefined;
/** The flow's secrets between the start and the callback: signed, HttpOnly, SameSite=Lax, short-lived. */
export function flowCookie() {
  const config = getConfig();
  flowCookieInstance ??= createCookie("samling_sso", {
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries a Lax cookie.
    sameSite: "lax",
    secure: config.appUrl.startsWith("https:"),
    path: "/login/sso",
    secrets: [config.sessionSecret],
    maxAge: flowMaxAgeSeconds,
  });
  return flowCookieInstance;
}

export const ssoConfigured = () => getConfig().oidc !== undefined;
export const ssoDisplayName = () => getConfig().oidc?.displayName ?? null;

/** Where to send the browser to sign in, and the cookie that remembers the flow. */
export async function startSignIn(redirectTo: unknown): Promise<{ url: string; setCookie: string }> {
  const { oidc, appUrl } = getConfig();
  if (!oidc) throw new Error("Single sign-on is not configured");
  const config = await issuerConfiguration(oidc);
  const flow: Flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    redirectTo: safeRedirect(redirectTo),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: appUrl + callbackPath,
    scope: "openid email",
    response_type: "code",
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  return { url: url.href, setCookie: await flowCookie().serialize(flow) };
}

// Not a refusal: the outcome of a redirect flow with no form to answer; the route turns each reason into its error page.
export type SignInOutcome =
  | { ok: true; personId: number; redirectTo: string }
  /** invalid: no or a tampered flow, wrong state, or an answer that failed the checks (400). */
  | { ok: false; reason: "invalid" | "denied" | "unverified" | "unknown" };

const isFlow = (v: unknown): v is Flow =>
  typeof v === "object" &&
  v !== null &&
  ["state", "nonce", "verifier", "redirectTo"].every((k) => typeof (v as Record<string, unknown>)[k] === "string");

/**
 * Finishes the flow at the callback: exchanges the code (openid-client checks state, PKCE, the ID
 * token's signature, issuer, audience and nonce), then finds the person by the verified e-mail.
 */
export async function finishSignIn(request: Request): Promise<SignInOutcome> {
  const { oidc, appUrl } = getConfig();
  if (!oidc) throw new Error("Single sign-on is not configured");
  const flow: unknown = await flowCookie().parse(request.headers.get("Cookie"));
  const params = new URL(request.url).searchParams;
  if (!isFlow(flow)) return { ok: false, reason: "invalid" };
  // The provider's own refusal ("access_denied" when the person cancelled) — but only for our flow.
  if (params.has("error")) return { ok: false, reason: params.get("state") === flow.state ? "denied" : "invalid" };
  // The callback's address as the provider sent it, on our public origin (behind a proxy the
  // request's own host may differ).
  const current = new URL(appUrl + callbackPath);
  current.search = params.toString();
  let claims: Record<string, unknown>;
  try {
    const config = await issuerConfiguration(oidc);
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return { ok: false, reason: "invalid" };
    claims = { ...idToken };
    // A provider that follows the specification to the letter gives scope claims only from its
    // UserInfo endpoint in the code flow (Entra and most others put them in the ID token too).
    if (idToken.email === undefined && tokens.access_token) {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)) };
    }
  } catch (error) {
    // Wrong state or nonce, a replayed code, a wrong client secret, the provider unreachable: the
    // person sees "try again"; the log says which (the error names the check, never a token).
    logger.warn({ err: error }, "single sign-on: the provider's answer was refused");
    return { ok: false, reason: "invalid" };
  }
  const email = verifiedEmail(claims, oidc.issuer);
  if (!email) return { ok: false, reason: "unverified" };
  return getDb().transaction((tx) => {
    const person = tx
      .select({ id: people.id, organisationId: people.organisationId })
      .from(people)
      .where(and(eq(people.email, email), isNull(people.deactivatedAt), isNull(people.erasedAt)))
      .get();
    if (!person) return { ok: false as const, reason: "unknown" as const };
    tx.update(people)
      .set({ activatedAt: clock.now() })
      .where(and(eq(people.id, person.id), isNull(people.activatedAt)))
      .run();
    recordAudit(tx, {
      actorId: person.id,
      organisationId: person.organisationId,
      entity: "person",
      entityId: person.id,
      action: "sso_sign_in",
      details: { issuer: oidc.issuer },
    });
    return { ok: true as const, personId: person.id, redirectTo: flow.redirectTo };
  });
}

/**
 * The e-mail address to match on, lower-case, or null when the provider does not vouch for it:
 * `email_verified: true` as OpenID Connect defines it. Microsoft Entra ID never sends
 * `email_verified`; for an Entra issuer its optional `xms_edov` claim (the address's domain is
 * verified by the tenant) counts instead (see README, "Running in production").
 */
export function verifiedEmail(claims: Record<string, unknown>, issuer: string): string | null {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) return null;
  if (claims.email_verified === true) return email;
  const entra = new URL(issuer).hostname === "login.microsoftonline.com";
  return entra && claims.email_verified === undefined && claims.xms_edov === true ? email : null;
}

/** The Set-Cookie header that removes the flow cookie once it has been used. */
export const clearFlowCookie = () => flowCookie().serialize("", { maxAge: 0 });

/** Tests only: forget the discovered issuer, so a test can point at a new provider. */
export function resetSsoForTests() {
  discovered = undefined;
}
