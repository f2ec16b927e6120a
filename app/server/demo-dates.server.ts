import { osloDay } from "../i18n/dates";
import { dayMs } from "../domain/time";

/** A local Oslo wall-clock time `days` from `base`'s day in Oslo (Oslo is UTC+1 in winter, +2 in summer). */
export function osloAt(base: Date, days: number, hour: number, minute = 0) {
  const [year, month, date] = osloDay(base).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(year, month - 1, date + days, hour, minute));
  const offsetHours = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", timeZoneName: "shortOffset" })
      .formatToParts(day)
      .find((p) => p.type === "timeZoneName")!
      .value.replace("GMT", "") || 0,
  );
  return new Date(day.getTime() - offsetHours * 3_600_000);
}

// Demo gatherings run over two days, and no police district or municipality gathers at the weekend:
// each starts on the nearest Monday to Thursday (Friday moves back a day, Saturday and Sunday on to Monday).
const weekdayShift = [1, 0, 0, 0, 0, -1, 2];

/** `days` from `base`, moved to the nearest Monday to Thursday. */
export const onWeekdays = (base: Date, days: number) => days + weekdayShift[new Date(base.getTime() + days * dayMs).getUTCDay()]!;
