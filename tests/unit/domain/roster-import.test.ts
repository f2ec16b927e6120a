import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  applyChoices,
  decodeRosterFile,
  parseRoster,
  planImport,
  unmatchedNames,
  workbookCellText,
  workbookRowsToText,
  type ExistingPerson,
  type ImportContext,
  type Resolution,
} from "../../../app/domain/roster-import";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeRosterFile", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeRosterFile(utf8("navn\nÅse Ærø"))).toEqual({ text: "navn\nÅse Ærø", encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("navn\nØystein")]);
    expect(decodeRosterFile(withBom)).toEqual({ text: "navn\nØystein", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const bytes = iconv.encode("navn;e-post\nSynnøve Sæther;s@x.no\n€", "win1252");
    expect(decodeRosterFile(new Uint8Array(bytes))).toEqual({
      text: "navn;e-post\nSynnøve Sæther;s@x.no\n€",
      encoding: "windows-1252",
    });
  });

  it("reads Excel's UTF-16 'Unicode text' by its BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("navn\tepost\nÅse\ta@x.no", "utf-16le")]);
    expect(decodeRosterFile(new Uint8Array(bytes)).text).toBe("navn\tepost\nÅse\ta@x.no");
  });
});

describe("parseRoster", () => {
  it("maps Norwegian headers, semicolons, quotes and blank lines", () => {
    const parsed = parseRoster(
      '\uFEFFNavn;E-post;Enhet;Ledernivå;Kull;Roller;Merknad\r\n"Berg, Åse";ASE@X.NO;Stab;Ledergruppen;Kull 1;"leder, tillitsvalgt";x\r\n\r\n;;;;;;\r\nPer  Lie;per@x.no;;;;;\r\n',
    );
    expect(parsed.delimiter).toBe(";");
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.columns.map((c) => c.field)).toEqual(["name", "email", "unit", "level", "cohort", "roles", null]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        name: "Berg, Åse",
        email: "ASE@X.NO",
        unit: "Stab",
        level: "Ledergruppen",
        cohort: "Kull 1",
        roles: "leder, tillitsvalgt",
      },
      { line: 5, name: "Per Lie", email: "per@x.no", unit: "", level: "", cohort: "", roles: "" },
    ]);
  });

  it("maps English headers with commas", () => {
    const parsed = parseRoster("Name,E-mail,Unit,Level,Cohort,Roles\nAnn,ann@x.no,Stab,L1,C1,leader\n");
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows[0]).toMatchObject({ name: "Ann", email: "ann@x.no", level: "L1", cohort: "C1" });
  });

  it("says which required columns are missing", () => {
    expect(parseRoster("navn;enhet\nA;B").fileProblems).toEqual([{ code: "import.missingColumns", vars: { columns: "email" } }]);
    expect(parseRoster("").fileProblems[0]!.code).toBe("import.fileEmpty");
    expect(parseRoster('navn;epost\n"Åse;a@x.no\n').fileProblems[0]!.code).toBe("import.malformed");
  });
});

const context = (people: [string, ExistingPerson | "elsewhere"][] = [], cohorts: ImportContext["cohorts"] = []): ImportContext => ({
  units: [{ id: 1, name: "Stab" }],
  levels: [
    { id: 10, name: "Ledergruppen" },
    { id: 11, name: "Førstelinjeledere" },
  ],
  cohorts,
  people: new Map(people),
});
const row = (line: number, values: Partial<Record<"name" | "email" | "unit" | "level" | "cohort" | "roles", string>>) => ({
  line,
  name: "",
  email: "",
  unit: "",
  level: "",
  cohort: "",
  roles: "",
  ...values,
});
const existing = (overrides: Partial<ExistingPerson> = {}): ExistingPerson => ({
  id: 7,
  name: "Åse Berg",
  unitId: 1,
  leaderLevelId: 10,
  roles: ["leader"],
  cohortId: null,
  deactivated: false,
  ...overrides,
});

describe("planImport", () => {
  it("creates new people as leaders, matching unit, level and cohort by name in any case", () => {
    const plan = planImport(
      [row(2, { name: "Åse Berg", email: "Ase@X.no", unit: "stab", level: "FØRSTELINJELEDERE", cohort: "kull 3" })],
      context([], [{ id: 30, name: "Kull 3" }]),
    );
    expect(plan.ok).toBe(true);
    expect(plan.rows[0]).toMatchObject({
      action: "create",
      set: { name: "Åse Berg", email: "ase@x.no", unitId: 1, leaderLevelId: 11, cohortId: 30, addRoles: ["leader"] },
    });
  });

  it("lists every problem of every row, and blocks the whole import", () => {
    const plan = planImport(
      [
        row(2, { name: "Ok Person", email: "ok@x.no", level: "Ledergruppen" }),
        row(3, { name: "No Mail", level: "Ledergruppen" }),
        row(4, { name: "Bad", email: "not-an-email", unit: "Nowhere", level: "Boss", roles: "leder, konge" }),
        row(5, { name: "Twice", email: "OK@x.no", level: "Ledergruppen" }),
        row(6, { email: "nameless@x.no", level: "Ledergruppen" }),
        row(7, { name: "Other org", email: "taken@x.no" }),
        row(8, { name: "Cohort", email: "c@x.no", cohort: "Kull 9", level: "Ledergruppen" }),
      ],
      context([["taken@x.no", "elsewhere"]], null),
    );
    expect(plan.ok).toBe(false);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 6 });
    expect(plan.rows.map((r) => r.issues.map((i) => i.code))).toEqual([
      [],
      ["import.missingEmail"],
      ["import.invalidEmail", "import.unknownUnit", "import.unknownLevel", "import.unknownRole"],
      ["import.duplicateInFile"],
      ["import.missingName"],
      ["import.emailElsewhere"],
      ["import.cohortWithoutProgram"],
    ]);
    expect(plan.rows[2]!.issues.find((i) => i.code === "import.unknownRole")!.vars).toEqual({ value: "konge" });
    expect(plan.rows[3]!.issues[0]!.vars).toEqual({ line: 2 });
  });

  it("flags a cohort name the programme does not have", () => {
    const plan = planImport(
      [row(2, { name: "A", email: "a@x.no", cohort: "Kull 9", level: "Ledergruppen" })],
      context([], [{ id: 30, name: "Kull 3" }]),
    );
    expect(plan.rows[0]!.issues).toEqual([{ code: "import.unknownCohort", field: "cohort", vars: { value: "Kull 9" } }]);
  });

  it("updates people who exist, leaving empty cells as they are, and notices when nothing changes", () => {
    const ctx = context([["ase@x.no", existing()]], [{ id: 30, name: "Kull 3" }]);
    const unchanged = planImport([row(2, { email: "ase@x.no", level: "Ledergruppen" })], ctx);
    expect(unchanged.rows[0]).toMatchObject({ action: "unchanged", personId: 7, set: { addRoles: [] } });
    const moved = planImport([row(2, { name: "Åse Berg", email: "ase@x.no", cohort: "Kull 3", roles: "leder og tillitsvalgt" })], ctx);
    expect(moved.rows[0]).toMatchObject({ action: "update", set: { cohortId: 30, addRoles: ["union_rep"] } });
    expect(moved.rows[0]!.set.unitId).toBeUndefined();
  });

  it("does not update a deactivated person", () => {
    const plan = planImport([row(2, { name: "Åse", email: "ase@x.no" })], context([["ase@x.no", existing({ deactivated: true })]]));
    expect(plan.rows[0]!.issues.map((i) => i.code)).toEqual(["import.deactivated"]);
  });

  it("is not ok with no rows at all", () => {
    expect(planImport([], context()).ok).toBe(false);
  });
});

describe("workbook cells", () => {
  it("reads formula results, rich text, links, dates and numbers as text", () => {
    expect(workbookCellText({ formula: 'LOWER("A@X.NO")', result: "a@x.no" })).toBe("a@x.no");
    expect(workbookCellText({ sharedFormula: "B2", result: 42 })).toBe("42");
    expect(workbookCellText({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("");
    expect(workbookCellText({ richText: [{ text: "Øy" }, { text: "stein" }] })).toBe("Øystein");
    expect(workbookCellText({ text: "a@x.no", hyperlink: "mailto:a@x.no" })).toBe("a@x.no");
    expect(workbookCellText(new Date(Date.UTC(2027, 0, 5)))).toBe("2027-01-05");
    expect(workbookCellText(new Date(Date.UTC(2027, 0, 5, 9, 30)))).toBe("2027-01-05 09:30");
    expect(workbookCellText(12345678)).toBe("12345678");
    expect(workbookCellText(true)).toBe("true");
    expect(workbookCellText(null)).toBe("");
  });

  it("gives rows as semicolon text parseRoster reads, keeping row numbers and quoting what needs it", () => {
    const text = workbookRowsToText([
      [undefined, "Navn", "E-post"],
      [undefined, "Berg; Åse", "a@x.no"],
      [],
      [undefined, 'Per "P" Lie', "p@x.no"],
    ]);
    const parsed = parseRoster(text);
    expect(parsed.rows.map((r) => [r.line, r.name, r.email])).toEqual([
      [2, "Berg; Åse", "a@x.no"],
      [4, 'Per "P" Lie', "p@x.no"],
    ]);
  });
});

describe("choices for unknown units and levels", () => {
  const rows = [
    row(2, { name: "A", email: "a@x.no", unit: "Nordstab", level: "Ledergruppen" }),
    row(3, { name: "B", email: "b@x.no", unit: "nordstab", level: "Ledergruppen" }),
    row(4, { name: "C", email: "c@x.no", unit: "Sørenheten", level: "Toppleder" }),
    row(5, { name: "D", email: "d@x.no", unit: "Stab" }),
  ];

  it("lists each unknown name once, with its rows and choice", () => {
    expect(unmatchedNames(rows, "unit", context().units, new Map([["sørenheten", "create"]]))).toEqual([
      { name: "Nordstab", rows: 2, choice: null },
      { name: "Sørenheten", rows: 1, choice: "create" },
    ]);
    expect(unmatchedNames(rows, "level", context().levels, new Map())).toEqual([{ name: "Toppleder", rows: 1, choice: null }]);
  });

  it("plans mapped and created names as known, and ignores choices for names that exist or ids that do not", () => {
    const choices = {
      units: new Map<string, Resolution>([
        ["nordstab", { mapTo: 1 }],
        ["sørenheten", "create" as const],
        ["stab", "create" as const],
      ]),
      levels: new Map<string, Resolution>([["toppleder", { mapTo: 999 }]]),
      defaultLevelId: 11,
    };
    const plan = planImport(rows, applyChoices(context(), choices), choices.defaultLevelId);
    expect(plan.rows.map((r) => r.set.unitId)).toEqual([1, 1, -2, 1]);
    expect(plan.rows[2]!.issues.map((i) => i.code)).toEqual(["import.unknownLevel"]);
    // The row without a level gets the chosen default.
    expect(plan.rows[3]).toMatchObject({ action: "create", set: { leaderLevelId: 11 } });
  });

  it("makes a new leader without a level an error unless a default is chosen", () => {
    const plain = planImport([row(2, { name: "D", email: "d@x.no" })], context());
    expect(plain.rows[0]!.issues).toEqual([{ code: "everyday.import.missingLevel", field: "level" }]);
    // Someone who is not a leader needs no level.
    expect(planImport([row(2, { name: "K", email: "k@x.no", roles: "koordinator" })], context()).ok).toBe(true);
    expect(planImport([row(2, { name: "D", email: "d@x.no" })], context(), 999).ok).toBe(false);
  });
});
