import type { UiLocale } from "./catalog";

const tag = (locale: UiLocale) => (locale === "nb" ? "nb-NO" : "en-GB");

/** A mean on a rating scale: one decimal ("3,8" / "3.8"). */
export const formatMean = (value: number, locale: UiLocale) =>
  new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** A change between means, always signed ("+0,8", "−0,3", "0,0"). */
export const formatChange = (value: number, locale: UiLocale) =>
  new Intl.NumberFormat(tag(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(value);

/** A share as a whole percentage ("63 %" / "63%"). */
export const formatPercent = (value: number, locale: UiLocale) =>
  new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
