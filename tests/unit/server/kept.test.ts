import { describe, expect, it } from "vitest";
import { keptUpTo } from "../../../app/server/kept.server";

describe("keptUpTo", () => {
  it("makes a key's value once and keeps it", () => {
    const kept = keptUpTo<string, { n: number }>(2);
    let made = 0;
    const first = kept.get("a", () => ({ n: ++made }));
    expect(kept.get("a", () => ({ n: ++made }))).toBe(first);
    expect(made).toBe(1);
  });

  it("keeps at most its number of values, letting the one kept longest go", () => {
    const kept = keptUpTo<string, string>(2);
    const made: string[] = [];
    const get = (key: string) => kept.get(key, () => (made.push(key), key.toUpperCase()));
    get("a");
    get("b");
    get("c");
    get("b");
    get("a");
    expect(made).toEqual(["a", "b", "c", "a"]);
  });

  it("lets the value made first go first, however recently it was asked for", () => {
    const kept = keptUpTo<string, string>(2);
    const made: string[] = [];
    const get = (key: string) => kept.get(key, () => (made.push(key), key));
    get("a");
    get("b");
    get("a");
    get("c");
    get("a");
    expect(made).toEqual(["a", "b", "c", "a"]);
  });
});
