import ExcelJS from "exceljs";
import { and, eq, isNull, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cohortMemberships, leaderLevels, people, units } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as rosterImport from "../../../app/routes/people.import";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

function upload(bytes: Uint8Array, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("formId", "upload");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new File([new Uint8Array(bytes)], name));
  return callAction(rosterImport.action, "/people/import", form, { cookie: coordinator });
}

const post = (fields: Record<string, string>) => callAction(rosterImport.action, "/people/import", fields, { cookie: coordinator });

type Cell = string | number | Date | { formula: string; result: string } | null;

/** A workbook as a coordinator's Excel saves it, with a second sheet the import must not read. */
async function workbook(rows: Cell[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Deltakere");
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet("Notater").addRow(["Navn", "E-post"]).commit();
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const cohortName = "Kull 3 – førstelinjeledere";
const header = ["Navn", "E-post", "Enhet", "Ledernivå", "Kull", "Roller"];
const people1 = [
  ["Ærlig Åsen", "aerlig.asen@xlsx.example.org", "Nord driftsenhet", "Førstelinjeledere", cohortName, "leder"],
  ["Øyvind Sæbø", "oyvind.saebo@xlsx.example.org", "Sør driftsenhet", "Førstelinjeledere", cohortName, "leder, tillitsvalgt"],
];

describe("roster import from an Excel workbook", () => {
  it("imports exactly like its CSV twin: æøå, a formula cell and a blank row", async () => {
    const program = lookup.program(fjellby);
    // The second person's e-mail is a formula; its cached result is what is read.
    const rows: Cell[][] = [
      header,
      people1[0]!,
      [],
      [people1[1]![0]!, { formula: 'LOWER("OYVIND.SAEBO@XLSX.EXAMPLE.ORG")', result: people1[1]![1]! }, ...people1[1]!.slice(2)],
    ];
    const csv = [header, people1[0]!, [], people1[1]!].map((r) => r.join(";")).join("\r\n");
    const fromCsv = (await upload(new TextEncoder().encode(csv), "deltakere.csv", { programId: String(program.id) })).data.preview;
    const fromXlsx = (await upload(await workbook(rows), "deltakere.xlsx", { programId: String(program.id) })).data.preview;
    expect(fromXlsx).toMatchObject({
      sheet: "Deltakere",
      encoding: null,
      ok: true,
      counts: { create: 2, update: 0, unchanged: 0, invalid: 0 },
    });
    // Same rows, same line numbers (the blank row counts), same plan.
    expect(fromXlsx.sample).toEqual(fromCsv.sample);
    expect(fromXlsx.sample.map((r: { line: number }) => r.line)).toEqual([2, 4]);

    const committed = await post({
      intent: "commit",
      text: fromXlsx.text,
      fileName: fromXlsx.fileName,
      sheet: fromXlsx.sheet,
      programId: String(program.id),
    });
    expect(committed.status).toBe(302);
    expect(committed.location).toBe("/people/import");
    expect(await flashAfter(committed)).toEqual({
      key: "import.done",
      values: { created: 2, updated: 0, unchanged: 0, placed: 2, invited: 2 },
    });
    expect(lookup.person("oyvind.saebo@xlsx.example.org")).toMatchObject({
      name: "Øyvind Sæbø",
      unitId: lookup.unit("Sør driftsenhet").id,
    });
  });

  it("reads dates and numbers as text", async () => {
    const rows: Cell[][] = [
      ["Navn", "E-post", "Merknad"],
      ["Tall Person", "tall@xlsx.example.org", 12345678],
      ["Dato Person", "dato@xlsx.example.org", new Date(Date.UTC(2027, 0, 5))],
    ];
    const preview = (await upload(await workbook(rows), "tall.xlsx")).data.preview;
    expect(preview.text).toContain("12345678");
    expect(preview.text).toContain("2027-01-05");
  });

  it("says clearly why an .xls, a password-protected or an empty workbook cannot be read", async () => {
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const xls = await upload(new Uint8Array([...compound, ...new Uint8Array(600)]), "gammel.xls");
    expect(xls.status).toBe(400);
    expect(fieldErrors(xls.data)).toEqual({ file: ["everyday.import.xls"] });
    const encrypted = new Uint8Array([
      ...compound,
      ...new Uint8Array(100),
      ...Buffer.from("EncryptionInfo", "utf16le"),
      ...new Uint8Array(100),
    ]);
    expect(fieldErrors((await upload(encrypted, "hemmelig.xlsx")).data)).toEqual({ file: ["everyday.import.encrypted"] });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Ark1");
    expect(fieldErrors((await upload(new Uint8Array(await empty.xlsx.writeBuffer()), "tom.xlsx")).data)).toEqual({
      file: ["import.fileEmpty"],
    });
    // A zip that is no workbook.
    expect(fieldErrors((await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "x.xlsx")).data)).toEqual({
      file: ["everyday.import.unreadable"],
    });
  });

  it("creates one unknown unit and maps another from the preview, for every row that has them", async () => {
    const program = lookup.program(fjellby);
    const rows: Cell[][] = [
      header,
      ["Kari Nordmo", "kari.nordmo@xlsx.example.org", "Nordre vaktlag", "Førstelinjeledere", cohortName, ""],
      ["Per Nordmo", "per.nordmo@xlsx.example.org", "nordre vaktlag", "Førstelinjeledere", cohortName, ""],
      ["Siri Stabsen", "siri.stabsen@xlsx.example.org", "Stabsavdelingen", "Mellomleder", "", ""],
    ];
    const first = await upload(await workbook(rows), "enheter.xlsx", { programId: String(program.id) });
    const preview = first.data.preview;
    expect(preview.ok).toBe(false);
    expect(preview.unmatched.units).toEqual([
      { name: "Nordre vaktlag", rows: 2, choice: null },
      { name: "Stabsavdelingen", rows: 1, choice: null },
    ]);
    expect(preview.unmatched.levels).toEqual([{ name: "Mellomleder", rows: 1, choice: null }]);

    const stab = lookup.unit("Stab");
    const level = lookup.level("Førstelinjeledere");
    const choices = {
      text: preview.text,
      fileName: preview.fileName,
      sheet: preview.sheet,
      programId: String(program.id),
      "units[0].name": "Nordre vaktlag",
      "units[0].choice": "create",
      "units[1].name": "Stabsavdelingen",
      "units[1].choice": String(stab.id),
      "levels[0].name": "Mellomleder",
      "levels[0].choice": String(level.id),
    };
    const reviewed = await post({ ...choices, intent: "review" });
    expect(reviewed.status).toBe(200);
    expect(reviewed.data.preview).toMatchObject({ ok: true, counts: { create: 3, invalid: 0 } });
    expect(reviewed.data.preview.unmatched.units.map((u: { choice: unknown }) => u.choice)).toEqual(["create", { mapTo: stab.id }]);
    // Reviewing writes nothing.
    expect(getDb().select().from(units).where(eq(units.name, "Nordre vaktlag")).all()).toEqual([]);

    expect((await post({ ...choices, intent: "commit" })).status).toBe(302);
    const created = getDb().select().from(units).where(eq(units.name, "Nordre vaktlag")).all();
    expect(created).toHaveLength(1);
    expect(getDb().select().from(leaderLevels).where(eq(leaderLevels.name, "Mellomleder")).all()).toEqual([]);
    const imported = getDb().select().from(people).where(like(people.email, "%nordmo@xlsx.example.org")).all();
    expect(imported.map((p) => p.unitId)).toEqual([created[0]!.id, created[0]!.id]);
    expect(lookup.person("siri.stabsen@xlsx.example.org")).toMatchObject({ unitId: stab.id, leaderLevelId: level.id });
    const cohort = lookup.cohort(cohortName);
    const kari = lookup.person("kari.nordmo@xlsx.example.org");
    expect(
      getDb()
        .select()
        .from(cohortMemberships)
        .where(and(eq(cohortMemberships.personId, kari.id), isNull(cohortMemberships.leftAt)))
        .all(),
    ).toMatchObject([{ cohortId: cohort.id }]);
  });

  it("preselects the one running programme for the cohort column", async () => {
    const page = await callLoader(rosterImport.loader, "/people/import", { cookie: coordinator });
    expect(page.data.defaultProgramId).toBe(lookup.program(fjellby).id);
  });
});
