import { TZDate } from "@date-fns/tz";
import { format, type Locale as DateLocale } from "date-fns";
import { enGB, nb, nn, sv } from "date-fns/locale";
import type { Locale } from "../domain/enums";

export const timeZone = "Europe/Oslo";
const dateLocales: Record<Locale, DateLocale> = { nb, nn, sv, en: enGB };

const inOslo = (instant: Date | number) => new TZDate(+instant, timeZone);

/**
 * A formatter that keeps its results: date-fns in a time zone costs tens of microseconds a call, and
 * pages format the same few instants on every view (a gathering's times, its agenda). Bounded: emptied
 * at 2 000 entries. The text depends only on the instant and the locale.
 */
function remembered(format: (instant: Date | number, locale: Locale) => string) {
  const texts = new Map<string, string>();
  return (instant: Date | number, locale: Locale) => {
    const key = `${+instant}|${locale}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = format(instant, locale);
      if (texts.size >= 2_000) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
}

/** "12. mars 2026" / "12 March 2026" */
export const formatDate = remembered((instant, locale) => format(inOslo(instant), "PPP", { locale: dateLocales[locale] }));

/** "tor. 12. mars 2026 kl. 09:00" style, always in Oslo time. */
export const formatDateTime = remembered((instant, locale) => format(inOslo(instant), "EEE PPP HH:mm", { locale: dateLocales[locale] }));

const rememberedTime = remembered((instant) => format(inOslo(instant), "HH:mm"));
export const formatTime = (instant: Date | number) => rememberedTime(instant, "nb");

/** A calendar date (`YYYY-MM-DD`), which has no time zone. */
export const formatDay = (isoDate: string, locale: Locale) =>
  format(new Date(`${isoDate}T12:00:00Z`), "PPP", { locale: dateLocales[locale] });

/**
 * A wall-clock time in Oslo as `YYYY-MM-DDTHH:mm` (what a datetime-local field sends) to the instant
 * it names; null when it is not a real date and time.
 */
export function osloLocalToUtc(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const local = new TZDate(year, month - 1, day, hour, minute, timeZone);
  if (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return new Date(+local);
}

/** An instant as the value of a datetime-local field, in Oslo time. */
export const toOsloLocalInput = (instant: Date | number) => format(inOslo(instant), "yyyy-MM-dd'T'HH:mm");

const osloDayParts = new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

// Oslo has been a whole number of hours from UTC since 1895, so every instant of one UTC hour falls
// on one Oslo date: the dates are kept by hour (a few thousand at most; the map starts again when full).
const dayOfHour = new Map<number, string>();

/**
 * The calendar date in Oslo (`YYYY-MM-DD`) of an instant. With one kept Intl formatter rather than
 * date-fns, and remembered by hour: every conditional page's tag asks for today's date on every
 * request, and an agenda for each of its items (formatting one took 20–30 µs).
 */
export function osloDay(instant: Date | number): string {
  const hour = Math.floor(+instant / 3_600_000);
  const known = dayOfHour.get(hour);
  if (known !== undefined) return known;
  let year = "";
  let month = "";
  let day = "";
  for (const part of osloDayParts.formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  const date = `${year}-${month}-${day}`;
  if (hour >= 0) {
    if (dayOfHour.size >= 4096) dayOfHour.clear();
    dayOfHour.set(hour, date);
  }
  return date;
}
