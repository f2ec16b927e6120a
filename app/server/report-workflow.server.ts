/**
 * Report requests and the final report's workflow: draft → submitted (frozen) → published, or
 * returned to draft with a comment. Each change is one transaction holding its audit row and its
 * e-mails, so nothing is half-done and nobody is told about a change that did not happen.
 */
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import {
  finalReports,
  leaderLevels,
  people,
  personRoles,
  programStatusChanges,
  programs,
  reportRequests,
  unionParticipations,
} from "../../db/schema";
import type { EmailKind } from "../domain/email-kinds";
import { canonicalJson, type Narrative, type NarrativeKey } from "../domain/report";
import { getDb, type DbOrTx, type Tx } from "./db.server";
import { enqueueEmail } from "./outbox.server";
import { liveReportModel, type FinalReportRow } from "./report.server";
import { clock } from "./clock.server";
import { recordAudit } from "./audit.server";
import { RuleViolation } from "../domain/rule-violation";
import { queueReportStartedUnion } from "./report-union-notice.server";

type Actor = { id: number };

/** Active people holding the coordinator role in an organisation. */
function coordinatorsOf(db: DbOrTx, organisationId: number): number[] {
  return db
    .select({ id: people.id })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "coordinator")))
    .where(and(eq(people.organisationId, organisationId), isNull(people.deactivatedAt), isNull(people.erasedAt)))
    .all()
    .map((p) => p.id);
}

export const contentHash = (snapshot: unknown) => createHash("sha256").update(canonicalJson(snapshot)).digest("hex");

// ─── Requests ───────────────────────────────────────────────────────────────

export type RequestInput = { programId: number; focusLevelId: number | null; focusText: string; dueOn: string };

/**
 * The directorate asks a programme for a final report; its coordinators are told in the same
 * transaction. A focus level must belong to the programme's organisation. Returns the request's id;
 * an unknown programme or a level of another organisation is refused (400) at its field of the input.
 */
export function createReportRequest(actor: Actor, input: RequestInput): number {
  return getDb().transaction((tx) => {
    const program = tx
      .select({ id: programs.id, organisationId: programs.organisationId })
      .from(programs)
      .where(eq(programs.id, input.programId))
      .get();
    if (!program) throw new RuleViolation("report.request.programRequired", 400, "programId" satisfies keyof RequestInput);
    if (input.focusLevelId !== null) {
      const level = tx
        .select({ id: leaderLevels.id })
        .from(leaderLevels)
        .where(and(eq(leaderLevels.id, input.focusLevelId), eq(leaderLevels.organisationId, program.organisationId)))
        .get();
      if (!level) throw new RuleViolation("report.request.levelMismatch", 400, "focusLevelId" satisfies keyof RequestInput);
    }
    const requestId = tx
      .insert(reportRequests)
      .values({ ...input, requestedById: actor.id })
      .returning({ id: reportRequests.id })
      .get().id;
    recordAudit(tx, {
      organisationId: program.organisationId,
      actorId: actor.id,
      entity: "report_request",
      entityId: requestId,
      action: "created",
      details: { programId: program.id, dueOn: input.dueOn },
    });
    for (const personId of coordinatorsOf(tx, program.organisationId)) {
      enqueueEmail(tx, {
        kind: "report_requested",
        recipientPersonId: personId,
        payload: { requestId },
        idempotencyKey: `report_requested:${requestId}:${personId}`,
      });
    }
    return requestId;
  });
}

/**
 * The report answering a request, started as an empty draft the first time; starting it tells the
 * union representatives in the secretariat that their statement is needed.
 */
export function startReport(programId: number, requestId: number): number | null {
  return getDb().transaction((tx) => {
    const request = tx
      .select({ id: reportRequests.id })
      .from(reportRequests)
      .where(and(eq(reportRequests.id, requestId), eq(reportRequests.programId, programId)))
      .get();
    if (!request) return null;
    const existing = tx.select({ id: finalReports.id }).from(finalReports).where(eq(finalReports.requestId, requestId)).get();
    if (existing) return existing.id;
    const reportId = tx.insert(finalReports).values({ programId, requestId }).returning({ id: finalReports.id }).get().id;
    queueReportStartedUnion(tx, programId, reportId);
    return reportId;
  });
}

// ─── Editing the draft ──────────────────────────────────────────────────────

/** One of the coordinator's sections; the other sections and the union representatives' statement are kept as they are. */
export function saveNarrativeSection(reportId: number, section: NarrativeKey, text: string, now = clock.now()): void {
  updateDraftNarrative(reportId, now, (current) => ({ ...current, [section]: text }));
}

/** Only a union representative taking part in the programme may write the union statement. */
export function isUnionParticipant(programId: number, personId: number): boolean {
  return Boolean(
    getDb()
      .select({ id: unionParticipations.id })
      .from(unionParticipations)
      .where(and(eq(unionParticipations.programId, programId), eq(unionParticipations.personId, personId)))
      .get(),
  );
}

export function saveUnionStatement(reportId: number, text: string, now = clock.now()): void {
  updateDraftNarrative(reportId, now, (current) => ({ ...current, unionStatement: text }));
}

/** Only a draft's texts change; a RuleViolation otherwise. */
function updateDraftNarrative(reportId: number, now: Date, change: (current: Narrative) => Narrative): void {
  getDb().transaction((tx) => {
    const report = tx.select().from(finalReports).where(eq(finalReports.id, reportId)).get();
    if (report?.status !== "draft") throw wrongStatus();
    tx.update(finalReports)
      .set({ narrative: change(report.narrative as Narrative), updatedAt: now })
      .where(and(eq(finalReports.id, reportId), eq(finalReports.status, "draft")))
      .run();
  });
}

// ─── Transitions ────────────────────────────────────────────────────────────

/** A report that is not (any longer) in the status a change needs: someone else moved it on. */
const wrongStatus = () => new RuleViolation("report.builder.wrongStatus");

function reportAndProgram(tx: Tx, reportId: number) {
  return tx
    .select({ report: finalReports, organisationId: programs.organisationId, contactPersonId: programs.contactPersonId })
    .from(finalReports)
    .innerJoin(programs, eq(programs.id, finalReports.programId))
    .where(eq(finalReports.id, reportId))
    .get();
}

type ReportEmailKind = Extract<EmailKind, "report_submitted" | "report_returned" | "report_published">;

/** One e-mail per recipient and transition: the audit row's id keeps a later transition's key distinct. */
function notify(tx: Tx, kind: ReportEmailKind, reportId: number, auditId: number, recipients: number[]) {
  for (const personId of new Set(recipients)) {
    enqueueEmail(tx, {
      kind,
      recipientPersonId: personId,
      payload: { reportId },
      idempotencyKey: `${kind}:${reportId}:${auditId}:${personId}`,
    });
  }
}

type Found = NonNullable<ReturnType<typeof reportAndProgram>>;

/** The programme's side: its coordinators and its contact person. */
const programRecipients = (tx: Tx, found: Found) => [
  ...coordinatorsOf(tx, found.organisationId),
  ...(found.contactPersonId ? [found.contactPersonId] : []),
];

/**
 * One step of the workflow: from `from` only, the change itself, its audit row and its e-mails, all
 * in one transaction. `apply` makes the change and says what to audit and whom to tell.
 */
function transition(
  reportId: number,
  step: { actor: Actor; from: FinalReportRow["status"]; action: "submitted" | "returned" | "published"; email: ReportEmailKind },
  apply: (tx: Tx, found: Found) => { details: Record<string, unknown>; recipients: number[] },
): void {
  getDb().transaction((tx) => {
    const found = reportAndProgram(tx, reportId);
    if (found?.report.status !== step.from) throw wrongStatus();
    const { details, recipients } = apply(tx, found);
    const auditId = recordAudit(tx, {
      organisationId: found.organisationId,
      actorId: step.actor.id,
      entity: "final_report",
      entityId: reportId,
      action: step.action,
      details,
    });
    notify(tx, step.email, reportId, auditId, recipients);
  });
}

/**
 * Freezes the figures and text as they are now, with a SHA-256 of the canonical JSON, and tells the
 * directorate user who asked for the report.
 */
export function submitReport(actor: Actor, reportId: number, now = clock.now()): void {
  transition(reportId, { actor, from: "draft", action: "submitted", email: "report_submitted" }, (tx, found) => {
    const snapshot = liveReportModel(found.report, tx, now);
    const hash = contentHash(snapshot);
    tx.update(finalReports)
      .set({ status: "submitted", snapshot, contentHash: hash, submittedAt: now, submittedById: actor.id, updatedAt: now })
      .where(eq(finalReports.id, reportId))
      .run();
    const requester = found.report.requestId
      ? tx.select({ id: reportRequests.requestedById }).from(reportRequests).where(eq(reportRequests.id, found.report.requestId)).get()
      : undefined;
    return { details: { contentHash: hash }, recipients: requester ? [requester.id] : [] };
  });
}

/** Back to draft with the directorate's comment; the frozen snapshot is let go, live figures return. */
export function returnReport(actor: Actor, reportId: number, comment: string, now = clock.now()): void {
  transition(reportId, { actor, from: "submitted", action: "returned", email: "report_returned" }, (tx, found) => {
    tx.update(finalReports)
      .set({ status: "draft", returnComment: comment, snapshot: null, contentHash: null, updatedAt: now })
      .where(eq(finalReports.id, reportId))
      .run();
    return { details: { comment, contentHash: found.report.contentHash }, recipients: programRecipients(tx, found) };
  });
}

/**
 * Publishes a submitted report to the directorate's portal. A programme that is `completed` becomes
 * `reported`; one still running keeps its status (its coordinator completes it when it ends).
 */
export function publishReport(actor: Actor, reportId: number, now = clock.now()): void {
  transition(reportId, { actor, from: "submitted", action: "published", email: "report_published" }, (tx, found) => {
    tx.update(finalReports)
      .set({ status: "published", publishedAt: now, publishedById: actor.id, updatedAt: now })
      .where(eq(finalReports.id, reportId))
      .run();
    const programId = found.report.programId;
    const moved = tx
      .update(programs)
      .set({ status: "reported", updatedAt: now })
      .where(and(eq(programs.id, programId), eq(programs.status, "completed")))
      .run();
    if (moved.changes === 1) {
      tx.insert(programStatusChanges)
        .values({
          programId,
          fromStatus: "completed",
          toStatus: "reported",
          reason: "final_report_published",
          changedById: actor.id,
          at: now,
        })
        .run();
    }
    return { details: { contentHash: found.report.contentHash }, recipients: programRecipients(tx, found) };
  });
}
