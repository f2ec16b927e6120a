import type { UiLocale } from "./catalog";
import { intlTags } from "./icu";

const styles = {
  mean: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  change: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" },
  percent: { style: "percent", maximumFractionDigits: 0 },
} satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberStyle = keyof typeof styles;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * One formatter per locale and options, made on first use: constructing an Intl.NumberFormat costs
 * some forty times what formatting a number with it does, and tables format hundreds.
 */
function cachedFormat(key: string, locale: UiLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTags[locale], options);
    formats.set(key, format);
  }
  return format;
}

export const numberFormat = (locale: UiLocale, style: NumberStyle): Intl.NumberFormat =>
  cachedFormat(`${locale} ${style}`, locale, styles[style]);

/** An amount in øre as money in `currency`: whole amounts without decimals, others with two. */
export function formatMoney(ore: number, currency: string, locale: UiLocale): string {
  const whole = ore % 100 === 0;
  const options = { style: "currency", currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 } as const;
  return cachedFormat(`${locale} money ${currency} ${whole}`, locale, options).format(ore / 100);
}

/** A mean on a rating scale: one decimal ("3,8" / "3.8"). */
export const formatMean = (value: number, locale: UiLocale) => numberFormat(locale, "mean").format(value);

/** A change between means, always signed ("+0,8", "−0,3", "0,0"). */
export const formatChange = (value: number, locale: UiLocale) => numberFormat(locale, "change").format(value);

/** A share as a whole percentage ("63 %" / "63%"). */
export const formatPercent = (value: number, locale: UiLocale) => numberFormat(locale, "percent").format(value);
