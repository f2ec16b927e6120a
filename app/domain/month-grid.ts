/** The weeks of a calendar month, Monday first, as the programme calendar shows them. */
import { addDays, endOfMonth, format, getISODay, parse, startOfMonth } from "date-fns";

export type GridDay = { date: string; inMonth: boolean };

/** `month` is `YYYY-MM`. Each week holds seven `YYYY-MM-DD` days, padded with the neighbouring months. */
export function monthGrid(month: string): GridDay[][] {
  const first = startOfMonth(parse(`${month}-01`, "yyyy-MM-dd", new Date(2000, 0, 1)));
  const last = endOfMonth(first);
  let day = addDays(first, 1 - getISODay(first));
  const weeks: GridDay[][] = [];
  while (day <= last) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: format(day, "yyyy-MM-dd"), inMonth: day.getMonth() === first.getMonth() });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The month before or after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
