import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import {
  cohorts,
  consultations,
  emailMessages,
  gatherings,
  invitations,
  people,
  personRoles,
  programs,
  reflections,
  reportRequests,
} from "../../db/schema";
import { dispatchAllDue } from "../../app/server/email/dispatcher.server";
import { mailboxTransport } from "../../app/server/email/transport.server";
import { enqueueEmail } from "../../app/server/outbox.server";
import { startReport, submitReport } from "../../app/server/report-workflow.server";
import { getDb } from "../../app/server/db.server";
import { addMaterial } from "../../app/server/materials.server";
import { demoAccounts } from "./demo-accounts";

export type RouteModule = { loader?: LoaderFunction; action?: ActionFunction };

/** The demo accounts the route-wide tests sign in as. */
export const actorEmails = { ...demoAccounts, otherOrg: "coordinator@elvik.example.org" } as const;

/** An invitation delivered to the local mailbox, with its calendar attachment. */
async function deliveredInvitation(programId: number) {
  const db = getDb();
  const invitation = db
    .select({ id: invitations.id, personId: invitations.personId, gatheringId: invitations.gatheringId })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(and(eq(gatherings.programId, programId), eq(gatherings.status, "confirmed")))
    .get()!;
  db.transaction((tx) =>
    enqueueEmail(tx, {
      kind: "invitation",
      recipientPersonId: invitation.personId,
      payload: { gatheringId: invitation.gatheringId, invitationId: invitation.id, sequence: 0 },
      idempotencyKey: "matrix-invitation",
    }),
  );
  await dispatchAllDue({ transport: mailboxTransport(), owner: "matrix" });
  return db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.idempotencyKey, "matrix-invitation")).get()!.id;
}

/** Values for route parameters, all from the Fjellby police district of the demo seed. */
export async function parameterValues(): Promise<Record<string, string>> {
  const db = getDb();
  const program = db.select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;
  const leader = db
    .select({ id: people.id })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "leader")))
    .where(eq(people.organisationId, program.organisationId))
    .get()!;
  const reflection = db.select({ id: reflections.id }).from(reflections).where(eq(reflections.programId, program.id)).get()!;
  const request = db.select().from(reportRequests).where(eq(reportRequests.programId, program.id)).get()!;
  const reportId = startReport(program.id, request.id)!;
  submitReport({ id: program.contactPersonId! }, reportId);
  const consultation = db.select({ id: consultations.id }).from(consultations).get()!;
  const gathering = db.select().from(gatherings).where(eq(gatherings.programId, program.id)).get()!;
  const coordinator = { id: program.contactPersonId!, roles: ["coordinator" as const], organisationId: program.organisationId };
  const materialId = addMaterial(gathering, coordinator, {
    phase: "before",
    title: "Forarbeid",
    file: { name: "forarbeid.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n") },
  });
  return {
    programId: String(program.id),
    personId: String(leader.id),
    reflectionId: String(reflection.id),
    reportId: String(reportId),
    gatheringId: String(gathering.id),
    materialId: String(materialId),
    token: "no-such-link",
    "*": "no/such/page",
    version: "2",
    consultationId: String(consultation.id),
    cohortId: String(db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.programId, program.id)).get()!.id),
    messageId: String(await deliveredInvitation(program.id)),
    index: "0",
  };
}

/** `programs.$programId_.edit.tsx` → `/programs/:programId/edit` (Remix flat-route naming). */
export function urlFor(file: string, values: Record<string, string>) {
  const segments = file
    .replace(/\.(tsx|ts)$/, "")
    .replace(/\[([^\]]*)\]/g, (_, literal: string) => literal.replaceAll(".", "\u0000"))
    .split(".")
    .map((s) => s.replaceAll("\u0000", "."))
    .filter((s) => s !== "_index" && !s.startsWith("_"))
    .map((s) => s.replace(/_$/, ""));
  const params: Record<string, string> = {};
  const path = segments
    .map((s) => {
      if (!s.startsWith("$")) return s;
      // A bare `$` is the splat: any path.
      const name = s.slice(1) || "*";
      const value = values[name];
      if (!value) throw new Error(`${file}: add a value for :${name} to parameterValues()`);
      params[name] = value;
      return value;
    })
    .join("/");
  return { path: `/${path}`, params };
}

/** The route parameter names of a flat-route file name, e.g. ["programId", "version"]. */
export const paramNamesOf = (file: string) => Object.keys(urlFor(file, new Proxy({}, { get: () => "x" })).params);
