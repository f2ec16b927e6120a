import { z } from "zod";

/**
 * Money is integer øre. Amounts are typed the way people write them in Norway ("500 000",
 * "1 234,50", "kr 1.234,50", "500,-") and parsed digit by digit, never through a float.
 */

/** Ten billion kroner: far above any grant, well inside Number.MAX_SAFE_INTEGER øre. */
export const maxOre = 10_000_000_000_00;

const spaces = /[\s\u00a0\u202f]/g;

/** The amount in øre, or null when the text is not a non-negative amount with at most two decimals. */
export function parseNok(input: string): number | null {
  let text = input.replace(spaces, "").toLowerCase();
  text = text
    .replace(/^(kr\.?|nok)/, "")
    .replace(/(kr\.?|nok)$/, "")
    .replace(/[.,]-$/, "");
  if (!text) return null;

  let kroner: string;
  let ore = "";
  const decimal = /^(.*)[.,](\d{1,2})$/.exec(text);
  if (decimal) {
    const separator = text[decimal[1]!.length]!;
    kroner = withoutGrouping(decimal[1]!, separator === "," ? "." : ",") ?? "";
    ore = decimal[2]!;
  } else {
    kroner = withoutGrouping(text, ".") ?? withoutGrouping(text, ",") ?? "";
  }
  if (!/^\d+$/.test(kroner)) return null;
  const value = Number(kroner) * 100 + Number(ore.padEnd(2, "0"));
  return value <= maxOre ? value : null;
}

/** "1.234.567" → "1234567" when every group after the first has three digits; plain digits pass. */
function withoutGrouping(text: string, separator: string): string | null {
  if (/^\d+$/.test(text)) return text;
  const groups = text.split(separator);
  const wellFormed = /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  return wellFormed ? groups.join("") : null;
}

type MoneyLocale = "nb" | "nn" | "sv" | "en";

function split(ore: number) {
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const cents = abs % 100;
  return { negative, kroner: String((abs - cents) / 100), cents: String(cents).padStart(2, "0"), whole: cents === 0 };
}

const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** "1 234,50 kr" in Norwegian (bokmål and nynorsk) and Swedish, "NOK 1,234.50" in English; whole kroner without decimals. */
export function formatNok(ore: number, locale: MoneyLocale = "nb"): string {
  const { negative, kroner, cents, whole } = split(ore);
  const sign = negative ? "−" : "";
  if (locale === "en") return `${sign}NOK ${group(kroner, ",")}${whole ? "" : `.${cents}`}`;
  return `${sign}${group(kroner, "\u00a0")}${whole ? "" : `,${cents}`}\u00a0kr`;
}

/** The value to prefill an amount field with: "500 000" or "1 234,50", which parseNok reads back. */
export function formatNokInput(ore: number): string {
  const { kroner, cents, whole } = split(ore);
  return `${group(kroner, " ")}${whole ? "" : `,${cents}`}`;
}

/**
 * A form field holding an amount in kroner as typed; the parsed value is øre. `requiredKey` is
 * the message for an empty field, and amounts that are not numbers get "budget.amountInvalid".
 */
export const nokField = (requiredKey: string) =>
  z
    .string(requiredKey)
    .trim()
    .min(1, requiredKey)
    .refine((text) => parseNok(text) !== null, "budget.amountInvalid")
    .transform((text) => parseNok(text)!);
