import { TZDate } from "@date-fns/tz";
import { format, type Locale as DateLocale } from "date-fns";
import { enGB, nb, sv } from "date-fns/locale";
import type { Locale } from "../../db/schema";

export const timeZone = "Europe/Oslo";
const dateLocales: Record<Locale, DateLocale> = { nb, en: enGB, sv };

const inOslo = (instant: Date | number) => new TZDate(+instant, timeZone);

/** "12. mars 2026" / "12 March 2026" */
export const formatDate = (instant: Date | number, locale: Locale) =>
  format(inOslo(instant), "PPP", { locale: dateLocales[locale] });

/** "tor. 12. mars 2026 kl. 09:00" style, always in Oslo time. */
export const formatDateTime = (instant: Date | number, locale: Locale) =>
  format(inOslo(instant), "EEE PPP HH:mm", { locale: dateLocales[locale] });

export const formatTime = (instant: Date | number) => format(inOslo(instant), "HH:mm");

/** A calendar date (`YYYY-MM-DD`), which has no time zone. */
export const formatDay = (isoDate: string, locale: Locale) =>
  format(new Date(`${isoDate}T12:00:00Z`), "PPP", { locale: dateLocales[locale] });
