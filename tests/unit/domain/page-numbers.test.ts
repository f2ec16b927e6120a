import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageNumbers } from "../../../app/domain/page-numbers";

describe("pageNumbers", () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, "gap", 10]],
    [4, 10, [1, 2, 3, 4, 5, 6, "gap", 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, "gap", 10]],
    [6, 10, [1, "gap", 4, 5, 6, 7, 8, 9, 10]],
    [6, 20, [1, "gap", 4, 5, 6, 7, 8, "gap", 20]],
    [10, 10, [1, "gap", 8, 9, 10]],
    [7, 10, [1, "gap", 5, 6, 7, 8, 9, 10]],
    [500, 1000, [1, "gap", 498, 499, 500, 501, 502, "gap", 1000]],
  ])("page %i of %i shows %j", (page, pages, expected) => {
    expect(pageNumbers(page, pages)).toEqual(expected);
  });

  it("keeps a page beyond the last, or before the first, within the list", () => {
    expect(pageNumbers(12, 10)).toEqual(pageNumbers(10, 10));
    expect(pageNumbers(0, 10)).toEqual(pageNumbers(1, 10));
    expect(pageNumbers(1, 0)).toEqual([1]);
  });

  it("shows the first, the last and the current page, ascending, few however many pages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const [page, pages] = a <= b ? [a, b] : [b, a];
        const shown = pageNumbers(page, pages);
        const numbers = shown.filter((n) => n !== "gap");
        expect(shown.length).toBeLessThanOrEqual(9);
        expect(numbers).toContain(1);
        expect(numbers).toContain(pages);
        expect(numbers).toContain(page);
        for (let i = 1; i < shown.length; i++) {
          // A gap leaves out at least two pages; numbers without a gap between them are consecutive.
          const [before, here, next] = [shown[i - 1]!, shown[i]!, shown[i + 1]];
          if (here === "gap") expect((next as number) - (before as number)).toBeGreaterThan(2);
          else if (before !== "gap") expect(here - before).toBe(1);
        }
        for (let n = Math.max(1, page - 2); n <= Math.min(pages, page + 2); n++) expect(numbers).toContain(n);
      }),
    );
  });
});
