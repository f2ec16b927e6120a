import { describe, expect, it } from "vitest";
import { derivedFrom } from "../../../app/domain/derived";

describe("derivedFrom", () => {
  it("makes a value once per source and key, and again for another source", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const source = {};
    const first = derivedFrom(source, "page:1", make);
    expect(derivedFrom(source, "page:1", make)).toBe(first);
    expect(derivedFrom(source, "page:2", make)).not.toBe(first);
    expect(derivedFrom({}, "page:1", make)).not.toBe(first);
    expect(made).toBe(3);
  });
});
