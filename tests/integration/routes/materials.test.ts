import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { gatheringMaterials, people, personRoles } from "../../../db/schema";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { getConfig } from "../../../app/server/config.server";
import { getDb } from "../../../app/server/db.server";
import { bodyLimitFor } from "../../../app/server/request-limits.server";
import { erasePersonalData } from "../../../app/server/personal-data.server";
import * as manage from "../../../app/routes/gatherings.$gatheringId_.materials";
import * as download from "../../../app/routes/my.gatherings_.$gatheringId_.materials.$materialId";
import * as gatheringPage from "../../../app/routes/my.gatherings_.$gatheringId";
import { demo, makeGathering, personByEmail } from "../../helpers/gatherings";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { fieldErrors } from "../../helpers/lookups";

const materialsDir = () => path.join(path.dirname(getConfig().databasePath), "materials");
const storedFiles = () => (existsSync(materialsDir()) ? readdirSync(materialsDir()).length : 0);
const materialsOf = (gatheringId: number) =>
  getDb().select().from(gatheringMaterials).where(eq(gatheringMaterials.gatheringId, gatheringId)).all();

const pdf = (name = "Forarbeid før samling.pdf", size = 0) => {
  const bytes = new Uint8Array(Math.max(size, 16));
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return new File([bytes], name, { type: "application/pdf" });
};

function upload(cookie: string, gatheringId: number, file: File, phase = "before", title = "") {
  const form = new FormData();
  form.append("intent", "file");
  form.append("formId", "material-file");
  form.append("phase", phase);
  form.append("title", title);
  form.append("file", file);
  return callAction(manage.action, `/gatherings/${gatheringId}/materials`, form, { cookie, params: { gatheringId: String(gatheringId) } });
}
const post = (cookie: string, gatheringId: number, form: Record<string, string>) =>
  callAction(manage.action, `/gatherings/${gatheringId}/materials`, form, { cookie, params: { gatheringId: String(gatheringId) } });
const fetchFile = (cookie: string, gatheringId: number, materialId: number) =>
  callLoader(download.loader, `/my/gatherings/${gatheringId}/materials/${materialId}`, {
    cookie,
    params: { gatheringId: String(gatheringId), materialId: String(materialId) },
  });

/** A confirmed gathering the demo leader is invited to (through their cohort). */
function leadersGathering() {
  const { cohorts } = demo();
  return makeGathering({ startsAt: new Date(clock.nowMs() + 30 * dayMs), cohortIds: cohorts.map((c) => c.id), confirm: true });
}

let coordinator: string;
let leader: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
  leader = await signInAs("leader@example.org");
});

describe("gathering materials", () => {
  it("a file goes to the data directory under a random name and is served only to the gathering's people, as a download", async () => {
    const g = leadersGathering();
    const before = storedFiles();
    const saved = await upload(coordinator, g.id, pdf());
    expect(saved.status).toBe(302);
    const [material] = materialsOf(g.id);
    expect(material).toMatchObject({ phase: "before", title: "Forarbeid før samling.pdf", contentType: "application/pdf" });
    expect(material!.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(storedFiles()).toBe(before + 1);

    const page = await callLoader(gatheringPage.loader, `/my/gatherings/${g.id}`, {
      cookie: leader,
      params: { gatheringId: String(g.id) },
    });
    expect(page.data.materials.map((m: { title: string }) => m.title)).toEqual(["Forarbeid før samling.pdf"]);

    const file = await fetchFile(leader, g.id, material!.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Forarbeid_for_samling.pdf"; filename*=UTF-8''Forarbeid%20f%C3%B8r%20samling.pdf`,
    );
    expect(file.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(file.headers.get("Cache-Control")).toBe("private, no-store");
    expect(file.headers.get("Content-Type")).toBe("application/pdf");

    // Someone of the organisation who is not invited, and another organisation's coordinator: 404.
    const { program } = demo();
    const outsider = getDb()
      .insert(people)
      .values({ organisationId: program.organisationId, name: "Ute", email: `ute-${g.id}@fjellby.example.org` })
      .returning()
      .get();
    getDb().insert(personRoles).values({ personId: outsider.id, role: "leader" }).run();
    expect((await fetchFile(await signInAs(outsider.email), g.id, material!.id)).status).toBe(404);
    expect((await fetchFile(await signInAs("coordinator@elvik.example.org"), g.id, material!.id)).status).toBe(404);
    // A leader may not manage materials.
    expect((await post(leader, g.id, { intent: "remove", materialId: String(material!.id) })).status).toBe(403);
  });

  it("refuses the wrong type and the wrong size at the file field, and saves nothing", async () => {
    const g = leadersGathering();
    const before = storedFiles();
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], "program.exe");
    const fakePdf = new File([new TextEncoder().encode("<html><script>alert(1)</script>")], "notat.pdf");
    const tooLarge = pdf("stor.pdf", 20 * 1024 * 1024 + 1);
    const empty = new File([], "tom.pdf");
    for (const [file, error] of [
      [exe, "participantPages.materials.fileType"],
      [fakePdf, "participantPages.materials.fileType"],
      [tooLarge, "participantPages.materials.fileSize"],
      [empty, "participantPages.materials.fileRequired"],
    ] as const) {
      const refused = await upload(coordinator, g.id, file);
      expect(refused.status, file.name).toBe(400);
      expect(fieldErrors(refused.data).file, file.name).toEqual([error]);
    }
    expect(materialsOf(g.id)).toEqual([]);
    expect(storedFiles()).toBe(before);
    // A body no browser sends is a field error too, never a 500.
    const garbage = new Request(`http://localhost:3000/gatherings/${g.id}/materials`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", Cookie: coordinator, Origin: "http://localhost:3000" },
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
    });
    const answer = await manage.action({ request: garbage, params: { gatheringId: String(g.id) }, context: {} as never }).catch((e) => e);
    expect((answer as { init?: { status?: number } }).init?.status ?? (answer as Response).status).toBeLessThan(500);
    expect(bodyLimitFor(`/gatherings/${g.id}/materials`)).toBeGreaterThan(20 * 1024 * 1024);
    expect(bodyLimitFor(`/gatherings/${g.id}`)).toBeLessThan(2 * 1024 * 1024);
  });

  it("takes http and https links only", async () => {
    const g = leadersGathering();
    const refused = await post(coordinator, g.id, {
      intent: "link",
      formId: "material-link",
      phase: "after",
      title: "Lysark",
      url: "javascript:alert(1)",
    });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.data).url).toEqual(["participantPages.materials.urlInvalid"]);
    const saved = await post(coordinator, g.id, {
      intent: "link",
      formId: "material-link",
      phase: "after",
      title: "Lysark",
      url: "https://example.org/lysark",
    });
    expect(saved.status).toBe(302);
    expect(materialsOf(g.id)).toMatchObject([{ phase: "after", title: "Lysark", url: "https://example.org/lysark", storedName: null }]);
  });

  it("removing a material deletes its file; erasing the uploader keeps the material without their id", async () => {
    const g = leadersGathering();
    const { internalFacilitator } = demo();
    const facilitatorEmail = getDb().select().from(people).where(eq(people.id, internalFacilitator.personId!)).get()!.email;
    // A facilitator of another gathering may not manage this one's materials.
    expect((await upload(await signInAs(facilitatorEmail), g.id, pdf())).status).toBe(403);
    await upload(coordinator, g.id, pdf("a.pdf"));
    await upload(coordinator, g.id, pdf("b.pdf"));
    const [a, b] = materialsOf(g.id);
    const file = path.join(materialsDir(), a!.storedName!);
    expect(existsSync(file)).toBe(true);
    expect((await post(coordinator, g.id, { intent: "remove", materialId: String(a!.id) })).status).toBe(302);
    expect(existsSync(file)).toBe(false);
    expect(materialsOf(g.id).map((m) => m.id)).toEqual([b!.id]);
    expect((await fetchFile(leader, g.id, a!.id)).status).toBe(404);

    const uploader = personByEmail("coordinator@example.org");
    expect(b!.uploadedById).toBe(uploader.id);
    // Erase a throwaway coordinator's data instead of the demo coordinator's.
    const { program } = demo();
    const temp = getDb()
      .insert(people)
      .values({ organisationId: program.organisationId, name: "Tidl. koordinator", email: `tk-${g.id}@fjellby.example.org` })
      .returning()
      .get();
    getDb().insert(personRoles).values({ personId: temp.id, role: "coordinator" }).run();
    await upload(await signInAs(temp.email), g.id, pdf("c.pdf"));
    expect(erasePersonalData(temp.id, { id: uploader.id, organisationId: program.organisationId })).toBe(true);
    expect(materialsOf(g.id).find((m) => m.fileName === "c.pdf")!.uploadedById).toBeNull();
  });
});
