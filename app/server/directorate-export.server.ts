/**
 * The comparison as files: CSV as Norwegian Excel opens it (UTF-8 with a byte order mark, `;`
 * between fields, CRLF) and .xlsx through exceljs. Both take their columns from the page's
 * (app/components/comparison-table.ts); the CSV has the page's cell texts word for word.
 */
import Papa from "papaparse";
import type { Locale } from "../../db/schema";
import { comparisonColumns } from "../components/comparison-table";
import type { ComparisonRow } from "../domain/directorate";
import type { IndicatorKey } from "../domain/report";
import { translator, uiLocaleOf } from "../i18n/catalog";

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (Papa's default rule), except
 * a signed figure such as "+0,4", which Excel reads as the number it is.
 */
const formulaLike = /^(?:[=@\t\r]|[+-](?!\d+(?:,\d+)?$))/;

export function comparisonCsv(rows: ComparisonRow[], indicator: IndicatorKey, locale: Locale): string {
  const columns = comparisonColumns(indicator, locale);
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((r) => columns.map((c) => c.text(r))) },
    { delimiter: ";", newline: "\r\n", escapeFormulae: formulaLike },
  );
  return "\uFEFF" + csv;
}

/** Numeric columns hold numbers (kroner, fractions with a percent format); withheld cells their text. */
export async function comparisonXlsx(rows: ComparisonRow[], indicator: IndicatorKey, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const columns = comparisonColumns(indicator, locale);
  // Loaded when a workbook is asked for: exceljs is large, and every server process would carry it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translator(uiLocaleOf(locale))("directorate.compare.sheet"));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => (c.value ? (c.value(row) ?? c.text(row)) : c.text(row))));
  }
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(40, Math.max(12, c.header.length + 2));
    if (c.numberFormat) column.numFmt = c.numberFormat;
    else if (c.sort === "attendance") column.numFmt = "0%";
    else if (c.sort === "change") column.numFmt = "+0.0;-0.0;0.0";
    else if (c.sort === "awarded" || c.sort === "spent" || c.sort === "cost") column.numFmt = "#,##0";
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export const download = (body: string | Uint8Array<ArrayBuffer>, type: string, filename: string) =>
  new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
