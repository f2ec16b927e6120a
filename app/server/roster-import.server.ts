import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { cohortMemberships, cohorts, invitations, leaderLevels, people, personRoles, programs, units, type Role } from "../../db/schema";
import {
  applyChoices,
  decodeRosterFile,
  noChoices,
  parseRoster,
  planImport,
  unmatchedNames,
  workbookRowsToText,
  type ExistingPerson,
  type ImportChoices,
  type ImportContext,
} from "../domain/roster-import";
import { placeInCohort } from "./cohorts.server";
import { recordAudit } from "./audit.server";
import { withRevisionsPaused } from "./conditional-get.server";
import { chunks, getDb, type DbOrTx } from "./db.server";
import { notFound } from "./guards.server";
import { orgLevels, orgUnits } from "./organisation.server";
import { clock } from "./clock.server";

// A parser's outcome, not a refusal: the route shows the problem with the upload form and the preview.
export type UploadProblem = "everyday.import.xls" | "everyday.import.encrypted" | "everyday.import.unreadable" | "import.fileEmpty";
export type ReadUpload =
  | { ok: true; text: string; format: "csv"; encoding: string }
  | { ok: true; text: string; format: "xlsx"; sheet: string }
  | { ok: false; problem: UploadProblem };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file: an old .xls, or an .xlsx that Excel encrypted with a password. */
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An uploaded roster as text parseRoster reads: a CSV file decoded, or the first sheet of an .xlsx
 * workbook (told by its content, not its name) turned into semicolon text.
 */
export async function readRosterUpload(bytes: Uint8Array, fileName: string): Promise<ReadUpload> {
  if (startsWith(bytes, compoundFileMagic)) {
    // An encrypted workbook keeps its key data in a stream named "EncryptionInfo" (UTF-16 in the directory).
    const encrypted = Buffer.from(bytes).includes(Buffer.from("EncryptionInfo", "utf16le"));
    return { ok: false, problem: encrypted ? "everyday.import.encrypted" : "everyday.import.xls" };
  }
  if (!startsWith(bytes, zipMagic)) {
    if (/\.xls$/i.test(fileName)) return { ok: false, problem: "everyday.import.xls" };
    const decoded = decodeRosterFile(bytes);
    return { ok: true, text: decoded.text, format: "csv", encoding: decoded.encoding };
  }
  // Loaded at first use: most requests never need it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: "everyday.import.unreadable" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { ok: false, problem: "import.fileEmpty" };
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r).values as unknown[]);
  return { ok: true, text: workbookRowsToText(rows), format: "xlsx", sheet: sheet.name };
}

/** Programmes whose cohorts an import may place people in. */
export function importPrograms(organisationId: number) {
  return getDb()
    .select({ id: programs.id, title: programs.title, status: programs.status })
    .from(programs)
    .where(eq(programs.organisationId, organisationId))
    .orderBy(desc(programs.periodStart))
    .all();
}

/** What the organisation holds that the file's rows refer to, read in a few queries whatever the file's size. */
function loadContext(db: DbOrTx, organisationId: number, programId: number | null, emails: string[]): ImportContext {
  let programCohorts: ImportContext["cohorts"] = null;
  if (programId !== null) {
    const program = db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.id, programId), eq(programs.organisationId, organisationId)))
      .get();
    if (!program) throw notFound();
    programCohorts = db
      .select({ id: cohorts.id, name: cohorts.name })
      .from(cohorts)
      .where(eq(cohorts.programId, programId))
      .orderBy(asc(cohorts.rolloutOrder))
      .all();
  }
  const found = new Map<string, ExistingPerson | "elsewhere">();
  for (const part of chunks([...new Set(emails.filter(Boolean))])) {
    const rows = db
      .select({
        id: people.id,
        email: people.email,
        organisationId: people.organisationId,
        name: people.name,
        unitId: people.unitId,
        leaderLevelId: people.leaderLevelId,
        deactivatedAt: people.deactivatedAt,
      })
      .from(people)
      .where(inArray(people.email, part))
      .all();
    const ours = rows.filter((r) => r.organisationId === organisationId).map((r) => r.id);
    const rolesOf = new Map<number, Role[]>();
    if (ours.length) {
      for (const { personId, role } of db.select().from(personRoles).where(inArray(personRoles.personId, ours)).all()) {
        rolesOf.set(personId, [...(rolesOf.get(personId) ?? []), role]);
      }
    }
    const cohortOf = new Map<number, number>();
    if (ours.length && programId !== null) {
      const current = db
        .select({ personId: cohortMemberships.personId, cohortId: cohortMemberships.cohortId })
        .from(cohortMemberships)
        .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
        .where(and(inArray(cohortMemberships.personId, ours), isNull(cohortMemberships.leftAt), eq(cohorts.programId, programId)))
        .all();
      for (const c of current) cohortOf.set(c.personId, c.cohortId);
    }
    for (const r of rows) {
      found.set(
        r.email,
        r.organisationId !== organisationId
          ? "elsewhere"
          : {
              id: r.id,
              name: r.name,
              unitId: r.unitId,
              leaderLevelId: r.leaderLevelId,
              roles: rolesOf.get(r.id) ?? [],
              cohortId: cohortOf.get(r.id) ?? null,
              deactivated: r.deactivatedAt !== null,
            },
      );
    }
  }
  return { units: orgUnits(organisationId, db), levels: orgLevels(organisationId, db), cohorts: programCohorts, people: found };
}

function plan(db: DbOrTx, organisationId: number, programId: number | null, text: string, choices: ImportChoices) {
  const parsed = parseRoster(text);
  const context = loadContext(
    db,
    organisationId,
    programId,
    parsed.rows.map((r) => r.email.toLowerCase()),
  );
  const unmatched = {
    units: unmatchedNames(parsed.rows, "unit", context.units, choices.units),
    levels: unmatchedNames(parsed.rows, "level", context.levels, choices.levels),
  };
  return { parsed, context, unmatched, plan: planImport(parsed.rows, applyChoices(context, choices), choices.defaultLevelId) };
}

/** The preview: what each row would do and what is wrong with it. Writes nothing. */
export const previewImport = (organisationId: number, programId: number | null, text: string, choices: ImportChoices = noChoices) =>
  plan(getDb(), organisationId, programId, text, choices);

export type ImportResult = { created: number; updated: number; unchanged: number; placed: number; invited: number };

/**
 * Plans again from the posted text (the preview may be stale, the page may have been tampered
 * with) and, only when every row is valid, writes it all in one transaction with bulk inserts.
 */
export function commitImport(
  organisationId: number,
  programId: number | null,
  text: string,
  actorId: number,
  choices: ImportChoices = noChoices,
  now = clock.now(),
) {
  return getDb().transaction((tx) => {
    const planned = plan(tx, organisationId, programId, text, choices);
    if (planned.parsed.fileProblems.length || !planned.plan.ok) return { ok: false as const, ...planned };
    // One upsert per row written would raise `shared` (people, their roles, units, levels, cohort
    // memberships) and the programme (its gatherings' invitations) tens of thousands of times: paused,
    // each is raised once when the rows are written.
    return withRevisionsPaused(tx, programId === null ? [] : [programId], () => {
      // Units and levels chosen to be created are made first (only those the file uses), then the
      // rows are planned again against them: the stand-in ids become real ones.
      const toCreate = (list: typeof planned.unmatched.units) => list.filter((u) => u.choice === "create").map((u) => u.name);
      const createdUnits = toCreate(planned.unmatched.units).map((name) =>
        tx.insert(units).values({ organisationId, name }).returning({ id: units.id, name: units.name }).get(),
      );
      let position = tx
        .select({ last: sql<number>`coalesce(max(${leaderLevels.position}), 0)` })
        .from(leaderLevels)
        .where(eq(leaderLevels.organisationId, organisationId))
        .get()!.last;
      const createdLevels = toCreate(planned.unmatched.levels).map((name) =>
        tx
          .insert(leaderLevels)
          .values({ organisationId, name, position: ++position })
          .returning({ id: leaderLevels.id, name: leaderLevels.name })
          .get(),
      );
      const context = {
        ...planned.context,
        units: [...planned.context.units, ...createdUnits],
        levels: [...planned.context.levels, ...createdLevels],
      };
      const rows = planImport(planned.parsed.rows, applyChoices(context, choices), choices.defaultLevelId).rows;
      const idOf = new Map<string, number>();

      // Prepared once, run per row: far faster in SQLite than building one query per row or a huge multi-row one.
      const insertPerson = tx
        .insert(people)
        .values({
          organisationId,
          name: sql.placeholder("name"),
          email: sql.placeholder("email"),
          unitId: sql.placeholder("unitId"),
          leaderLevelId: sql.placeholder("leaderLevelId"),
        })
        .returning({ id: people.id })
        .prepare();
      const creates = rows.filter((r) => r.action === "create");
      for (const r of creates) {
        const { name, email, unitId, leaderLevelId } = r.set;
        idOf.set(email, insertPerson.get({ name, email, unitId: unitId ?? null, leaderLevelId: leaderLevelId ?? null })!.id);
      }

      // An empty cell (null here) leaves the stored value as it is.
      const keep = (column: typeof people.name | typeof people.unitId | typeof people.leaderLevelId) =>
        sql`coalesce(${sql.placeholder(column.name)}, ${column})`;
      const updatePerson = tx
        .update(people)
        .set({ name: keep(people.name), unitId: keep(people.unitId), leaderLevelId: keep(people.leaderLevelId) })
        .where(eq(people.id, sql.placeholder("id")))
        .prepare();
      const updates = rows.filter((r) => r.action === "update");
      for (const r of updates) {
        idOf.set(r.set.email, r.personId!);
        const { name, unitId, leaderLevelId } = r.set;
        updatePerson.run({ id: r.personId!, name: name ?? null, unit_id: unitId ?? null, leader_level_id: leaderLevelId ?? null });
      }

      const addRole = tx
        .insert(personRoles)
        .values({ personId: sql.placeholder("personId"), role: sql.placeholder("role") })
        .onConflictDoNothing()
        .prepare();
      for (const r of [...creates, ...updates]) {
        for (const role of r.set.addRoles) addRole.run({ personId: idOf.get(r.set.email)!, role });
      }

      let placed = 0;
      // Invitations the placements cause are counted, not returned: the gatherings module makes them.
      const invitationCount = () => tx.select({ n: count() }).from(invitations).get()!.n;
      const invitationsBefore = invitationCount();
      if (programId !== null) {
        const byCohort = new Map<number, number[]>();
        for (const r of [...creates, ...updates]) {
          if (r.set.cohortId === undefined) continue;
          const ids = byCohort.get(r.set.cohortId) ?? [];
          ids.push(idOf.get(r.set.email)!);
          byCohort.set(r.set.cohortId, ids);
        }
        for (const [cohortId, ids] of byCohort) placed += placeInCohort(tx, programId, cohortId, ids, now).joined;
      }
      const invited = invitationCount() - invitationsBefore;
      const counts = planned.plan.counts;
      const result: ImportResult = { created: counts.create, updated: counts.update, unchanged: counts.unchanged, placed, invited };
      const created = { unitsCreated: createdUnits.map((u) => u.name), levelsCreated: createdLevels.map((l) => l.name) };
      recordAudit(tx, {
        actorId,
        organisationId,
        entity: "roster_import",
        action: "commit",
        details: { programId, ...result, ...created },
      });
      // The people this import created, for "invite everyone new" (an account invitation each).
      return { ok: true as const, result, createdPersonIds: creates.map((r) => idOf.get(r.set.email)!) };
    });
  });
}
