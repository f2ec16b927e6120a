import type { Locale } from "../../../db/schema";
import { timeZone } from "../../i18n/dates";
import { intlTags } from "../../i18n/icu";
import { emailLanguage, emailText } from "./templates.server";

/**
 * Dates in e-mails: Oslo time, in the recipient's own locale (Swedish readers get Swedish dates),
 * worded as in the app. Intl formatters are made once and reused: rendering thousands of messages a
 * second leaves no room for building a formatter per date.
 */

function formatters(options: Intl.DateTimeFormatOptions) {
  const made = {} as Record<Locale, Intl.DateTimeFormat>;
  for (const locale of Object.keys(intlTags) as Locale[]) {
    made[locale] = new Intl.DateTimeFormat(intlTags[locale], { ...options, timeZone });
  }
  return made;
}

const dateFormats = formatters({ day: "numeric", month: "long", year: "numeric" });
const weekdayFormats = formatters({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const agendaDayFormats = formatters({ weekday: "long", day: "numeric", month: "long" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
const dayKeyFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone });

/** "2. desember 2026" / "2 December 2026" */
export const formatEmailDate = (instant: Date, locale: Locale) => dateFormats[locale].format(instant);

/** "09:00" */
export const formatEmailTime = (instant: Date) => timeFormat.format(instant);

/** Whether a gathering ends on another day (in Oslo) than it starts. */
export const spansDays = (start: Date, end: Date) => dayKeyFormat.format(start) !== dayKeyFormat.format(end);

/**
 * An agenda row's time: "09:00", or with its day ("søndag 3. januar 09:00") when the gathering
 * runs over several days — as the gathering page shows it.
 */
export const formatAgendaTime = (instant: Date, locale: Locale, multiDay: boolean) =>
  multiDay ? `${agendaDayFormats[locale].format(instant)} ${formatEmailTime(instant)}` : formatEmailTime(instant);

/** "onsdag 2. desember 2026, kl. 09:00–15:00", or a range of days when it ends on another day. */
export function formatWhen(start: Date, end: Date, locale: Locale): string {
  const language = emailLanguage(locale);
  const weekday = weekdayFormats[locale];
  if (!spansDays(start, end)) {
    return emailText(language, "dates.sameDay", {
      date: weekday.format(start),
      start: formatEmailTime(start),
      end: formatEmailTime(end),
    });
  }
  return emailText(language, "dates.range", {
    startDate: weekday.format(start),
    start: formatEmailTime(start),
    endDate: weekday.format(end),
    end: formatEmailTime(end),
  });
}

/** "7. desember 2026 kl. 16:00": a deadline, which has a time of day. */
export const formatDeadline = (instant: Date, locale: Locale) =>
  emailText(emailLanguage(locale), "dates.at", { date: formatEmailDate(instant, locale), time: formatEmailTime(instant) });
