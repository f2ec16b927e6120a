/**
 * Roster import: a spreadsheet's CSV export (comma or semicolon, UTF-8 with or without BOM, or
 * Windows-1252 as older Excel writes it) becomes a plan — each row with what will happen to it and
 * what is wrong with it — before anything is written. Pure: the caller supplies what the
 * organisation already holds (units, levels, cohorts, people with those e-mails).
 */
import iconv from "iconv-lite";
import Papa from "papaparse";
import { z } from "zod";
import type { Role } from "./enums";

export const rosterFields = ["name", "email", "unit", "level", "cohort", "roles"] as const;
export type RosterField = (typeof rosterFields)[number];

/** Headers as people write them, in bokmål and English, normalised (lower case, single spaces). */
const headerAliases: Record<string, RosterField> = {
  navn: "name",
  name: "name",
  "fullt navn": "name",
  "full name": "name",
  "e-post": "email",
  epost: "email",
  "e-postadresse": "email",
  email: "email",
  "e-mail": "email",
  enhet: "unit",
  unit: "unit",
  nivå: "level",
  ledernivå: "level",
  level: "level",
  "leader level": "level",
  kull: "cohort",
  cohort: "cohort",
  roller: "roles",
  rolle: "roles",
  roles: "roles",
  role: "roles",
};

/** Role names accepted in the roles column; several roles are separated by comma, semicolon, slash or "og"/"and". */
const roleAliases: Record<string, Role> = {
  leder: "leader",
  leader: "leader",
  tillitsvalgt: "union_rep",
  hovedtillitsvalgt: "union_rep",
  union_rep: "union_rep",
  "union rep": "union_rep",
  "union representative": "union_rep",
  lærekraft: "facilitator",
  fasilitator: "facilitator",
  facilitator: "facilitator",
  koordinator: "coordinator",
  "hr-koordinator": "coordinator",
  coordinator: "coordinator",
};

export const maxRosterRows = 20_000;

export type DecodedFile = { text: string; encoding: "utf-8" | "utf-16le" | "windows-1252" };

/** Valid UTF-8 is read as UTF-8 (BOM dropped); anything else is what Excel writes in Norway: Windows-1252. */
export function decodeRosterFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "win1252"), encoding: "windows-1252" };
  }
}

/** A workbook cell's value as exceljs gives it (read as unknown: the file is the user's). */
export function workbookCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs gives a date cell as the UTC instant of its wall-clock value; midnight is a plain date.
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === "object") {
    const cell = value as { result?: unknown; richText?: { text?: unknown }[]; text?: unknown; error?: unknown };
    // Formula cells (shared ones too) carry the value Excel last computed.
    if ("formula" in cell || "sharedFormula" in cell) return workbookCellText(cell.result);
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => String(part.text ?? "")).join("");
    if ("text" in cell) return workbookCellText(cell.text);
    if ("error" in cell) return "";
    return "";
  }
  return String(value);
}

/**
 * A sheet's rows (each 1-based as exceljs gives them: index 0 unused) as semicolon text that
 * parseRoster reads like a CSV export, so a workbook is previewed, re-posted and committed the same
 * way. Row positions are kept (blank rows stay blank lines), so line numbers are the sheet's rows.
 */
export function workbookRowsToText(rows: readonly (readonly unknown[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length - 1));
  const records = rows.map((row) => Array.from({ length: width }, (_, c) => workbookCellText(row[c + 1])));
  return Papa.unparse(records, { delimiter: ";", newline: "\r\n" });
}

export type RosterRow = { line: number } & Record<RosterField, string>;

export type ParsedRoster = {
  delimiter: string;
  /** Each header of the file and the field it was read as (null: not used). */
  columns: { header: string; field: RosterField | null }[];
  rows: RosterRow[];
  /** Problems with the file as a whole; with any of these there are no rows to plan. */
  fileProblems: {
    code: "import.fileEmpty" | "import.missingColumns" | "import.tooManyRows" | "import.malformed";
    vars?: Record<string, string | number>;
  }[];
};

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/:$/, "");

/** The delimiter of the header line: whichever of semicolon, comma and tab it holds most of. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function parseRoster(text: string): ParsedRoster {
  const clean = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const records = result.data;
  const empty: ParsedRoster = { delimiter, columns: [], rows: [], fileProblems: [] };
  const headerRecord = records[0];
  if (!headerRecord || headerRecord.every((cell) => !cell.trim())) {
    return { ...empty, fileProblems: [{ code: "import.fileEmpty" }] };
  }
  const quoteError = result.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    return { ...empty, fileProblems: [{ code: "import.malformed", vars: { line: (quoteError.row ?? 0) + 1 } }] };
  }

  const seen = new Set<RosterField>();
  const columns = headerRecord.map((header) => {
    const field = headerAliases[normaliseHeader(header)] ?? null;
    // A second column for the same field is ignored rather than guessed at.
    if (!field || seen.has(field)) return { header, field: null };
    seen.add(field);
    return { header, field };
  });
  const missing = (["name", "email"] as const).filter((f) => !seen.has(f));
  if (missing.length) {
    return { ...empty, columns, fileProblems: [{ code: "import.missingColumns", vars: { columns: missing.join(", ") } }] };
  }

  const rows: RosterRow[] = [];
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => !cell.trim())) return;
    const row: RosterRow = { line: i + 2, name: "", email: "", unit: "", level: "", cohort: "", roles: "" };
    columns.forEach((column, c) => {
      if (column.field) row[column.field] = (record[c] ?? "").trim().replace(/\s+/g, " ");
    });
    rows.push(row);
  });
  if (rows.length > maxRosterRows) {
    return { ...empty, columns, fileProblems: [{ code: "import.tooManyRows", vars: { max: maxRosterRows } }] };
  }
  return { delimiter, columns, rows, fileProblems: [] };
}

export type ExistingPerson = {
  id: number;
  name: string;
  unitId: number | null;
  leaderLevelId: number | null;
  roles: readonly Role[];
  /** Current cohort in the chosen programme. */
  cohortId: number | null;
  deactivated: boolean;
};

export type ImportContext = {
  units: readonly { id: number; name: string }[];
  levels: readonly { id: number; name: string }[];
  /** Cohorts of the chosen programme; null when no programme was chosen. */
  cohorts: readonly { id: number; name: string }[] | null;
  /** People already holding one of the file's e-mails: in this organisation, or "elsewhere". */
  people: ReadonlyMap<string, ExistingPerson | "elsewhere">;
};

export type IssueCode =
  | "import.missingEmail"
  | "import.invalidEmail"
  | "import.missingName"
  | "import.tooLong"
  | "import.unknownUnit"
  | "import.unknownLevel"
  | "import.unknownCohort"
  | "import.cohortWithoutProgram"
  | "import.unknownRole"
  | "import.duplicateInFile"
  | "import.emailElsewhere"
  | "import.deactivated"
  | "everyday.import.missingLevel";

export type Issue = { code: IssueCode; field: RosterField; vars?: Record<string, string | number> };

export type PlannedRow = RosterRow & {
  action: "create" | "update" | "unchanged" | "invalid";
  issues: Issue[];
  personId: number | null;
  /** Resolved values; undefined = leave as it is (an empty cell never clears a value). */
  set: { name?: string; email: string; unitId?: number; leaderLevelId?: number; cohortId?: number; addRoles: Role[] };
};

export type ImportPlan = {
  rows: PlannedRow[];
  counts: Record<PlannedRow["action"], number>;
  /** True when every row can be written; the import is all or nothing. */
  ok: boolean;
};

const emailSchema = z.email();
const byName = (items: readonly { id: number; name: string }[]) => new Map(items.map((item) => [item.name.trim().toLowerCase(), item.id]));

/** What the coordinator chose in the preview for a unit or level name the organisation does not have. */
export type Resolution = "create" | { mapTo: number };
export type ImportChoices = {
  /** Keyed by the name as in the file, lower case. */
  units: ReadonlyMap<string, Resolution>;
  levels: ReadonlyMap<string, Resolution>;
  /** The level given to new leaders whose row has none; without it such a row is an error. */
  defaultLevelId: number | null;
};
export const noChoices: ImportChoices = { units: new Map(), levels: new Map(), defaultLevelId: null };

export type Unmatched = { name: string; rows: number; choice: Resolution | null };

/**
 * The unit or level names of the file the organisation does not have, each once (first spelling,
 * with how many rows use it) and with the choice made for it, if any: the list the preview offers
 * to create or map.
 */
export function unmatchedNames(
  rows: readonly RosterRow[],
  field: "unit" | "level",
  known: readonly { name: string }[],
  choices: ReadonlyMap<string, Resolution>,
): Unmatched[] {
  const names = new Set(known.map((k) => k.name.trim().toLowerCase()));
  const found = new Map<string, Unmatched>();
  for (const row of rows) {
    const key = row[field].toLowerCase();
    if (!key || names.has(key)) continue;
    const entry = found.get(key) ?? { name: row[field], rows: 0, choice: choices.get(key) ?? null };
    entry.rows++;
    found.set(key, entry);
  }
  return [...found.values()];
}

/**
 * The context as the choices make it: a mapped name is one more name for an existing unit or level
 * (a choice naming one the organisation does not have, or for a name it has, is ignored); a name to be created gets a
 * stand-in id below zero until the commit creates it.
 */
export function applyChoices(context: ImportContext, choices: ImportChoices): ImportContext {
  const extend = (items: readonly { id: number; name: string }[], chosen: ReadonlyMap<string, Resolution>) => {
    const ids = new Set(items.map((i) => i.id));
    const names = new Set(items.map((i) => i.name.trim().toLowerCase()));
    const extra = [...chosen].flatMap(([name, choice], i) =>
      names.has(name) ? [] : choice === "create" ? [{ id: -(i + 1), name }] : ids.has(choice.mapTo) ? [{ id: choice.mapTo, name }] : [],
    );
    return [...items, ...extra];
  };
  return { ...context, units: extend(context.units, choices.units), levels: extend(context.levels, choices.levels) };
}

export function planImport(rows: readonly RosterRow[], context: ImportContext, defaultLevelId: number | null = null): ImportPlan {
  const units = byName(context.units);
  const levels = byName(context.levels);
  const cohorts = context.cohorts ? byName(context.cohorts) : null;
  const firstLineOf = new Map<string, number>();

  const planned = rows.map((row): PlannedRow => {
    const issues: Issue[] = [];
    const email = row.email.toLowerCase();
    const set: PlannedRow["set"] = { email, addRoles: [] };

    if (!email) issues.push({ code: "import.missingEmail", field: "email" });
    else if (email.length > 254 || !emailSchema.safeParse(email).success) {
      issues.push({ code: "import.invalidEmail", field: "email" });
    } else if (firstLineOf.has(email)) {
      issues.push({ code: "import.duplicateInFile", field: "email", vars: { line: firstLineOf.get(email)! } });
    } else firstLineOf.set(email, row.line);

    const existing = email ? context.people.get(email) : undefined;
    if (existing === "elsewhere") issues.push({ code: "import.emailElsewhere", field: "email" });
    const person = existing && existing !== "elsewhere" ? existing : null;
    if (person?.deactivated) issues.push({ code: "import.deactivated", field: "email" });

    if (row.name.length > 200) issues.push({ code: "import.tooLong", field: "name" });
    else if (row.name) set.name = row.name;
    else if (!person) issues.push({ code: "import.missingName", field: "name" });

    const lookup = (field: "unit" | "level" | "cohort", map: Map<string, number>, code: IssueCode) => {
      if (!row[field]) return undefined;
      const id = map.get(row[field].toLowerCase());
      if (id === undefined) issues.push({ code, field, vars: { value: row[field] } });
      return id;
    };
    set.unitId = lookup("unit", units, "import.unknownUnit");
    set.leaderLevelId = lookup("level", levels, "import.unknownLevel");
    if (row.cohort && !cohorts) issues.push({ code: "import.cohortWithoutProgram", field: "cohort" });
    else if (cohorts) set.cohortId = lookup("cohort", cohorts, "import.unknownCohort");

    const roles = new Set<Role>();
    for (const name of row.roles.split(/\s*(?:[,;/|+]|\bog\b|\band\b)\s*/i).filter(Boolean)) {
      const role = roleAliases[name.toLowerCase()];
      if (role) roles.add(role);
      else issues.push({ code: "import.unknownRole", field: "roles", vars: { value: name } });
    }
    if (!person && roles.size === 0) roles.add("leader");
    set.addRoles = [...roles].filter((r) => !person?.roles.includes(r));
    // A new leader without a level would show as "no level" everywhere; only a chosen default fills it.
    if (!existing && roles.has("leader") && !row.level) {
      if (defaultLevelId !== null && context.levels.some((l) => l.id === defaultLevelId)) set.leaderLevelId = defaultLevelId;
      else issues.push({ code: "everyday.import.missingLevel", field: "level" });
    }

    if (issues.length) return { ...row, action: "invalid", issues, personId: person?.id ?? null, set };
    if (!person) return { ...row, action: "create", issues, personId: null, set };
    const changed =
      (set.name !== undefined && set.name !== person.name) ||
      (set.unitId !== undefined && set.unitId !== person.unitId) ||
      (set.leaderLevelId !== undefined && set.leaderLevelId !== person.leaderLevelId) ||
      (set.cohortId !== undefined && set.cohortId !== person.cohortId) ||
      set.addRoles.length > 0;
    return { ...row, action: changed ? "update" : "unchanged", issues, personId: person.id, set };
  });

  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const row of planned) counts[row.action]++;
  return { rows: planned, counts, ok: counts.invalid === 0 && planned.length > 0 };
}
