/** Roll-call: marking attendance for a gathering in one go, its history, and absences to follow up. */
import { and, asc, eq, sql } from "drizzle-orm";
import { auditEvents, gatherings, invitations, organisations, people, programs } from "../../db/schema";
import { attendanceChanges, passesAbsenceThreshold, rollCallDefault, type AttendanceStatus } from "../domain/attendance";
import { getDb } from "./db.server";
import type { GatheringRow } from "./gatherings.server";
import { gatheringInvitees } from "./invitees.server";
import { queueFeedbackRequests, queueReflectionPrompts } from "./gathering-mail.server";
import type { SessionUser } from "./session.server";

export type RollCallError = "attendance.notStarted" | "attendance.notOpen" | "attendance.unknownInvitation";

/** Attendance can be taken once a confirmed gathering has started, and corrected after it is held. */
export function rollCallClosed(gathering: Pick<GatheringRow, "status" | "startsAt">, now: Date): RollCallError | null {
  if (gathering.status !== "confirmed" && gathering.status !== "held") return "attendance.notOpen";
  return now >= gathering.startsAt ? null : "attendance.notStarted";
}

export const rollCallRows = (gatheringId: number) =>
  gatheringInvitees(getDb(), gatheringId).map((r) => ({ ...r, mark: rollCallDefault(r.rsvp, r.attendance) }));

/**
 * Stores the marks in one transaction: each change is written with an audit row {from, to}; a mark
 * for an invitation of another gathering rejects the whole submission. Once the gathering is held,
 * newly present people get their reflection prompt.
 */
export function saveAttendance(
  gathering: GatheringRow,
  marks: ReadonlyMap<number, AttendanceStatus>,
  actor: SessionUser,
  now: Date,
): { ok: true; changed: number } | { ok: false; error: RollCallError } {
  const closed = rollCallClosed(gathering, now);
  if (closed) return { ok: false, error: closed };
  return getDb().transaction((tx) => {
    const current = tx
      .select({ id: invitations.id, attendance: invitations.attendance })
      .from(invitations)
      .where(eq(invitations.gatheringId, gathering.id))
      .all();
    const known = new Set(current.map((c) => c.id));
    if ([...marks.keys()].some((id) => !known.has(id))) return { ok: false as const, error: "attendance.unknownInvitation" as const };
    const changes = attendanceChanges(current, marks);
    for (const change of changes) {
      tx.update(invitations)
        .set({ attendance: change.to, attendanceMarkedAt: now, attendanceMarkedById: actor.id })
        .where(eq(invitations.id, change.invitationId))
        .run();
    }
    if (changes.length) {
      tx.insert(auditEvents)
        .values(
          changes.map((c) => ({
            organisationId: actor.organisationId,
            actorId: actor.id,
            entity: "invitation",
            entityId: c.invitationId,
            action: "attendance_changed",
            details: { from: c.from, to: c.to },
          })),
        )
        .run();
    }
    if (gathering.status === "held") {
      queueReflectionPrompts(tx, gathering.id, now);
      queueFeedbackRequests(tx, gathering.id);
    }
    return { ok: true as const, changed: changes.length };
  });
}

/**
 * Leaders (invited as cohort members) whose unexcused absences in a programme pass the
 * organisation's threshold. One grouped query.
 */
export function absenceFlags(organisationId: number) {
  return getDb()
    .select({
      personId: people.id,
      name: people.name,
      programId: programs.id,
      programTitle: programs.title,
      absences: sql<number>`count(*)`,
      threshold: organisations.absenceThreshold,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .innerJoin(programs, eq(programs.id, gatherings.programId))
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(programs.organisationId, organisationId), eq(invitations.attendance, "absent"), sql`${invitations.cohortId} is not null`))
    .groupBy(programs.id, people.id)
    .orderBy(asc(people.name))
    .all()
    .filter((r) => passesAbsenceThreshold(r.absences, r.threshold));
}
