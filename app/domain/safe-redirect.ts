/**
 * The one rule for where a redirect after sign-in, a language change or any `redirectTo` may go:
 * a path on this site. Browsers treat `\` like `/` and drop tabs and newlines, so `/\evil.example`
 * and `/\t/evil.example` are other hosts; anything but a plain absolute path falls back.
 */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length > 2048) return fallback;
  if (!to.startsWith("/") || to.startsWith("//")) return fallback;
  // Backslashes and control characters (C0, DEL, C1) have no place in our own paths.
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(to)) return fallback;
  // Percent-encoded backslashes or slashes right after the first one are decoded by some proxies.
  if (/^\/(%2f|%5c)/i.test(to)) return fallback;
  try {
    const url = new URL(to, "http://samling.invalid");
    if (url.origin !== "http://samling.invalid") return fallback;
    // Dot segments resolve away: `/.//evil.example` has the path `//evil.example`, another host as a Location.
    if (url.pathname.startsWith("//")) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
