import { dayMs } from "../../app/domain/time";
import { osloLocalToUtc } from "../../app/i18n/dates";
import { afterAll, beforeAll } from "vitest";
import { osloToday, setClock } from "../../app/server/clock.server";

/**
 * Calendar days relative to the test clock, so that no test names a date the demo seed (placed
 * relative to the same clock) or the passing of time could make special.
 */

/** The Oslo calendar day `days` after today (`YYYY-MM-DD`); negative for the past. */
export function day(days: number, from = osloToday()): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The instant of an Oslo wall-clock time on the day `days` after today (`time` as `HH:mm`). */
export function osloAt(days: number, time = "09:00"): Date {
  return osloLocalToUtc(`${day(days)}T${time}`)!;
}

/** The first Oslo DST change (last Sunday of March or October) at least `after` days from today. */
export function nextDstChange(month: "march" | "october", after = 1): string {
  const earliest = day(after);
  for (let year = Number(earliest.slice(0, 4)); ; year++) {
    const last = new Date(Date.UTC(year, month === "march" ? 3 : 10, 0));
    const sunday = new Date(last.getTime() - last.getUTCDay() * dayMs).toISOString().slice(0, 10);
    if (sunday >= earliest) return sunday;
  }
}

/**
 * For a file whose own data sits on fixed calendar dates because the dates are the point (a DST
 * change, January's UTC offset, weekday names in an e-mail): freezes the clock at the instant those
 * dates were chosen around, whatever SAMLING_NOW is. Only for files that build their own gatherings
 * and invitations, which the seed's cannot collide with.
 */
export function freezeClockForFile(instant = "2027-01-12T08:00:00Z"): void {
  beforeAll(() => setClock(instant));
  afterAll(() => setClock(null));
}
