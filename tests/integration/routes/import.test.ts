import { count, eq, like } from "drizzle-orm";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cohortMemberships, emailMessages, invitations, people } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as rosterImport from "../../../app/routes/people.import";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { flashAfter } from "../../helpers/flash";
import { elvik, fieldErrors, fjellby, lookup } from "../../helpers/lookups";

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

const imported = () => getDb().select({ n: count() }).from(people).where(like(people.email, "%@import.example.org")).get()!.n;

/** Posts a file the way a browser posts the upload form without JavaScript. */
function upload(bytes: Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}, cookie = coordinator) {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("formId", "upload");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new File([bytes], "deltakere.csv", { type: "text/csv" }));
  return callAction(rosterImport.action, "/people/import", form, { cookie });
}

const commit = (preview: { text: string; programId: number | null; fileName: string }, cookie = coordinator) =>
  callAction(
    rosterImport.action,
    "/people/import",
    {
      intent: "commit",
      text: preview.text,
      fileName: preview.fileName,
      ...(preview.programId ? { programId: String(preview.programId) } : {}),
    },
    { cookie },
  );

const rows = [
  "Navn;E-post;Enhet;Ledernivå;Kull;Roller",
  "Ærlig Åsen;aerlig.asen@import.example.org;Nord driftsenhet;Førstelinjeledere;Kull 3 – førstelinjeledere;leder",
  "Øyvind Sæbø;Oyvind.Saebo@Import.example.org;Sør driftsenhet;Førstelinjeledere;Kull 3 – førstelinjeledere;leder, tillitsvalgt",
  "Lars Øverby;leader@example.org;Stab;;;",
];
const badRow = "Ingen Post;;Ukjent enhet;Sjef;Kull 9;";
const windows1252 = (lines: string[]) => new Uint8Array(iconv.encode(lines.join("\r\n"), "win1252"));

describe("roster import", () => {
  it("previews a semicolon, Windows-1252 file with æøå names and a bad row, writing nothing", async () => {
    const program = lookup.program(fjellby);
    const leaderBefore = lookup.person("leader@example.org");
    const result = await upload(windows1252([...rows, badRow]), { programId: String(program.id) });
    expect(result.status).toBe(200);
    const { preview } = result.data;
    expect(preview).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      ok: false,
      counts: { create: 2, update: 1, unchanged: 0, invalid: 1 },
    });
    expect(preview.sample.map((r: { name: string }) => r.name)).toEqual(["Ærlig Åsen", "Øyvind Sæbø", "Lars Øverby"]);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0].line).toBe(5);
    expect(preview.problems[0].issues.map((i: { code: string }) => i.code)).toEqual([
      "import.missingEmail",
      "import.unknownUnit",
      "import.unknownLevel",
      "import.unknownCohort",
    ]);
    expect(imported()).toBe(0);
    expect(lookup.person("leader@example.org")).toEqual(leaderBefore);

    // Even posting the previewed text straight to commit writes nothing while a row is bad.
    const forced = await commit(preview);
    expect(forced.status).toBe(400);
    expect(forced.data.preview.counts.invalid).toBe(1);
    expect(imported()).toBe(0);
  });

  it("imports the corrected file in one go and reports what it did", async () => {
    const program = lookup.program(fjellby);
    const preview = (await upload(windows1252(rows), { programId: String(program.id) })).data.preview;
    expect(preview.ok).toBe(true);
    const result = await commit(preview);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/people/import");
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.entity, "roster_import")).all();
    expect(audit).toMatchObject([
      { action: "commit", actorId: lookup.person("coordinator@example.org").id, details: { created: 2, updated: 1 } },
    ]);
    expect(await flashAfter(result, coordinator)).toEqual({
      key: "import.done",
      values: { created: 2, updated: 1, unchanged: 0, placed: 2, invited: 2 },
    });

    const asen = lookup.person("aerlig.asen@import.example.org");
    const saebo = lookup.person("oyvind.saebo@import.example.org");
    expect(asen).toMatchObject({
      name: "Ærlig Åsen",
      unitId: lookup.unit("Nord driftsenhet").id,
      leaderLevelId: lookup.level("Førstelinjeledere").id,
    });
    expect(saebo.name).toBe("Øyvind Sæbø");
    const cohort = lookup.cohort("Kull 3 – førstelinjeledere");
    for (const person of [asen, saebo]) {
      expect(getDb().select().from(cohortMemberships).where(eq(cohortMemberships.personId, person.id)).all()).toMatchObject([
        { cohortId: cohort.id, leftAt: null },
      ]);
      expect(getDb().select().from(invitations).where(eq(invitations.personId, person.id)).all()).toMatchObject([
        { cohortId: cohort.id, rsvp: "pending" },
      ]);
    }
    // The existing leader is updated where the file says so, and left alone where cells are empty.
    expect(lookup.person("leader@example.org")).toMatchObject({
      name: "Lars Øverby",
      unitId: lookup.unit("Stab").id,
      leaderLevelId: lookup.level("Førstelinjeledere").id,
    });

    const again = await upload(windows1252(rows), { programId: String(program.id) });
    expect(again.data.preview.counts).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 });
  });

  it("reads UTF-8 with a BOM and commas, without a programme when there is no cohort column", async () => {
    const text = '\uFEFFName,E-mail,Unit,Roles\r\n"Berg, Åse",ase.berg@import.example.org,Stab,"leader, facilitator"\r\n';
    const first = (await upload(new TextEncoder().encode(text))).data.preview;
    // A new leader without a level is an error until the import gets a default level.
    expect(first).toMatchObject({ encoding: "utf-8", delimiter: ",", ok: false, offerDefaultLevel: true });
    expect(first.problems[0].issues.map((i: { code: string }) => i.code)).toEqual(["everyday.import.missingLevel"]);
    const level = lookup.level("Førstelinjeledere");
    const choice = { intent: "review", text: first.text, fileName: first.fileName, defaultLevelId: String(level.id) };
    const preview = (await callAction(rosterImport.action, "/people/import", choice, { cookie: coordinator })).data.preview;
    expect(preview).toMatchObject({ ok: true, defaultLevelId: level.id, counts: { create: 1 } });
    expect((await callAction(rosterImport.action, "/people/import", { ...choice, intent: "commit" }, { cookie: coordinator })).status).toBe(
      302,
    );
    expect(lookup.person("ase.berg@import.example.org")).toMatchObject({ name: "Berg, Åse", leaderLevelId: level.id });
  });

  it("refuses a missing file, a file too large and another organisation's programme", async () => {
    const form = new FormData();
    form.set("intent", "preview");
    form.set("formId", "upload");
    const missing = await callAction(rosterImport.action, "/people/import", form, { cookie: coordinator });
    expect(missing.status).toBe(400);
    expect(fieldErrors(missing.data)).toEqual({ file: ["import.fileRequired"] });

    const big = await upload(new Uint8Array(5 * 1024 * 1024 + 1).fill(65));
    expect(big.status).toBe(400);
    expect(fieldErrors(big.data)).toEqual({ file: ["import.fileTooLarge"] });

    const foreign = await upload(windows1252(rows), { programId: String(lookup.program(elvik).id) });
    expect(foreign.status).toBe(404);
    const before = imported();
    const forcedForeign = await commit({ text: rows.join("\n"), fileName: "x.csv", programId: lookup.program(elvik).id });
    expect(forcedForeign.status).toBe(404);
    expect(imported()).toBe(before);
    expect((await callLoader(rosterImport.loader, "/people/import", { cookie: await signInAs("union@example.org") })).status).toBe(403);
  });

  it("sees e-mails of other organisations as taken, without updating them", async () => {
    const preview = (await upload(windows1252(["Navn;E-post", "Gunn;coordinator@elvik.example.org"]))).data.preview;
    expect(preview.problems[0].issues.map((i: { code: string }) => i.code)).toEqual(["import.emailElsewhere"]);
    expect(lookup.person("coordinator@elvik.example.org").name).toBe("Gunn Elvestad");
  });
});

describe("inviting everyone new after an import", () => {
  it("sends each person the import created an account invitation, and nobody it only updated", async () => {
    const lines = [
      "Navn;E-post;Enhet;Ledernivå",
      "Nina Ny;nina.ny@invite.example.org;Stab;Førstelinjeledere",
      "Lars Øverby;leader@example.org;Stab;",
    ];
    const preview = (await upload(new TextEncoder().encode(lines.join("\n")))).data.preview;
    expect(preview).toMatchObject({ ok: true, counts: { create: 1, update: 0 } });
    const result = await callAction(
      rosterImport.action,
      "/people/import",
      { intent: "commit", text: preview.text, fileName: preview.fileName, inviteNew: "on" },
      { cookie: coordinator },
    );
    expect(result.status).toBe(302);
    const nina = lookup.person("nina.ny@invite.example.org");
    const leader = lookup.person("leader@example.org");
    const invitationsTo = (personId: number) =>
      getDb()
        .select()
        .from(emailMessages)
        .where(eq(emailMessages.kind, "account_invitation"))
        .all()
        .filter((m) => m.recipientPersonId === personId);
    expect(invitationsTo(nina.id)).toHaveLength(1);
    expect(invitationsTo(leader.id)).toHaveLength(0);
    expect(await flashAfter(result, coordinator)).toMatchObject({
      key: "flash.import.doneInvited",
      values: { created: 1, count: 1 },
    });
  });
});
