import { clock } from "../../../app/server/clock.server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  commentAnswers,
  comments,
  consultations,
  directionSections,
  gatherings,
  invitations,
  participationModeChanges,
  people,
  programs,
  unionParticipations,
} from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import { unionInvolvementSummary } from "../../../app/server/union-involvement.server";
import * as involvement from "../../../app/routes/programs.$programId.union_.involvement";
import { callLoader, signInAs } from "../../helpers/routes";

const db = getDb();
const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
const person = (email: string) => db.select().from(people).where(eq(people.email, email)).get()!;
const path = `/programs/${program.id}/union/involvement`;
const load = async (email: string) =>
  callLoader(involvement.loader, path, { cookie: await signInAs(email), params: { programId: String(program.id) } });

describe("unionInvolvementSummary", () => {
  it("counts the representatives, their modes, the secretariat seat, gatherings and answered comments", () => {
    const summary = unionInvolvementSummary(program.id);
    expect(summary.representativeCount).toBe(4);
    expect(summary.representatives[0]).toMatchObject({ name: "Marit Kvam", isChiefRepresentative: true, inSecretariat: true });
    expect(summary.modes.current).toEqual({ secretariat: 1, full: 1, selected_gatherings: 1, observer: 0, informed: 1 });
    expect(summary.modes.history).toHaveLength(4);
    expect(summary.secretariatSeat).toEqual({ chiefRepresentative: "Marit Kvam", held: true, representativesInSecretariat: 1 });

    // Seeded: the chief representative at every held gathering, Petter at every other, Siri at one.
    const held = db
      .select()
      .from(gatherings)
      .where(and(eq(gatherings.programId, program.id), eq(gatherings.status, "held")))
      .all();
    expect(summary.gatherings).toEqual({
      held: held.length,
      attendedByReps: held.length,
      attendances: held.length + Math.ceil(held.length / 2) + 1,
    });
    const byName = Object.fromEntries(summary.representatives.map((r) => [r.name, r]));
    expect(byName["Marit Kvam"]!.gatheringsAttended).toBe(held.length);
    expect(byName["Kjell Ramstad"]!.gatheringsAttended).toBe(0);

    expect(summary.comments).toEqual({ incorporated: 0, partly: 1, not_incorporated: 0, unanswered: 0, total: 1 });
    expect(byName["Petter Ulvik"]!.comments.partly).toBe(1);
  });

  it("follows changes: a new mode, an absence, a drafted and a submitted comment", () => {
    const siri = person("siri.tillitsvalgt@fjellby.example.org");
    const participation = db.select().from(unionParticipations).where(eq(unionParticipations.personId, siri.id)).get()!;
    db.update(unionParticipations).set({ mode: "observer" }).where(eq(unionParticipations.id, participation.id)).run();
    db.insert(participationModeChanges)
      .values({
        participationId: participation.id,
        fromMode: "selected_gatherings",
        toMode: "observer",
        changedById: siri.id,
        at: clock.now(),
      })
      .run();
    db.update(invitations).set({ attendance: "absent" }).where(eq(invitations.personId, siri.id)).run();
    const consultation = db.select().from(consultations).get()!;
    const sectionId = db.select().from(directionSections).where(eq(directionSections.versionId, consultation.versionId)).get()!.id;
    // The draft is not counted: only submitted comments are.
    const [, submitted] = db
      .insert(comments)
      .values([
        { consultationId: consultation.id, sectionId, authorId: siri.id, body: "utkast", status: "draft" },
        { consultationId: consultation.id, sectionId, authorId: siri.id, body: "sendt", status: "submitted", submittedAt: clock.now() },
      ])
      .returning()
      .all();
    db.insert(commentAnswers)
      .values({ commentId: submitted!.id, disposition: "incorporated", answeredById: person("coordinator@example.org").id })
      .run();

    const summary = unionInvolvementSummary(program.id);
    const siriNow = summary.representatives.find((r) => r.personId === siri.id)!;
    expect(siriNow.mode).toBe("observer");
    expect(siriNow.modeHistory.map((h) => [h.fromMode, h.toMode])).toEqual([
      [null, "selected_gatherings"],
      ["selected_gatherings", "observer"],
    ]);
    expect(summary.modes.current.observer).toBe(1);
    expect(siriNow.gatheringsAttended).toBe(0);
    expect(siriNow.comments).toMatchObject({ incorporated: 1, total: 1 });
    expect(summary.comments).toMatchObject({ incorporated: 1, partly: 1, total: 2 });
  });

  it("is empty, not failing, for a programme without representatives", () => {
    const elvik = db.select().from(programs).where(eq(programs.title, "Lederløftet i Elvik")).get()!;
    const summary = unionInvolvementSummary(elvik.id);
    expect(summary.representativeCount).toBe(0);
    expect(summary.secretariatSeat).toEqual({ chiefRepresentative: null, held: false, representativesInSecretariat: 0 });
    expect(summary.comments.total).toBe(0);
  });
});

describe("the union involvement page", () => {
  it("is open to the coordinator and the programme's union representatives", async () => {
    expect((await load("coordinator@example.org")).data.representativeCount).toBe(4);
    expect((await load("kjell.tillitsvalgt@fjellby.example.org")).status).toBe(200);
  });

  it("is a 404 to another organisation and a 403 to other roles", async () => {
    expect((await load("coordinator@elvik.example.org")).status).toBe(404);
    expect((await load("facilitator@example.org")).status).toBe(403);
    expect((await load("leader@example.org")).status).toBe(403);
  });
});
