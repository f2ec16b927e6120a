/**
 * Gathering materials: files and links the coordinator and the gathering's facilitators attach,
 * marked "before" (pre-work) or "after" (slides, summaries). The one door to the
 * gathering_materials table and to the files under <data directory>/materials: who may see and
 * manage them is decided here.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { and, asc, eq, sql } from "drizzle-orm";
import { gatheringMaterials, invitations, programs, type materialPhases } from "../../db/schema";
import { RuleViolation } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { clock } from "./clock.server";
import { getConfig } from "./config.server";
import { getDb, type DbOrTx } from "./db.server";
import { isFacilitatorOf } from "./gathering-access.server";
import { forbidden, hasRole, notFound } from "./guards.server";
import type { SessionUser } from "./session.server";

export type MaterialPhase = (typeof materialPhases)[number];
export const maxMaterialBytes = 20 * 1024 * 1024;

type Person = Pick<SessionUser, "id" | "roles" | "organisationId">;
type Gathering = { id: number; programId: number };

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The allow-list: extension → content type and the bytes such a file starts with. */
const fileTypes: Record<string, { type: string; magic: number[] }> = {
  pdf: { type: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  pptx: { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  odt: { type: "application/vnd.oasis.opendocument.text", magic: zip },
  odp: { type: "application/vnd.oasis.opendocument.presentation", magic: zip },
  ods: { type: "application/vnd.oasis.opendocument.spreadsheet", magic: zip },
  doc: { type: "application/msword", magic: ole },
  ppt: { type: "application/vnd.ms-powerpoint", magic: ole },
  xls: { type: "application/vnd.ms-excel", magic: ole },
  png: { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  gif: { type: "image/gif", magic: [0x47, 0x49, 0x46, 0x38] },
};
export const allowedExtensions = Object.keys(fileTypes);

/** The content type of an allowed file, judged by its name's extension and its first bytes; null otherwise. */
export function sniffMaterialType(fileName: string, bytes: Uint8Array): string | null {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase();
  const known = extension ? fileTypes[extension] : undefined;
  if (!known || bytes.length < known.magic.length) return null;
  return known.magic.every((b, i) => bytes[i] === b) ? known.type : null;
}

const materialsDir = () => path.join(path.dirname(getConfig().databasePath), "materials");
// Stored names are ours (hex), so a path from the database can never leave the directory.
const storedPath = (storedName: string) => path.join(materialsDir(), path.basename(storedName));

const organisationOf = (gathering: Gathering) =>
  getDb().select({ id: programs.organisationId }).from(programs).where(eq(programs.id, gathering.programId)).get()?.id;

/** The coordinators of the gathering's organisation and the gathering's facilitators. */
export function canManageMaterials(person: Person, gathering: Gathering) {
  if (organisationOf(gathering) !== person.organisationId) return false;
  return hasRole(person, "coordinator") || (hasRole(person, "facilitator") && isFacilitatorOf(getDb(), gathering.id, person.id));
}

/** Those who manage them, and the gathering's invitees. */
export function canSeeMaterials(person: Person, gathering: Gathering) {
  if (canManageMaterials(person, gathering)) return true;
  if (organisationOf(gathering) !== person.organisationId) return false;
  return !!getDb()
    .select({ one: sql`1` })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, person.id)))
    .get();
}

/** The gathering's materials, pre-work first; a 404 for someone who may not see them. */
export function listMaterials(gathering: Gathering, viewer: Person) {
  if (!canSeeMaterials(viewer, gathering)) throw notFound();
  return listOf(getDb(), gathering.id);
}

const listOf = (db: DbOrTx, gatheringId: number) =>
  db
    .select({
      id: gatheringMaterials.id,
      phase: gatheringMaterials.phase,
      title: gatheringMaterials.title,
      url: gatheringMaterials.url,
      fileName: gatheringMaterials.fileName,
      size: gatheringMaterials.size,
    })
    .from(gatheringMaterials)
    .where(eq(gatheringMaterials.gatheringId, gatheringId))
    .orderBy(asc(gatheringMaterials.phase), asc(gatheringMaterials.id))
    .all()
    .map((m) => ({ ...m, href: m.url ?? `/my/gatherings/${gatheringId}/materials/${m.id}` }));

/** Whether the gathering has pre-work, for the invitation and reminder e-mails. */
export const hasPreWork = (gatheringId: number, db: DbOrTx = getDb()) =>
  !!db
    .select({ one: sql`1` })
    .from(gatheringMaterials)
    .where(and(eq(gatheringMaterials.gatheringId, gatheringId), eq(gatheringMaterials.phase, "before")))
    .get();

export type MaterialInput = { phase: MaterialPhase; title: string } & ({ url: string } | { file: { name: string; bytes: Uint8Array } });

/**
 * Attaches a link (http or https only) or a file. A file of a type outside the allow-list (by
 * extension and first bytes), empty, or larger than 20 MB is refused at the file field (a
 * RuleViolation), and nothing is saved.
 */
export function addMaterial(gathering: Gathering, actor: Person, input: MaterialInput) {
  if (!canManageMaterials(actor, gathering)) throw forbidden();
  const values = { gatheringId: gathering.id, phase: input.phase, title: input.title, uploadedById: actor.id, createdAt: clock.now() };
  if ("url" in input) {
    if (!/^https?:\/\/[^\s/]/i.test(input.url)) throw new RuleViolation("participantPages.materials.urlInvalid", 400, "url");
    return insertMaterial(actor, { ...values, url: input.url });
  }
  const { bytes } = input.file;
  if (bytes.length > maxMaterialBytes) throw new RuleViolation("participantPages.materials.fileSize", 400, "file");
  const contentType = bytes.length ? sniffMaterialType(input.file.name, bytes) : null;
  if (!contentType) throw new RuleViolation("participantPages.materials.fileType", 400, "file");
  const fileName = path.basename(input.file.name.replace(/\\/g, "/")).slice(0, 200);
  const storedName = randomBytes(16).toString("hex");
  mkdirSync(materialsDir(), { recursive: true });
  writeFileSync(storedPath(storedName), bytes, { flag: "wx" });
  try {
    return insertMaterial(actor, { ...values, title: input.title || fileName, fileName, storedName, contentType, size: bytes.length });
  } catch (error) {
    rmSync(storedPath(storedName), { force: true });
    throw error;
  }
}

function insertMaterial(actor: Person, values: typeof gatheringMaterials.$inferInsert) {
  return getDb().transaction((tx) => {
    const { id } = tx.insert(gatheringMaterials).values(values).returning({ id: gatheringMaterials.id }).get();
    recordAudit(tx, {
      actorId: actor.id,
      organisationId: actor.organisationId,
      entity: "gathering_material",
      entityId: id,
      action: "added",
      details: { gatheringId: values.gatheringId },
    });
    return id;
  });
}

/** Removes a material of the gathering, and its file; another gathering's (or none) is a 404. */
export function removeMaterial(gathering: Gathering, actor: Person, materialId: number) {
  if (!canManageMaterials(actor, gathering)) throw forbidden();
  const removed = getDb().transaction((tx) => {
    const row = tx
      .delete(gatheringMaterials)
      .where(and(eq(gatheringMaterials.id, materialId), eq(gatheringMaterials.gatheringId, gathering.id)))
      .returning({ storedName: gatheringMaterials.storedName })
      .get();
    if (!row) return null;
    recordAudit(tx, {
      actorId: actor.id,
      organisationId: actor.organisationId,
      entity: "gathering_material",
      entityId: materialId,
      action: "removed",
      details: { gatheringId: gathering.id },
    });
    return row;
  });
  if (!removed) throw notFound();
  if (removed.storedName) rmSync(storedPath(removed.storedName), { force: true });
}

/** A material's file for download, to those who may see the gathering's materials; a 404 otherwise. */
export function materialFile(gathering: Gathering, viewer: Person, materialId: number) {
  if (!canSeeMaterials(viewer, gathering)) throw notFound();
  const row = getDb()
    .select()
    .from(gatheringMaterials)
    .where(and(eq(gatheringMaterials.id, materialId), eq(gatheringMaterials.gatheringId, gathering.id)))
    .get();
  if (!row?.storedName) throw notFound();
  return { body: readFileSync(storedPath(row.storedName)), fileName: row.fileName ?? "material", contentType: row.contentType! };
}

/** Erasure: materials are not the participants' personal data, but who uploaded them is. */
export function forgetUploader(tx: DbOrTx, personId: number) {
  tx.update(gatheringMaterials).set({ uploadedById: null }).where(eq(gatheringMaterials.uploadedById, personId)).run();
}

/** `attachment` with an ASCII fallback name and the real one (RFC 6266, RFC 5987 encoding). */
export function attachmentDisposition(fileName: string) {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/[^A-Za-z0-9._-]+/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || "material"}"; filename*=UTF-8''${encoded}`;
}
