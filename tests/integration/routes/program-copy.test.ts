import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as copyRoute from "../../../app/routes/programs.$programId.copy";
import { osloToday } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import {
  auditEvents,
  budgetLines,
  cohortMemberships,
  cohorts,
  consultations,
  directionDocuments,
  directionSections,
  directionVersions,
  expenses,
  finalReports,
  gatherings,
  grants,
  programGoalFocusAreas,
  programGoals,
  programMembers,
  programs,
  reflectionPrompts,
  reportRequests,
  unionParticipations,
} from "../../../db/schema";
import { callAction, signInAs } from "../../helpers/routes";
import { demo } from "../../helpers/gatherings";

const db = () => getDb();
const countOf = (rows: unknown[]) => rows.length;

/** What the copy should carry over, read the same way from either programme. */
function structure(programId: number) {
  const goalRows = db().select().from(programGoals).where(eq(programGoals.programId, programId)).orderBy(asc(programGoals.position)).all();
  const docs = db().select().from(directionDocuments).where(eq(directionDocuments.programId, programId)).all();
  return {
    cohorts: db()
      .select({ name: cohorts.name, level: cohorts.leaderLevelId, order: cohorts.rolloutOrder })
      .from(cohorts)
      .where(eq(cohorts.programId, programId))
      .orderBy(asc(cohorts.rolloutOrder))
      .all(),
    prompts: db()
      .select({ text: reflectionPrompts.text, position: reflectionPrompts.position })
      .from(reflectionPrompts)
      .where(and(eq(reflectionPrompts.programId, programId), isNull(reflectionPrompts.archivedAt)))
      .orderBy(asc(reflectionPrompts.position))
      .all(),
    budget: db()
      .select({ category: budgetLines.category, description: budgetLines.description, amount: budgetLines.amountOre })
      .from(budgetLines)
      .where(eq(budgetLines.programId, programId))
      .orderBy(asc(budgetLines.id))
      .all(),
    goals: goalRows.map((g) => ({
      title: g.title,
      description: g.description,
      focus: db()
        .select({ id: programGoalFocusAreas.focusAreaId })
        .from(programGoalFocusAreas)
        .where(eq(programGoalFocusAreas.goalId, g.id))
        .all()
        .map((f) => f.id)
        .sort(),
    })),
    documents: docs.map((d) => d.title),
  };
}

const sectionsOf = (versionId: number) =>
  db()
    .select({
      key: directionSections.key,
      title: directionSections.title,
      body: directionSections.body,
      position: directionSections.position,
    })
    .from(directionSections)
    .where(eq(directionSections.versionId, versionId))
    .orderBy(asc(directionSections.position))
    .all();

describe("copying a programme's structure", () => {
  it("copies cohorts, prompts, the decided direction as a draft, budget lines and goals — and no people, gatherings or reports", async () => {
    const source = demo().program;
    const cookie = await signInAs("coordinator@example.org");
    const params = { programId: String(source.id) };
    const before = structure(source.id);
    expect(before.cohorts.length).toBeGreaterThan(0);
    expect(before.prompts.length).toBeGreaterThan(0);
    expect(before.goals.length + before.budget.length).toBeGreaterThan(0);

    const start = osloToday();
    const values = { intent: "copy", formId: "program-copy", title: "Ledelse i Fjellby 2028–2030", periodStart: start, periodEnd: start };
    const refused = await callAction(
      copyRoute.action,
      `/programs/${source.id}/copy`,
      { ...values, periodEnd: "2000-01-01" },
      { cookie, params },
    );
    expect(refused.status).toBe(400);
    const programCount = db().select().from(programs).all().length;

    const result = await callAction(copyRoute.action, `/programs/${source.id}/copy`, values, { cookie, params });
    expect(result.status).toBe(302);
    const copy = db().select().from(programs).where(eq(programs.title, values.title)).get()!;
    expect(result.location).toBe(`/programs/${copy.id}`);
    expect(db().select().from(programs).all()).toHaveLength(programCount + 1);
    expect(copy).toMatchObject({
      status: "planning",
      periodStart: start,
      periodEnd: start,
      organisationId: source.organisationId,
      contactPersonId: null,
    });
    expect(copy.purpose).toBe(source.purpose);

    // What is copied.
    expect(structure(copy.id)).toEqual(before);
    const newCohorts = db().select().from(cohorts).where(eq(cohorts.programId, copy.id)).all();
    expect(newCohorts.every((c) => c.startsOn === null && c.endsOn === null)).toBe(true);

    const decided = db()
      .select({ id: directionVersions.id })
      .from(directionVersions)
      .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
      .where(and(eq(directionDocuments.programId, source.id), eq(directionVersions.status, "decided")))
      .orderBy(asc(directionVersions.number))
      .all()
      .at(-1)!;
    const draft = db()
      .select({
        id: directionVersions.id,
        number: directionVersions.number,
        status: directionVersions.status,
        decidedAt: directionVersions.decidedAt,
      })
      .from(directionVersions)
      .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
      .where(eq(directionDocuments.programId, copy.id))
      .all();
    expect(draft).toHaveLength(1);
    expect(draft[0]).toMatchObject({ number: 1, status: "draft", decidedAt: null });
    expect(sectionsOf(draft[0]!.id)).toEqual(sectionsOf(decided.id));

    // What is not.
    const newLines = db().select({ id: budgetLines.id }).from(budgetLines).where(eq(budgetLines.programId, copy.id)).all();
    const none = {
      members: countOf(
        db()
          .select()
          .from(cohortMemberships)
          .where(
            inArray(
              cohortMemberships.cohortId,
              newCohorts.map((c) => c.id),
            ),
          )
          .all(),
      ),
      expenses: newLines.length
        ? countOf(
            db()
              .select()
              .from(expenses)
              .where(
                inArray(
                  expenses.budgetLineId,
                  newLines.map((l) => l.id),
                ),
              )
              .all(),
          )
        : 0,
      gatherings: countOf(db().select().from(gatherings).where(eq(gatherings.programId, copy.id)).all()),
      programMembers: countOf(db().select().from(programMembers).where(eq(programMembers.programId, copy.id)).all()),
      union: countOf(db().select().from(unionParticipations).where(eq(unionParticipations.programId, copy.id)).all()),
      grants: countOf(db().select().from(grants).where(eq(grants.programId, copy.id)).all()),
      reportRequests: countOf(db().select().from(reportRequests).where(eq(reportRequests.programId, copy.id)).all()),
      reports: countOf(db().select().from(finalReports).where(eq(finalReports.programId, copy.id)).all()),
      consultations: countOf(
        db()
          .select()
          .from(consultations)
          .where(
            inArray(
              consultations.versionId,
              draft.map((d) => d.id),
            ),
          )
          .all(),
      ),
    };
    expect(none).toEqual({
      members: 0,
      expenses: 0,
      gatherings: 0,
      programMembers: 0,
      union: 0,
      grants: 0,
      reportRequests: 0,
      reports: 0,
      consultations: 0,
    });

    const audit = db()
      .select({ action: auditEvents.action, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "program"), inArray(auditEvents.action, ["copied_from", "copied_to"])))
      .all();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "copied_from", entityId: copy.id },
        { action: "copied_to", entityId: source.id },
      ]),
    );
  });

  it("is the coordinator's, of the programme's own organisation", async () => {
    const source = demo().program;
    const values = { intent: "copy", formId: "program-copy", title: "Kopi", periodStart: osloToday(), periodEnd: osloToday() };
    const params = { programId: String(source.id) };
    const elvik = await callAction(copyRoute.action, "/", values, { cookie: await signInAs("coordinator@elvik.example.org"), params });
    expect(elvik.status).toBe(404);
    const leader = await callAction(copyRoute.action, "/", values, { cookie: await signInAs("leader@example.org"), params });
    expect(leader.status).toBe(403);
    expect(db().select().from(programs).where(eq(programs.title, "Kopi")).all()).toHaveLength(0);
  });
});
