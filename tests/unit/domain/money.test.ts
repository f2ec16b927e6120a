import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNok, formatNokInput, maxOre, parseNok } from "../../../app/domain/money";

describe("parseNok", () => {
  it.each([
    ["500 000", 500_000_00],
    ["500000", 500_000_00],
    ["1 234,50", 1_234_50],
    ["1234,5", 1_234_50],
    ["1.234,50", 1_234_50],
    ["1,234.50", 1_234_50],
    ["1.234.567", 1_234_567_00],
    ["1,234", 1_234_00],
    ["kr 500 000", 500_000_00],
    ["500 000 kr", 500_000_00],
    ["NOK 12", 12_00],
    ["500,-", 500_00],
    ["0,05", 5],
    ["0", 0],
    ["1\u00a0234,50", 1_234_50],
    ["  42  ", 42_00],
  ])("reads %j as %i øre", (input, ore) => {
    expect(parseNok(input)).toBe(ore);
  });

  it.each(["", "abc", "-5", "1,234,50", "1,2345", "12.5.0", "1 234,567", ",50", "1e5", "99 999 999 999 999"])("rejects %j", (input) => {
    expect(parseNok(input)).toBeNull();
  });

  it("never goes through a float: 0,10 + 0,20 stays exact", () => {
    expect(parseNok("0,10")! + parseNok("0,20")!).toBe(parseNok("0,30"));
  });

  it("reads back every amount it formats for a form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: maxOre }), (ore) => {
        expect(parseNok(formatNokInput(ore))).toBe(ore);
      }),
    );
  });
});

describe("formatNok", () => {
  it("writes kroner the Norwegian way, and the English way", () => {
    expect(formatNok(500_000_00, "nb")).toBe("500\u00a0000\u00a0kr");
    expect(formatNok(1_234_50, "nb")).toBe("1\u00a0234,50\u00a0kr");
    expect(formatNok(1_234_50, "en")).toBe("NOK 1,234.50");
    expect(formatNok(-5_00, "nb")).toBe("−5\u00a0kr");
    expect(formatNok(7, "sv")).toBe("0,07\u00a0kr");
  });

  it("prefills forms with what parseNok reads", () => {
    expect(formatNokInput(1_234_567_50)).toBe("1 234 567,50");
    expect(formatNokInput(500_000_00)).toBe("500 000");
  });
});
