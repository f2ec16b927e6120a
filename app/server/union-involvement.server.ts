import { and, asc, desc, eq, sql } from "drizzle-orm";
import {
  commentAnswers,
  comments,
  consultations,
  directionDocuments,
  directionVersions,
  gatherings,
  invitations,
  participationModeChanges,
  participationModes,
  people,
  programMembers,
  unionParticipations,
} from "../../db/schema";
import { countDispositions, type Disposition } from "../domain/direction";
import { getDb } from "./db.server";

type Mode = (typeof participationModes)[number];

/**
 * How the union representatives took part in a programme, for the involvement page and the final
 * report's section on it: who they are and their participation modes now and over time, the chief
 * representative's seat in the secretariat, the gatherings they attended, and the comments they gave
 * on the direction and how each was answered. A handful of grouped queries, whatever the size.
 */
export function unionInvolvementSummary(programId: number) {
  const db = getDb();
  const isRep = sql`${unionParticipations.programId} = ${programId}`;
  const reps = db
    .select({
      participationId: unionParticipations.id,
      personId: unionParticipations.personId,
      name: people.name,
      unionName: unionParticipations.unionName,
      isChiefRepresentative: unionParticipations.isChiefRepresentative,
      mode: unionParticipations.mode,
      inSecretariat: sql<number>`exists(select 1 from ${programMembers} where ${programMembers.programId} = ${programId}
        and ${programMembers.personId} = ${unionParticipations.personId} and ${programMembers.memberGroup} = 'secretariat')`,
    })
    .from(unionParticipations)
    .innerJoin(people, eq(people.id, unionParticipations.personId))
    .where(isRep)
    .orderBy(desc(unionParticipations.isChiefRepresentative), asc(people.name))
    .all();

  const history = db
    .select({
      personId: unionParticipations.personId,
      fromMode: participationModeChanges.fromMode,
      toMode: participationModeChanges.toMode,
      at: participationModeChanges.at,
    })
    .from(participationModeChanges)
    .innerJoin(unionParticipations, eq(unionParticipations.id, participationModeChanges.participationId))
    .where(isRep)
    .orderBy(asc(participationModeChanges.at), asc(participationModeChanges.id))
    .all();

  // Gatherings of this programme where a representative was marked present.
  const attended = db
    .select({ personId: invitations.personId, gatheringId: invitations.gatheringId })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .innerJoin(
      unionParticipations,
      and(eq(unionParticipations.personId, invitations.personId), eq(unionParticipations.programId, programId)),
    )
    .where(and(eq(gatherings.programId, programId), eq(invitations.attendance, "present")))
    .all();
  const held =
    db
      .select({ n: sql<number>`count(*)` })
      .from(gatherings)
      .where(and(eq(gatherings.programId, programId), eq(gatherings.status, "held")))
      .get()?.n ?? 0;

  // Submitted comments by representatives on any version of the programme's direction.
  const given = db
    .select({ authorId: comments.authorId, disposition: commentAnswers.disposition })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .innerJoin(directionDocuments, eq(directionDocuments.id, directionVersions.documentId))
    .innerJoin(unionParticipations, and(eq(unionParticipations.personId, comments.authorId), eq(unionParticipations.programId, programId)))
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(eq(directionDocuments.programId, programId), eq(comments.status, "submitted")))
    .all();

  const dispositionsBy = (personId?: number) =>
    countDispositions(
      given.filter((c) => personId === undefined || c.authorId === personId).map((c) => c.disposition as Disposition | null),
    );
  const nameOf = new Map(reps.map((r) => [r.personId, r.name]));
  const chief = reps.find((r) => r.isChiefRepresentative);
  const currentModes = Object.fromEntries(participationModes.map((m) => [m, 0])) as Record<Mode, number>;
  for (const r of reps) currentModes[r.mode]++;

  return {
    representativeCount: reps.length,
    representatives: reps.map(({ inSecretariat, participationId: _, ...r }) => ({
      ...r,
      inSecretariat: !!inSecretariat,
      modeHistory: history.filter((h) => h.personId === r.personId).map(({ personId: __, ...h }) => h),
      gatheringsAttended: new Set(attended.filter((a) => a.personId === r.personId).map((a) => a.gatheringId)).size,
      comments: dispositionsBy(r.personId),
    })),
    modes: {
      current: currentModes,
      history: history.map((h) => ({ ...h, name: nameOf.get(h.personId) ?? "" })),
    },
    secretariatSeat: {
      chiefRepresentative: chief?.name ?? null,
      /** The chief representative holds a seat in the programme's secretariat. */
      held: !!chief?.inSecretariat,
      representativesInSecretariat: reps.filter((r) => r.inSecretariat).length,
    },
    gatherings: {
      held,
      /** Gatherings with at least one representative present. */
      attendedByReps: new Set(attended.map((a) => a.gatheringId)).size,
      /** Representative-attendances in total (one per person and gathering). */
      attendances: attended.length,
    },
    comments: dispositionsBy(),
  };
}

export type UnionInvolvement = ReturnType<typeof unionInvolvementSummary>;
