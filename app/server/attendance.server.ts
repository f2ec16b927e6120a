/** Roll-call: marking attendance for a gathering in one go, its history, and absences to follow up. */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { attendanceDays, gatherings, invitations, organisations, people, programs } from "../../db/schema";
import { attendanceChanges, gatheringDays, passesAbsenceThreshold, rollCallDefault, type AttendanceStatus } from "../domain/attendance";
import { RuleViolation, violate } from "../domain/rule-violation";
import { recordAudit } from "./audit.server";
import { getDb, type DbOrTx } from "./db.server";
import type { GatheringRow } from "./gathering-access.server";
import { gatheringInvitees } from "./invitees.server";
import { queueFeedbackRequests, queueReflectionPrompts } from "./gathering-mail.server";
import { listPeople } from "./people.server";
import type { SessionUser } from "./session.server";

export type RollCallError = "attendance.notStarted" | "attendance.notOpen" | "attendance.unknownInvitation" | "rollCall.unknownDay";

/** Attendance can be taken once a confirmed gathering has started, and corrected after it is held. */
export function rollCallClosed(gathering: Pick<GatheringRow, "status" | "startsAt">, now: Date): RollCallError | null {
  if (gathering.status !== "confirmed" && gathering.status !== "held") return "attendance.notOpen";
  return now >= gathering.startsAt ? null : "attendance.notStarted";
}

/** The days recorded for each invitation of a gathering that was present on only some of its days. */
export function recordedDays(db: DbOrTx, gatheringId: number): Map<number, string[]> {
  const rows = db
    .select({ invitationId: attendanceDays.invitationId, day: attendanceDays.day })
    .from(attendanceDays)
    .innerJoin(invitations, eq(invitations.id, attendanceDays.invitationId))
    .where(eq(invitations.gatheringId, gatheringId))
    .orderBy(asc(attendanceDays.day))
    .all();
  const byInvitation = new Map<number, string[]>();
  for (const r of rows) byInvitation.set(r.invitationId, [...(byInvitation.get(r.invitationId) ?? []), r.day]);
  return byInvitation;
}

/**
 * The roll-call's rows with the mark it starts from and, for a gathering over several days, the days
 * ticked: those recorded, or every day for someone present.
 */
export function rollCallRows(gathering: Pick<GatheringRow, "id" | "startsAt" | "endsAt">) {
  const db = getDb();
  const days = gatheringDays(gathering.startsAt, gathering.endsAt);
  const recorded = recordedDays(db, gathering.id);
  return gatheringInvitees(db, gathering.id).map((r) => {
    const mark = rollCallDefault(r.rsvp, r.attendance);
    return { ...r, mark, days: mark === "present" ? (recorded.get(r.id) ?? days) : [] };
  });
}

/**
 * Stores the marks in one transaction: each change is written with an audit row {from, to} (and the
 * days, when they changed); a mark for an invitation of another gathering, or a day outside the
 * gathering, rejects the whole submission. `days` gives, for a gathering over several days, the days
 * each person was present; without it (or when all days are ticked) present means every day, and a
 * mark other than present clears the days. Once the gathering is held, newly present people get
 * their reflection prompt.
 */
export function saveAttendance(
  gathering: GatheringRow,
  marks: ReadonlyMap<number, AttendanceStatus>,
  actor: SessionUser,
  now: Date,
  days: ReadonlyMap<number, readonly string[]> = new Map(),
): number {
  violate(rollCallClosed(gathering, now), 400);
  const allDays = gatheringDays(gathering.startsAt, gathering.endsAt);
  if ([...days.values()].some((list) => list.some((d) => !allDays.includes(d)))) throw new RuleViolation("rollCall.unknownDay", 400);
  return getDb().transaction((tx) => {
    const current = tx
      .select({ id: invitations.id, attendance: invitations.attendance })
      .from(invitations)
      .where(eq(invitations.gatheringId, gathering.id))
      .all();
    const known = new Set(current.map((c) => c.id));
    if ([...marks.keys()].some((id) => !known.has(id))) throw new RuleViolation("attendance.unknownInvitation", 400);
    const statusChanges = new Map(attendanceChanges(current, marks).map((c) => [c.invitationId, c]));
    const recorded = recordedDays(tx, gathering.id);
    // The days to keep per invitation after this submission: none unless present on only some days.
    const dayChanges = new Map<number, { from: string[]; to: string[] }>();
    for (const inv of current) {
      const status = marks.get(inv.id) ?? inv.attendance;
      const from = recorded.get(inv.id) ?? [];
      const ticked = [...new Set(days.get(inv.id) ?? (status === "present" ? from : []))].sort();
      const to = status === "present" && ticked.length < allDays.length ? ticked : [];
      if (to.join() !== from.join()) dayChanges.set(inv.id, { from, to });
    }
    for (const change of statusChanges.values()) {
      tx.update(invitations)
        .set({ attendance: change.to, attendanceMarkedAt: now, attendanceMarkedById: actor.id })
        .where(eq(invitations.id, change.invitationId))
        .run();
    }
    if (dayChanges.size) {
      tx.delete(attendanceDays)
        .where(inArray(attendanceDays.invitationId, [...dayChanges.keys()]))
        .run();
      const rows = [...dayChanges].flatMap(([invitationId, c]) => c.to.map((day) => ({ invitationId, day })));
      if (rows.length) tx.insert(attendanceDays).values(rows).run();
    }
    const changed = [...new Set([...statusChanges.keys(), ...dayChanges.keys()])];
    const before = new Map(current.map((c) => [c.id, c.attendance]));
    for (const invitationId of changed) {
      const status = statusChanges.get(invitationId);
      const dayChange = dayChanges.get(invitationId);
      const unchanged = before.get(invitationId) ?? null;
      recordAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.id,
        entity: "invitation",
        entityId: invitationId,
        action: "attendance_changed",
        details: { from: status?.from ?? unchanged, to: status?.to ?? unchanged, ...(dayChange && { days: dayChange }) },
      });
    }
    if (gathering.status === "held") {
      queueReflectionPrompts(tx, gathering.id, now);
      queueFeedbackRequests(tx, gathering.id);
    }
    return changed.length;
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

/** People of the organisation whose name matches and who are not invited yet: walk-ins to choose from. */
export function walkInCandidates(organisationId: number, gatheringId: number, q: string) {
  if (!q.trim()) return [];
  const invited = new Set(gatheringInvitees(getDb(), gatheringId).map((r) => r.personId));
  return listPeople(organisationId, { q: q.trim(), status: "active", page: 1 })
    .people.filter((p) => !invited.has(p.id))
    .map(({ id, name, unit, level }) => ({ id, name, unit, level }));
}

/**
 * Adds someone from the organisation who came without an invitation: an invitation marked as added
 * at the gathering, accepted and present (audited). No invitation e-mail is sent; once the gathering
 * is held they are asked to reflect and for feedback like everyone present.
 */
export function addWalkIn(gathering: GatheringRow, personId: number, actor: SessionUser, now: Date) {
  violate(rollCallClosed(gathering, now));
  getDb().transaction((tx) => {
    const person = tx
      .select({ id: people.id, leaderLevelId: people.leaderLevelId })
      .from(people)
      .where(
        and(
          eq(people.id, personId),
          eq(people.organisationId, actor.organisationId),
          isNull(people.deactivatedAt),
          isNull(people.erasedAt),
        ),
      )
      .get();
    if (!person) throw new RuleViolation("rollCall.walkIn.notFound", 404, "personId");
    const invited = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, person.id)))
      .get();
    if (invited) throw new RuleViolation("rollCall.walkIn.alreadyInvited", 409, "personId");
    const created = tx
      .insert(invitations)
      .values({
        gatheringId: gathering.id,
        personId: person.id,
        leaderLevelId: person.leaderLevelId,
        rsvp: "accepted",
        acceptedAt: now,
        respondedAt: now,
        attendance: "present",
        attendanceMarkedAt: now,
        attendanceMarkedById: actor.id,
        addedAtGathering: true,
      })
      .returning({ id: invitations.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      entity: "invitation",
      entityId: created.id,
      action: "walk_in_added",
      details: { gatheringId: gathering.id, personId: person.id },
    });
    if (gathering.status === "held") {
      queueReflectionPrompts(tx, gathering.id, now);
      queueFeedbackRequests(tx, gathering.id);
    }
  });
}
