import { describe, expect, it } from "vitest";
import { revisionCache } from "../../../app/server/revision-cache.server";

describe("revisionCache", () => {
  it("computes once per key and revision, and again when the revision moves", () => {
    const cache = revisionCache<string, number>(10);
    let computed = 0;
    const compute = () => ++computed;
    expect([cache.get("a", 1, compute), cache.get("a", 1, compute)]).toEqual([1, 1]);
    expect(cache.get("a", 2, compute)).toBe(2);
    expect(cache.get("a", 1, compute)).toBe(3);
  });

  it("drops the least recently used key when full", () => {
    const cache = revisionCache<string, string>(2);
    const computed: string[] = [];
    const get = (key: string) => cache.get(key, 0, () => (computed.push(key), key));
    get("a");
    get("b");
    get("a");
    get("c");
    get("a");
    get("b");
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });
});
