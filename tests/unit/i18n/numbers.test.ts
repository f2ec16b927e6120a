import { afterEach, describe, expect, it, vi } from "vitest";
import { formatChange, formatMean, formatMoney, formatPercent, numberFormat } from "../../../app/i18n/numbers";

describe("number formats", () => {
  afterEach(() => vi.restoreAllMocks());

  it("write means, changes and shares the way each language does", () => {
    expect([
      formatMean(3.83, "nb"),
      formatChange(-0.31, "nb"),
      formatChange(0.8, "nb"),
      formatChange(0, "nb"),
      formatPercent(0.634, "nb"),
    ]).toEqual(["3,8", "−0,3", "+0,8", "0,0", "63\u00a0%"]);
    expect([
      formatMean(3.83, "en"),
      formatChange(-0.31, "en"),
      formatChange(0.8, "en"),
      formatChange(0, "en"),
      formatPercent(0.634, "en"),
    ]).toEqual(["3.8", "-0.3", "+0.8", "0.0", "63%"]);
  });

  it("write money in whole kroner when there are no øre, else with two decimals", () => {
    expect([formatMoney(50_000_000, "NOK", "nb"), formatMoney(123_450, "NOK", "nb")]).toEqual([
      "500\u00a0000\u00a0kr",
      "1\u00a0234,50\u00a0kr",
    ]);
    expect([formatMoney(50_000_000, "NOK", "en"), formatMoney(123_450, "EUR", "en")]).toEqual(["NOK\u00a0500,000", "€1,234.50"]);
    const constructed = vi.spyOn(Intl, "NumberFormat");
    expect(formatMoney(100, "NOK", "nb")).toBe("1\u00a0kr");
    expect(constructed).not.toHaveBeenCalled();
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
