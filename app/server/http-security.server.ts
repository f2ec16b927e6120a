import { randomFillSync } from "node:crypto";

const nonceBytes = 16;
const noncePool = Buffer.alloc(nonceBytes * 256);
let nonceOffset = noncePool.length;

/**
 * A CSP nonce per response: 16 fresh random bytes, never reused. They are taken from a pool filled
 * 256 nonces at a time, as crypto.randomUUID does, since a call into the random source for every
 * page cost 1.4% of the About page's CPU.
 */
export function newNonce() {
  if (nonceOffset === noncePool.length) {
    randomFillSync(noncePool);
    nonceOffset = 0;
  }
  const nonce = noncePool.toString("base64", nonceOffset, nonceOffset + nonceBytes);
  nonceOffset += nonceBytes;
  return nonce;
}

/**
 * The document policy: scripts only from this origin or with this response's nonce (Remix's inline
 * hydration scripts carry it), no plugins, no framing by other sites, forms post only here.
 * Inline style attributes stay allowed: Designsystemet sets a few.
 */
export const contentSecurityPolicy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");

/**
 * For HTML that is not the app's document (the print view of a report): no scripts at all, its
 * own inline styles, links back only. The launcher also puts it on any HTML answer without a policy.
 */
export const staticDocumentPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

/** Whether to tell browsers to use https only (HSTS): when the public address is https. */
export const strictTransportSecurity = (appUrl: string) => (appUrl.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null);

type MutationRequest = { method: string; origin?: string; referer?: string; path?: string };

/**
 * One-click unsubscribe (RFC 8058): the mail provider posts from its own servers, with no Origin of
 * ours. The signed link itself is the credential (no cookie is used), so a cross-site post gains nothing.
 */
const crossSitePosts = /^\/unsubscribe\/[^/]+$/;

/**
 * A state-changing request must come from our own pages: its Origin (or, failing that, Referer)
 * must be the app's origin. On top of SameSite cookies, this stops cross-site form posts.
 */
export function isAllowedOrigin(request: MutationRequest, allowedOrigins: readonly string[]): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method.toUpperCase())) return true;
  if (request.path !== undefined && crossSitePosts.test(request.path)) return true;
  const source = request.origin && request.origin !== "null" ? request.origin : request.referer;
  if (!source) return false;
  try {
    return allowedOrigins.includes(new URL(source).origin);
  } catch {
    return false;
  }
}
