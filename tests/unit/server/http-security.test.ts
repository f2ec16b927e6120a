import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isAllowedOrigin, newNonce } from "../../../app/server/http-security.server";

const allowed = ["http://localhost:3000"];

describe("isAllowedOrigin", () => {
  it("lets reads through from anywhere", () => {
    expect(isAllowedOrigin({ method: "GET" }, allowed)).toBe(true);
    expect(isAllowedOrigin({ method: "head", origin: "https://evil.example" }, allowed)).toBe(true);
  });

  it("accepts a mutation from our own origin, by Origin or by Referer", () => {
    expect(isAllowedOrigin({ method: "POST", origin: "http://localhost:3000" }, allowed)).toBe(true);
    expect(isAllowedOrigin({ method: "POST", referer: "http://localhost:3000/programs/1?x=1" }, allowed)).toBe(true);
  });

  it("rejects a mutation from another site, a look-alike, or with no source at all", () => {
    expect(isAllowedOrigin({ method: "POST", origin: "https://evil.example" }, allowed)).toBe(false);
    expect(isAllowedOrigin({ method: "POST", origin: "http://localhost:3000.evil.example" }, allowed)).toBe(false);
    expect(isAllowedOrigin({ method: "DELETE", referer: "http://localhost:3001/" }, allowed)).toBe(false);
    expect(isAllowedOrigin({ method: "POST" }, allowed)).toBe(false);
    expect(isAllowedOrigin({ method: "POST", origin: "null" }, allowed)).toBe(false);
    expect(isAllowedOrigin({ method: "POST", referer: "not a url" }, allowed)).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only from here or with the nonce, and forbids framing by others", () => {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(newNonce()).not.toBe(nonce);
  });

  it("gets a nonce of 16 random bytes that is never given again, across refills of the pool", () => {
    const nonces = Array.from({ length: 1_000 }, newNonce);
    expect(new Set(nonces).size).toBe(1_000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
