import { afterEach, describe, expect, it, vi } from "vitest";
import { formatChange, formatMean, formatPercent, numberFormat } from "../../../app/i18n/numbers";

describe("number formats", () => {
  afterEach(() => vi.restoreAllMocks());

  it("write means, changes and shares the way each language does", () => {
    expect([formatMean(3.83, "nb"), formatChange(-0.31, "nb"), formatChange(0.8, "nb"), formatChange(0, "nb"), formatPercent(0.634, "nb")]).toEqual([
      "3,8",
      "−0,3",
      "+0,8",
      "0,0",
      "63\u00a0%",
    ]);
    expect([formatMean(3.83, "en"), formatChange(-0.31, "en"), formatChange(0.8, "en"), formatChange(0, "en"), formatPercent(0.634, "en")]).toEqual([
      "3.8",
      "-0.3",
      "+0.8",
      "0.0",
      "63%",
    ]);
  });

  it("make one formatter per language and style, and reuse it", () => {
    expect(numberFormat("nb", "mean")).toBe(numberFormat("nb", "mean"));
    expect(numberFormat("nb", "mean")).not.toBe(numberFormat("en", "mean"));
    expect(numberFormat("nb", "mean")).not.toBe(numberFormat("nb", "change"));

    formatMean(1, "en");
    formatPercent(1, "en");
    const constructed = vi.spyOn(Intl, "NumberFormat");
    for (let i = 0; i < 100; i++) formatMean(i / 10, "en");
    expect(formatPercent(0.5, "en")).toBe("50%");
    expect(constructed).not.toHaveBeenCalled();
  });
});
