import Papa from "papaparse";

/**
 * A coordinator's roster as Norwegian Excel saves it ("CSV UTF-8": byte order mark, semicolons,
 * CRLF, bokmål headers), for the import benchmark. Deterministic: the same arguments give the
 * same bytes.
 */
const firstNames = [
  "Åse",
  "Bjørn",
  "Øystein",
  "Siri",
  "Kåre",
  "Solveig",
  "Pål",
  "Ingrid",
  "Tormod",
  "Gøril",
  "Jørgen",
  "Mette",
  "Håkon",
  "Ragnhild",
  "Ørjan",
  "Astrid",
  "Sæmund",
  "Linnéa",
  "Anne-Marit",
  "Brynjar",
  "Tove",
  "Jan Åge",
];
const lastNames = [
  "Ødegård",
  "Bråthen",
  "Sæther",
  "Haugen",
  "Løvås",
  "Kværnø",
  "Næss",
  "Åsheim",
  "Berg",
  "Strøm",
  "Dæhli",
  "Fjærli",
  "Sørensen",
  "Lie",
  "Mørk",
  "Ås",
  "Grønli",
  "Vik",
  "Bækken",
  "Ødegård Bråthen",
  "Holm",
];
/** The roles column as people fill it in: mostly empty (new people become leaders), sometimes spelt out. */
const roleCells = ["", "", "", "", "Leder", "", "leder", "", "Leder og tillitsvalgt", ""];

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, ".");

export type RosterPerson = { name: string; email: string; unit: string; level: string; cohort: string };

/**
 * `rows` rows: the organisation's `existing` people first (every third moved to another unit,
 * every tenth to another cohort, the rest as they are), then new people spread over the units,
 * levels and cohorts, one in `cohortEvery` of them placed in a cohort.
 */
type RosterOptions = {
  rows: number;
  existing: readonly RosterPerson[];
  units: readonly string[];
  levels: readonly string[];
  cohorts: readonly string[];
  cohortEvery: number;
};

/**
 * `rows` rows: the organisation's `existing` people first (every third moved to another unit,
 * every tenth to another cohort, the rest as they are), then new people spread over the units,
 * levels and cohorts, one in `cohortEvery` of them placed in a cohort.
 */
export function rosterFile(options: RosterOptions): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\uFEFF${rosterLines(options).join("\r\n")}\r\n`);
}

/** The same roster as an Excel workbook (one sheet, the cells of the CSV's lines). */
export async function rosterWorkbook(options: RosterOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Ledere");
  for (const line of rosterLines(options)) sheet.addRow(Papa.parse<string[]>(line, { delimiter: ";" }).data[0]!);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function rosterLines(options: RosterOptions): string[] {
  const { rows, existing, units, levels, cohorts, cohortEvery } = options;
  const lines = ["Navn;E-post;Enhet;Ledernivå;Kull;Roller"];
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const add = (p: RosterPerson, roles: string) => lines.push([p.name, p.email, p.unit, p.level, p.cohort, roles].map(cell).join(";"));

  existing.slice(0, rows).forEach((p, i) => {
    const unit = i % 3 === 0 ? units[(units.indexOf(p.unit) + 1) % units.length]! : p.unit;
    const cohort = p.cohort && i % 10 === 0 ? cohorts[(cohorts.indexOf(p.cohort) + 1) % cohorts.length]! : p.cohort;
    // Case as typed by hand now and then: the importer matches names of units and levels case-insensitively.
    add({ ...p, unit: i % 7 === 0 ? unit.toLowerCase() : unit, cohort }, "");
  });
  for (let i = 0; lines.length <= rows; i++) {
    const first = firstNames[i % firstNames.length]!;
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length]!;
    add(
      {
        name: `${first} ${last}`,
        email: `${ascii(first)}.${ascii(last)}.${i}@politiet.example.org`,
        unit: units[(i * 7) % units.length]!,
        level: levels[i % levels.length]!,
        cohort: i % cohortEvery === 0 ? cohorts[i % cohorts.length]! : "",
      },
      roleCells[i % roleCells.length]!,
    );
  }
  return lines;
}
