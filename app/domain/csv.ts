/**
 * The one CSV writer every export goes through. A cell a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so a cohort
 * named `=HYPERLINK(…)` is shown as text; plain numbers such as `-0,4` are left as numbers.
 */
import Papa from "papaparse";

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;

export function escapeCell(cell: string): string {
  return formulaStart.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
}

export type CsvOptions = { delimiter: ";" | ","; bom: boolean };

export function toCsv(fields: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions): string {
  const csv = Papa.unparse(
    { fields: fields.map(escapeCell), data: rows.map((row) => row.map(escapeCell)) },
    { delimiter: options.delimiter, newline: "\r\n" },
  );
  return (options.bom ? "\uFEFF" : "") + csv;
}

/** Headers for an export: a download that no shared or back-button cache keeps. */
export const csvHeaders = (filename: string) => ({
  "Content-Type": "text/csv; charset=utf-8",
  "Content-Disposition": `attachment; filename="${filename}"`,
  "Cache-Control": "private, no-store",
});
