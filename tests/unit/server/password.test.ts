import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "../../../app/server/password.server";

describe("password hashing", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("samling-demo");
    expect(hash).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await verifyPassword("samling-demo", hash)).toBe(true);
    expect(await verifyPassword("samling-Demo", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("rejects a missing or malformed stored hash", async () => {
    expect(await verifyPassword("x", null)).toBe(false);
    expect(await verifyPassword("x", "plaintext")).toBe(false);
  });

  it("asks for a rehash of hashes made with older parameters only", async () => {
    expect(needsRehash(await hashPassword("x"))).toBe(false);
    expect(needsRehash("scrypt$16384$8$1$c2FsdA==$aGFzaA==")).toBe(true);
    expect((await hashPassword("x")).split("$").slice(1, 4)).toEqual(["16384", "8", "5"]);
  });
});
