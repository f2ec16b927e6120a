import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../../app/domain/safe-redirect";

describe("safeRedirect", () => {
  it.each(["/", "/programs/1", "/people?q=a%20b#x", "/calendar"])("keeps the local path %s", (to) => {
    expect(safeRedirect(to)).toBe(to);
  });

  it.each([
    "//evil.example",
    "/.//evil.example",
    "/a/..//evil.example",
    "/\\evil.example/x",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r//evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    " /x",
    undefined,
    42,
  ])("falls back for %j", (to) => {
    expect(safeRedirect(to)).toBe("/");
  });

  it("never leaves the site, whatever the input (as a browser resolves it)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("/", "\\", "\t", "\n", ":", "%", "5", "C", "a", ".", "@", "?", "#") }), (to) => {
        const target = safeRedirect(to);
        // The WHATWG URL parser is what browsers use to resolve a Location header.
        expect(new URL(target, "https://samling.example").host).toBe("samling.example");
        expect(target.startsWith("/")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
