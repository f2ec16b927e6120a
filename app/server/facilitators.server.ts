import { and, asc, eq } from "drizzle-orm";
import { externalPartners, facilitators, people, programs, units } from "../../db/schema";
import { getDb, type DbOrTx } from "./db.server";
import { RuleViolation } from "../domain/rule-violation";
import { notFound } from "./guards.server";
import { assertOwned, deleteUnlessReferenced } from "./org-scope.server";

export function listFacilitators(organisationId: number) {
  const db = getDb();
  return {
    facilitators: db
      .select({
        id: facilitators.id,
        kind: facilitators.kind,
        name: facilitators.name,
        affiliation: facilitators.affiliation,
        email: facilitators.email,
        personId: facilitators.personId,
        personEmail: people.email,
        externalPartnerId: facilitators.externalPartnerId,
        partner: externalPartners.name,
      })
      .from(facilitators)
      .leftJoin(people, eq(people.id, facilitators.personId))
      .leftJoin(externalPartners, eq(externalPartners.id, facilitators.externalPartnerId))
      .where(eq(facilitators.organisationId, organisationId))
      .orderBy(asc(facilitators.name))
      .all(),
    partners: partnerChoices(db, organisationId),
  };
}

/** External partners of the organisation's programmes: "Partner (Programme)". */
function partnerChoices(db: DbOrTx, organisationId: number) {
  return db
    .select({ id: externalPartners.id, name: externalPartners.name, program: programs.title })
    .from(externalPartners)
    .innerJoin(programs, eq(programs.id, externalPartners.programId))
    .where(eq(programs.organisationId, organisationId))
    .orderBy(asc(externalPartners.name))
    .all();
}

export type FacilitatorValues =
  | { kind: "internal"; personId: number; affiliation: string }
  | { kind: "external"; name: string; affiliation: string; email?: string; externalPartnerId?: number };

/**
 * An internal facilitator is a person of the organisation (their name comes from the person,
 * their affiliation defaults to their unit); an external one has a name, organisation and e-mail,
 * and may belong to one of the programmes' external partners.
 */
export function saveFacilitator(organisationId: number, facilitatorId: number | undefined, values: FacilitatorValues): void {
  getDb().transaction((tx) => {
    if (facilitatorId) assertOwned(tx, "facilitator", organisationId, [facilitatorId]);
    let row: typeof facilitators.$inferInsert;
    if (values.kind === "internal") {
      assertOwned(tx, "person", organisationId, [values.personId]);
      const person = tx
        .select({ name: people.name, unit: units.name })
        .from(people)
        .leftJoin(units, eq(units.id, people.unitId))
        .where(eq(people.id, values.personId))
        .get()!;
      const duplicate = tx
        .select({ id: facilitators.id })
        .from(facilitators)
        .where(and(eq(facilitators.organisationId, organisationId), eq(facilitators.personId, values.personId)))
        .get();
      if (duplicate && duplicate.id !== facilitatorId) throw new RuleViolation("facilitators.alreadyFacilitator", 400, "email");
      row = {
        organisationId,
        kind: "internal",
        personId: values.personId,
        name: person.name,
        affiliation: values.affiliation || (person.unit ?? ""),
        email: null,
        externalPartnerId: null,
      };
    } else {
      if (values.externalPartnerId && !partnerChoices(tx, organisationId).some((p) => p.id === values.externalPartnerId)) {
        throw notFound();
      }
      row = {
        organisationId,
        kind: "external",
        personId: null,
        name: values.name,
        affiliation: values.affiliation,
        email: values.email?.toLowerCase() ?? null,
        externalPartnerId: values.externalPartnerId ?? null,
      };
    }
    if (facilitatorId) tx.update(facilitators).set(row).where(eq(facilitators.id, facilitatorId)).run();
    else tx.insert(facilitators).values(row).run();
  });
}

/** A facilitator who has led gatherings stays on record; only an unused one can be removed. */
export function deleteFacilitator(organisationId: number, facilitatorId: number): boolean {
  const db = getDb();
  assertOwned(db, "facilitator", organisationId, [facilitatorId]);
  return deleteUnlessReferenced(() => db.delete(facilitators).where(eq(facilitators.id, facilitatorId)).run());
}
