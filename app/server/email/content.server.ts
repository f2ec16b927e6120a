import { and, eq } from "drizzle-orm";
import { gatheringFacilitators, organisations, people, type AccountTokenPurpose, type finalReports, type Locale } from "../../../db/schema";
import type { EmailKind, EmailPayloads } from "../../domain/email-kinds";
import { gatheringUid, type CalendarInvite } from "../../domain/icalendar";
import { dayMs } from "../../domain/time";
import { formatDay, osloDay } from "../../i18n/dates";
import type { Db } from "../db.server";
import { accountLinkLifetimeMs, accountLinkPath, accountTokenUsable } from "../account-links.server";
import { inspectReflectionLink, reflectionLinkDays, reflectionLinkUrl } from "../reflection-links.server";
import { feedbackLinkPath } from "../feedback-links.server";
import { hasReflectedOnGathering, reflectionStillDue } from "../reflections.server";
import { rsvpUrl } from "../rsvp-links.server";
import { formatAgendaTime, formatDeadline, formatEmailDate, formatWhen, spansDays } from "./format.server";
import { emailQueries, type ProgramFrame } from "./queries.server";
import { emailLanguage, emailText, type EmailTextKey } from "./templates.server";
import { hasPreWork } from "../materials.server";
import { inviteeProgress } from "../consultation-notices.server";
import { hasNotSubmitted } from "../../domain/consultation-notices";
import { isoWeekOf, weekNumber } from "../../domain/digest";
import type { Narrative } from "../../domain/report";
import type { MessageValues } from "../../i18n/icu";
import { inUnionSecretariat } from "../report-union-notice.server";
import { weeklyDigestData } from "./digest.server";

/**
 * What each kind of e-mail says, loaded by the ids in its payload from the data as it is when it
 * is sent, with a few queries each. A message that no longer applies (the gathering was cancelled
 * before a reminder went out, the recipient declined) is skipped with the reason.
 */

export type Address = { name: string; address: string };

type Common = {
  organisation: string;
  programme: string;
  recipient: string;
  /** "Name (address)" of the programme's contact person, for questions. */
  contact: string | null;
};

export type GatheringView = {
  title: string;
  /** "2. desember 2026": short, for subjects. */
  date: string;
  when: string;
  where: string | null;
  /** The online meeting link as text; `onlineUrl` only when it is a web address safe to link. */
  online: string | null;
  onlineUrl: string | null;
  theme: string | null;
  facilitators: string | null;
  agenda: { time: string; title: string; facilitator: string | null }[];
};

type Rsvp = { acceptUrl: string; declineUrl: string; canAccept: boolean };

export type EmailModels = {
  /** `preWork`: the gathering page's address when the gathering has pre-work, so the e-mail says so. */
  invitation: Common & { gathering: GatheringView; rsvp: Rsvp; preWork: string | null };
  reminder: Common & {
    gathering: GatheringView;
    rsvp: Rsvp;
    preWork: string | null;
    days: number;
    tomorrow: boolean;
    accepted: boolean;
    waitlisted: boolean;
    pending: boolean;
  };
  change_notice: Common & { gathering: GatheringView; rsvp: Rsvp; changes: string[] };
  cancellation: Common & { gathering: GatheringView; reason: string | null };
  invitation_withdrawn: Common & { gathering: GatheringView };
  waitlist_promoted: Common & { gathering: GatheringView; rsvp: Rsvp };
  reflection_prompt: Common & { gathering: GatheringView; link: string; days: number };
  bulk_message: Common & { gathering: GatheringView; sender: string; messageSubject: string; body: string };
  consultation_opened: Common & { document: string; version: number; deadline: string; link: string };
  consultation_answered: Common & { document: string; version: number; decided: number; link: string };
  report_requested: Common & { requester: string; due: string; focus: string | null; link: string };
  report_submitted: Common & { submitter: string; link: string };
  report_returned: Common & { comment: string | null; link: string };
  report_published: Common & { link: string };
  account_invitation: Common & { link: string; days: number; inviter: string | null; invitedBy: "person" | "none" };
  password_reset: Common & { link: string; minutes: number };
  sign_in_link: Common & { link: string; minutes: number };
  facilitator_invitation: Common & { gathering: GatheringView; mode: "new" | "changed"; changes: string[] };
  facilitator_cancellation: Common & { gathering: GatheringView; mode: "cancelled" | "removed"; reason: string | null };
  feedback_request: Common & { gathering: GatheringView; link: string };
  reflection_reminder: Common & { reflection: "baseline" | "closing"; link: string; preferences: string };
  reflection_prompt_reminder: Common & { gathering: GatheringView; link: string; expires: string; preferences: string };
  consultation_deadline_reminder: Common & ConsultationProgress & { preferences: string };
  consultation_deadline_moved: Common & ConsultationProgress & { previous: string };
  report_started_union: Common & { deadline: string | null; link: string };
  /** Each list's lines are written in the recipient's language when loaded; `items` counts them all. */
  weekly_digest: Common & {
    week: number;
    items: number;
    unanswered: DigestLine[];
    rollCalls: DigestLine[];
    reports: DigestLine[];
    preferences: string;
  };
};

/**
 * The consultation and where the invitee stands in it: `progress` "drafts" (with how many of the
 * version's sections have one) or "nothing" written yet; the link goes to the review page for drafts.
 */
type ConsultationProgress = {
  document: string;
  version: number;
  deadline: string;
  link: string;
  progress: "drafts" | "nothing";
  drafted: number;
  sections: number;
};

/** `label`, not `text`: a template's `{{text}}` would call the catalogue helper of that name. */
export type DigestLine = { label: string; link: string };

/** The calendar event, but for DESCRIPTION, which is written from the gathering's details. */
export type CalendarSpec = Omit<CalendarInvite, "description">;

export type Content<K extends EmailKind> = {
  model: EmailModels[K];
  replyTo: Address | null;
  calendar: CalendarSpec | null;
};
export type Loaded<K extends EmailKind> = Content<K> | { skip: string };

export type Recipient = { id: number | null; name: string; email: string; locale: Locale };

export type LoadContext = {
  db: Db;
  now: Date;
  appUrl: string;
  /** The organiser address when the programme has no contact person. */
  mailFrom: string;
  recipient: Recipient;
  /** Leave single-use secrets out of the message (when it is kept in the local mailbox). */
  hideSecrets: boolean;
};

function frame(program: ProgramFrame, ctx: LoadContext): { common: Common; contact: Address | null } {
  const contact = program.contactName && program.contactEmail ? { name: program.contactName, address: program.contactEmail } : null;
  return {
    common: {
      organisation: program.organisation,
      programme: program.programme,
      recipient: ctx.recipient.name,
      contact: contact && `${contact.name} (${contact.address})`,
    },
    contact,
  };
}

const link = (ctx: LoadContext, path: string) => `${ctx.appUrl}${path}`;
const preWorkLink = (ctx: LoadContext, gatheringId: number) =>
  hasPreWork(gatheringId, ctx.db) ? link(ctx, `/my/gatherings/${gatheringId}`) : null;

/** Only http(s) addresses become links: a `javascript:` URL typed into a form must stay text. */
function safeWebAddress(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function loadGathering(ctx: LoadContext, gatheringId: number) {
  const q = emailQueries(ctx.db);
  const g = q.gathering.get({ id: gatheringId });
  if (!g) return null;
  const agenda = q.agenda.all({ id: gatheringId });
  const leaders = q.facilitators.all({ id: gatheringId });
  const { gathering, ...program } = g;
  const locale = ctx.recipient.locale;
  const where = [gathering.venueName, gathering.venueAddress].filter(Boolean).join(", ");
  const multiDay = spansDays(gathering.startsAt, gathering.endsAt);
  const view: GatheringView = {
    title: gathering.title,
    date: formatEmailDate(gathering.startsAt, locale),
    when: formatWhen(gathering.startsAt, gathering.endsAt, locale),
    where: where || null,
    online: gathering.onlineUrl || null,
    onlineUrl: safeWebAddress(gathering.onlineUrl),
    theme: gathering.theme || null,
    facilitators: leaders.map((f) => f.name).join(", ") || null,
    agenda: agenda.map((a) => ({
      time: formatAgendaTime(a.startsAt, locale, multiDay),
      title: a.title,
      facilitator: a.facilitator,
    })),
  };
  return { gathering, program, view, location: [where, gathering.onlineUrl].filter(Boolean).join(" · ") };
}

type LoadedGathering = NonNullable<ReturnType<typeof loadGathering>>;

function loadInvitation(ctx: LoadContext, invitationId: number, gatheringId: number) {
  const invitation = emailQueries(ctx.db).invitation.get({ id: invitationId });
  return invitation && invitation.gatheringId === gatheringId ? invitation : null;
}

const rsvpLinks = (invitationId: number, canAccept: boolean): Rsvp => ({
  acceptUrl: rsvpUrl(invitationId, "accepted"),
  declineUrl: rsvpUrl(invitationId, "declined"),
  canAccept,
});

function calendarFor(
  ctx: LoadContext,
  g: LoadedGathering,
  method: CalendarSpec["method"],
  sequence: number,
  organizer: Address | null,
  role?: "CHAIR",
): CalendarSpec {
  return {
    method,
    uid: gatheringUid(g.gathering.id, ctx.appUrl),
    sequence,
    title: g.gathering.title,
    location: g.location,
    start: g.gathering.startsAt,
    end: g.gathering.endsAt,
    organizer: organizer ? { name: organizer.name, email: organizer.address } : { name: g.program.organisation, email: ctx.mailFrom },
    attendee: { name: ctx.recipient.name, email: ctx.recipient.email, role },
    stamp: ctx.now,
  };
}

/** The column names the gatherings code reports as changed, grouped as a reader thinks of them. */
const changeLabels: Record<string, EmailTextKey> = {
  title: "changed.title",
  theme: "changed.theme",
  kind: "changed.kind",
  startsAt: "changed.time",
  endsAt: "changed.time",
  venueName: "changed.venue",
  venueAddress: "changed.venue",
  onlineUrl: "changed.onlineUrl",
  agenda: "changed.agenda",
  facilitators: "changed.facilitators",
  capacity: "changed.capacity",
};

export function describeChanges(changed: string[], locale: Locale): string[] {
  const language = emailLanguage(locale);
  const labels = new Set(changed.map((field) => changeLabels[field] ?? "changed.other"));
  return [...labels].map((key) => emailText(language, key));
}

type Loader<K extends EmailKind> = (payload: EmailPayloads[K], ctx: LoadContext) => Loaded<K>;

/** For the kinds about a gathering: the gathering, or why there is nothing to send. */
function gatheringOrSkip(ctx: LoadContext, gatheringId: number) {
  const g = loadGathering(ctx, gatheringId);
  return g ?? { skip: `gathering ${gatheringId} no longer exists` };
}

/**
 * For the kinds sent to one invitee: the gathering, the invitation and the frame, or why the message
 * no longer applies (`stillApplies` gives the reason, or null when it does).
 */
function forInvitee(
  ctx: LoadContext,
  { gatheringId, invitationId }: { gatheringId: number; invitationId: number },
  stillApplies: (gathering: LoadedGathering["gathering"]) => string | null,
) {
  const g = gatheringOrSkip(ctx, gatheringId);
  if ("skip" in g) return g;
  const reason = stillApplies(g.gathering);
  if (reason) return { skip: reason };
  const invitation = loadInvitation(ctx, invitationId, gatheringId);
  if (!invitation) return { skip: "the invitation no longer exists" };
  return { ...g, invitation, ...frame(g.program, ctx) };
}

const loaders: { [K in EmailKind]: Loader<K> } = {
  invitation(payload, ctx) {
    const g = forInvitee(ctx, payload, (gathering) =>
      gathering.status === "cancelled" ? "the gathering is cancelled" : gathering.startsAt <= ctx.now ? "the gathering has started" : null,
    );
    if ("skip" in g) return g;
    return {
      model: { ...g.common, gathering: g.view, rsvp: rsvpLinks(g.invitation.id, true), preWork: preWorkLink(ctx, g.gathering.id) },
      replyTo: g.contact,
      calendar: calendarFor(ctx, g, "REQUEST", payload.sequence, g.contact),
    };
  },

  reminder(payload, ctx) {
    const g = forInvitee(ctx, payload, (gathering) =>
      gathering.status !== "confirmed"
        ? `the gathering is ${gathering.status}`
        : gathering.startsAt <= ctx.now
          ? "the gathering has started"
          : null,
    );
    if ("skip" in g) return g;
    const { invitation, common, contact } = g;
    if (invitation.rsvp === "declined") return { skip: "the invitee has declined" };
    return {
      model: {
        ...common,
        gathering: g.view,
        rsvp: rsvpLinks(invitation.id, invitation.rsvp === "pending"),
        preWork: preWorkLink(ctx, g.gathering.id),
        days: payload.daysBefore,
        tomorrow: payload.daysBefore === 1,
        accepted: invitation.rsvp === "accepted",
        waitlisted: invitation.rsvp === "waitlisted",
        pending: invitation.rsvp === "pending",
      },
      replyTo: contact,
      calendar: null,
    };
  },

  change_notice(payload, ctx) {
    const g = forInvitee(ctx, payload, (gathering) =>
      gathering.status === "cancelled"
        ? "the gathering is cancelled (the cancellation tells)"
        : gathering.endsAt <= ctx.now
          ? "the gathering is over"
          : null,
    );
    if ("skip" in g) return g;
    const { invitation, common, contact } = g;
    return {
      model: {
        ...common,
        gathering: g.view,
        rsvp: rsvpLinks(invitation.id, invitation.rsvp !== "accepted"),
        changes: describeChanges(payload.changed, ctx.recipient.locale),
      },
      replyTo: contact,
      calendar: calendarFor(ctx, g, "REQUEST", payload.sequence, contact),
    };
  },

  cancellation(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    const { common, contact } = frame(g.program, ctx);
    return {
      model: { ...common, gathering: g.view, reason: g.gathering.cancelReason || null },
      replyTo: contact,
      calendar: calendarFor(ctx, g, "CANCEL", payload.sequence, contact),
    };
  },

  invitation_withdrawn(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    if (g.gathering.status === "cancelled") return { skip: "the gathering is cancelled (the cancellation tells)" };
    if (g.gathering.startsAt <= ctx.now) return { skip: "the gathering has started" };
    if (
      ctx.recipient.id !== null &&
      emailQueries(ctx.db).invitationOf.get({ gatheringId: payload.gatheringId, personId: ctx.recipient.id })
    ) {
      return { skip: "the person has been invited again" };
    }
    const { common, contact } = frame(g.program, ctx);
    return {
      model: { ...common, gathering: g.view },
      replyTo: contact,
      calendar: calendarFor(ctx, g, "CANCEL", payload.sequence, contact),
    };
  },

  waitlist_promoted(payload, ctx) {
    const g = forInvitee(ctx, payload, (gathering) =>
      gathering.status === "cancelled" ? "the gathering is cancelled" : gathering.startsAt <= ctx.now ? "the gathering has started" : null,
    );
    if ("skip" in g) return g;
    // Declined again before the message went out: the place is no longer theirs to be told about.
    if (g.invitation.rsvp !== "accepted") return { skip: `the invitation is ${g.invitation.rsvp}, no longer holding the place` };
    return {
      model: { ...g.common, gathering: g.view, rsvp: rsvpLinks(g.invitation.id, false) },
      replyTo: g.contact,
      calendar: calendarFor(ctx, g, "REQUEST", payload.sequence, g.contact),
    };
  },

  reflection_prompt(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    const { common, contact } = frame(g.program, ctx);
    // The link opens this leader's private reflection form: a copy kept for coordinators must not.
    const url = ctx.hideSecrets ? link(ctx, "/r/…") : reflectionLinkUrl(payload.token);
    return {
      model: { ...common, gathering: g.view, link: url, days: reflectionLinkDays },
      replyTo: contact,
      calendar: null,
    };
  },

  bulk_message(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    const sender = emailQueries(ctx.db).person.get({ id: payload.senderId });
    const { common, contact } = frame(g.program, ctx);
    return {
      model: {
        ...common,
        gathering: g.view,
        sender: sender?.name ?? g.program.organisation,
        messageSubject: payload.subject,
        body: payload.body,
      },
      replyTo: sender ? { name: sender.name, address: sender.email } : contact,
      calendar: null,
    };
  },

  consultation_opened(payload, ctx) {
    const found = forConsultation(ctx, payload.consultationId);
    if ("skip" in found) return found;
    const { consultation: c, common, contact } = found;
    return {
      model: {
        ...common,
        document: c.document,
        version: c.version,
        deadline: formatDeadline(c.deadline, ctx.recipient.locale),
        link: link(ctx, `/programs/${c.programId}/direction`),
      },
      replyTo: contact,
      calendar: null,
    };
  },

  consultation_answered(payload, ctx) {
    const found = forConsultation(ctx, payload.consultationId);
    if ("skip" in found) return found;
    const { consultation: c, common, contact } = found;
    return {
      model: {
        ...common,
        document: c.document,
        version: c.version,
        decided: payload.decidedNumber,
        link: link(ctx, `/consultations/${payload.consultationId}`),
      },
      replyTo: contact,
      calendar: null,
    };
  },

  report_requested(payload, ctx) {
    const q = emailQueries(ctx.db);
    const r = q.reportRequest.get({ id: payload.requestId });
    const program = r && q.program.get({ id: r.request.programId });
    if (!r || !program) return { skip: `report request ${payload.requestId} no longer exists` };
    const { common } = frame(program, ctx);
    return {
      model: {
        ...common,
        requester: r.requester,
        due: formatDay(r.request.dueOn, ctx.recipient.locale),
        focus: [r.level, r.request.focusText].filter(Boolean).join(": ") || null,
        link: link(ctx, `/programs/${r.request.programId}/report`),
      },
      replyTo: { name: r.requester, address: r.requesterEmail },
      calendar: null,
    };
  },

  report_submitted: (payload, ctx) =>
    reportMessage(ctx, payload.reportId, (report, submitter, common) => ({
      submitter: submitter ?? common.organisation,
      link: link(ctx, `/reports/${report.id}`),
    })),

  report_returned: (payload, ctx) =>
    reportMessage(ctx, payload.reportId, (report) => ({
      comment: report.returnComment || null,
      link: link(ctx, `/programs/${report.programId}/report`),
    })),

  report_published: (payload, ctx) => reportMessage(ctx, payload.reportId, (report) => ({ link: link(ctx, `/reports/${report.id}`) })),

  account_invitation: (payload, ctx) =>
    accountMessage(ctx, "invitation", payload.token, () => {
      const inviter = payload.inviterId === null ? null : (emailQueries(ctx.db).person.get({ id: payload.inviterId })?.name ?? null);
      // The text chooses its wording by `invitedBy` (an ICU select), naming the inviter when there is one.
      return { days: Math.round(accountLinkLifetimeMs.invitation / dayMs), inviter, invitedBy: inviter ? "person" : "none" };
    }),
  password_reset: (payload, ctx) => accountMessage(ctx, "reset", payload.token, () => ({ minutes: accountLinkLifetimeMs.reset / 60_000 })),
  sign_in_link: (payload, ctx) =>
    accountMessage(ctx, "sign_in", payload.token, () => ({ minutes: accountLinkLifetimeMs.sign_in / 60_000 })),

  facilitator_invitation(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    if (g.gathering.status === "cancelled") return { skip: "the gathering is cancelled (the cancellation tells)" };
    if (g.gathering.startsAt <= ctx.now) return { skip: "the gathering has started" };
    if (!leads(ctx, payload.gatheringId, payload.facilitatorId)) return { skip: "the facilitator no longer leads the gathering" };
    const { common, contact } = frame(g.program, ctx);
    return {
      model: {
        ...common,
        gathering: g.view,
        mode: payload.changed.length ? "changed" : "new",
        changes: describeChanges(payload.changed, ctx.recipient.locale),
      },
      replyTo: contact,
      calendar: calendarFor(ctx, g, "REQUEST", payload.sequence, contact, "CHAIR"),
    };
  },

  facilitator_cancellation(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    const cancelled = g.gathering.status === "cancelled";
    if (!cancelled && g.gathering.startsAt <= ctx.now) return { skip: "the gathering has started" };
    if (!cancelled && leads(ctx, payload.gatheringId, payload.facilitatorId)) return { skip: "the facilitator leads the gathering again" };
    const { common, contact } = frame(g.program, ctx);
    return {
      model: {
        ...common,
        gathering: g.view,
        mode: cancelled ? "cancelled" : "removed",
        reason: (cancelled && g.gathering.cancelReason) || null,
      },
      replyTo: contact,
      calendar: calendarFor(ctx, g, "CANCEL", payload.sequence, contact, "CHAIR"),
    };
  },

  feedback_request(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    const { common, contact } = frame(g.program, ctx);
    // Signed for this person; a copy kept for coordinators carries no working link.
    const url = ctx.hideSecrets ? link(ctx, "/f/…") : link(ctx, feedbackLinkPath(payload.token));
    return { model: { ...common, gathering: g.view, link: url }, replyTo: contact, calendar: null };
  },

  reflection_reminder(payload, ctx) {
    const program = emailQueries(ctx.db).program.get({ id: payload.programId });
    if (!program || ctx.recipient.id === null) return { skip: `programme ${payload.programId} no longer exists` };
    // Written (or no longer asked for) since the reminder was queued: the reason is kept on the outbox row.
    if (!reflectionStillDue(ctx.recipient.id, payload.programId, payload.reflection, ctx.now)) {
      return { skip: `the ${payload.reflection} reflection is written or no longer asked for` };
    }
    const { common, contact } = frame(program, ctx);
    return {
      model: {
        ...common,
        reflection: payload.reflection,
        link: link(ctx, `/my/reflections/new?programId=${payload.programId}&kind=${payload.reflection}`),
        preferences: link(ctx, "/account/notifications"),
      },
      replyTo: contact,
      calendar: null,
    };
  },

  reflection_prompt_reminder(payload, ctx) {
    const g = gatheringOrSkip(ctx, payload.gatheringId);
    if ("skip" in g) return g;
    if (ctx.recipient.id === null) return { skip: "the recipient no longer exists" };
    if (hasReflectedOnGathering(ctx.recipient.id, payload.gatheringId)) return { skip: "the reflection on the gathering is written" };
    const state = inspectReflectionLink(payload.token, ctx.now);
    if (state.state !== "valid") return { skip: `the prompt's link is ${state.state}` };
    const { common, contact } = frame(g.program, ctx);
    return {
      model: {
        ...common,
        gathering: g.view,
        link: ctx.hideSecrets ? link(ctx, "/r/…") : reflectionLinkUrl(payload.token),
        expires: formatDay(osloDay(state.expiresAt), ctx.recipient.locale),
        preferences: link(ctx, "/account/notifications"),
      },
      replyTo: contact,
      calendar: null,
    };
  },

  consultation_deadline_reminder(payload, ctx) {
    const c = forDeadlineNotice(ctx, payload, "the deadline has moved since (a reminder for the new one follows)");
    if ("skip" in c) return c;
    return {
      model: { ...c.common, ...c.model, preferences: link(ctx, "/account/notifications") },
      replyTo: c.contact,
      calendar: null,
    };
  },

  report_started_union(payload, ctx) {
    const q = emailQueries(ctx.db);
    const r = q.report.get({ id: payload.reportId });
    const program = r && q.program.get({ id: r.report.programId });
    if (!r || !program || ctx.recipient.id === null) return { skip: `report ${payload.reportId} no longer exists` };
    if (r.report.status !== "draft") return { skip: `the report is already ${r.report.status}` };
    if ((r.report.narrative as Narrative).unionStatement?.trim()) return { skip: "the union statement has been given" };
    if (!inUnionSecretariat(ctx.db, r.report.programId, ctx.recipient.id)) {
      return { skip: "the recipient no longer sits in the secretariat as a union representative" };
    }
    const request = r.report.requestId ? q.reportRequest.get({ id: r.report.requestId }) : undefined;
    const { common, contact } = frame(program, ctx);
    return {
      model: {
        ...common,
        deadline: request ? formatDay(request.request.dueOn, ctx.recipient.locale) : null,
        link: link(ctx, `/programs/${r.report.programId}/report/${r.report.id}`),
      },
      replyTo: contact,
      calendar: null,
    };
  },

  consultation_deadline_moved(payload, ctx) {
    const c = forDeadlineNotice(ctx, payload, "the deadline has moved again (a later notice tells)");
    if ("skip" in c) return c;
    // Moved and moved back within the settling window: nothing has changed for them.
    if (Date.parse(payload.previousDeadline) === Date.parse(payload.deadline)) return { skip: "the deadline is back where it was" };
    return {
      model: { ...c.common, ...c.model, previous: formatDeadline(new Date(payload.previousDeadline), ctx.recipient.locale) },
      replyTo: c.contact,
      calendar: null,
    };
  },

  weekly_digest(payload, ctx) {
    if (ctx.recipient.id === null) return { skip: "the recipient no longer exists" };
    if (isoWeekOf(ctx.now) !== payload.week) return { skip: `week ${payload.week} is over` };
    const data = weeklyDigestData(ctx.db, ctx.recipient.id, ctx.now);
    if (!data) return { skip: "the recipient is no longer a coordinator" };
    const locale = ctx.recipient.locale;
    const language = emailLanguage(locale);
    const today = osloDay(ctx.now);
    const line = (key: EmailTextKey, values: MessageValues, path: string): DigestLine => ({
      label: emailText(language, key, values),
      link: link(ctx, path),
    });
    const unanswered = data.unanswered.map((g) =>
      line(
        "weekly_digest.unansweredLine",
        { gathering: g.title, programme: g.programme, date: formatEmailDate(g.startsAt, locale), pending: g.pending, invited: g.invited },
        `/gatherings/${g.id}`,
      ),
    );
    const rollCalls = data.rollCalls.map((g) =>
      line(
        "weekly_digest.rollCallLine",
        { gathering: g.title, programme: g.programme, date: formatEmailDate(g.startsAt, locale) },
        `/gatherings/${g.id}/roll-call`,
      ),
    );
    const reports = data.reports.map((r) =>
      line(
        "weekly_digest.reportLine",
        { programme: r.programme, due: formatDay(r.dueOn, locale), overdue: r.dueOn < today ? "yes" : "no" },
        `/programs/${r.programId}/report`,
      ),
    );
    const items = unanswered.length + rollCalls.length + reports.length;
    if (items === 0) return { skip: "nothing to follow up this week" };
    return {
      model: {
        organisation: data.organisation,
        programme: "Samling",
        recipient: ctx.recipient.name,
        contact: null,
        week: weekNumber(payload.week),
        items,
        unanswered,
        rollCalls,
        reports,
        preferences: link(ctx, "/account/notifications"),
      },
      replyTo: null,
      calendar: null,
    };
  },
};

type Consultation = NonNullable<ReturnType<ReturnType<typeof emailQueries>["consultation"]["get"]>>;

/** The consultation and its programme's frame, or a skip when either no longer exists. */
function forConsultation(
  ctx: LoadContext,
  consultationId: number,
): ({ consultation: Consultation } & ReturnType<typeof frame>) | { skip: string } {
  const q = emailQueries(ctx.db);
  const consultation = q.consultation.get({ id: consultationId });
  const program = consultation && q.program.get({ id: consultation.programId });
  if (!consultation || !program) return { skip: `consultation ${consultationId} no longer exists` };
  return { consultation, ...frame(program, ctx) };
}

/**
 * For the deadline e-mails: the consultation and the invitee's progress, or why the message no longer
 * applies — the version is decided, the consultation has closed, the deadline has moved since (`moved`
 * says why that makes this message stale), or the person has submitted meanwhile.
 */
function forDeadlineNotice(
  ctx: LoadContext,
  payload: { consultationId: number; deadline: string },
  moved: string,
): { common: Common; contact: Address | null; model: ConsultationProgress } | { skip: string } {
  const found = forConsultation(ctx, payload.consultationId);
  if ("skip" in found) return found;
  const { consultation: c, ...framed } = found;
  if (ctx.recipient.id === null) return { skip: `consultation ${payload.consultationId} no longer exists` };
  if (c.versionStatus === "decided") return { skip: "the consulted version is decided" };
  if (c.deadline <= ctx.now) return { skip: "the consultation has closed" };
  const standing = inviteeProgress(ctx.db, payload.consultationId, ctx.recipient.id);
  if (!hasNotSubmitted(standing)) return { skip: "the invitee has submitted their comments" };
  if (c.deadline.getTime() !== Date.parse(payload.deadline)) return { skip: moved };
  const progress = standing.drafts > 0 ? "drafts" : "nothing";
  return {
    ...framed,
    model: {
      document: c.document,
      version: c.version,
      deadline: formatDeadline(c.deadline, ctx.recipient.locale),
      link: link(ctx, `/consultations/${payload.consultationId}${progress === "drafts" ? "/review" : ""}`),
      progress,
      drafted: standing.drafts,
      sections: standing.sections,
    },
  };
}

/** Whether the facilitator still leads the gathering (they may have been removed, or added back). */
const leads = (ctx: LoadContext, gatheringId: number, facilitatorId: number) =>
  ctx.db
    .select({ id: gatheringFacilitators.facilitatorId })
    .from(gatheringFacilitators)
    .where(and(eq(gatheringFacilitators.gatheringId, gatheringId), eq(gatheringFacilitators.facilitatorId, facilitatorId)))
    .get() !== undefined;

type AccountKind = "account_invitation" | "password_reset" | "sign_in_link";

/**
 * The account messages: framed by the recipient's organisation rather than a programme, skipped when
 * the link was used or replaced before the message went out. The link lets its holder in, so the copy
 * kept in the local mailbox (which coordinators read) has it left out.
 */
function accountMessage<K extends AccountKind>(
  ctx: LoadContext,
  purpose: AccountTokenPurpose,
  token: string,
  details: () => Omit<EmailModels[K], keyof Common | "link">,
): Loaded<K> {
  const org = ctx.recipient.id
    ? ctx.db
        .select({ name: organisations.name })
        .from(people)
        .innerJoin(organisations, eq(organisations.id, people.organisationId))
        .where(eq(people.id, ctx.recipient.id))
        .get()
    : undefined;
  if (!org) return { skip: "the recipient no longer exists" };
  if (!accountTokenUsable(token)) return { skip: "the link was used, replaced or has expired" };
  const path = accountLinkPath(purpose, ctx.hideSecrets ? "…" : token);
  return {
    model: {
      organisation: org.name,
      programme: "Samling",
      recipient: ctx.recipient.name,
      contact: null,
      link: link(ctx, path),
      ...details(),
    } as EmailModels[K],
    replyTo: null,
    calendar: null,
  };
}

type ReportKind = "report_submitted" | "report_returned" | "report_published";

/** The three report messages share their frame: the report, its programme and who submitted it. */
function reportMessage<K extends ReportKind>(
  ctx: LoadContext,
  reportId: number,
  details: (report: typeof finalReports.$inferSelect, submitter: string | null, common: Common) => Omit<EmailModels[K], keyof Common>,
): Loaded<K> {
  const q = emailQueries(ctx.db);
  const r = q.report.get({ id: reportId });
  const program = r && q.program.get({ id: r.report.programId });
  if (!r || !program) return { skip: `report ${reportId} no longer exists` };
  const { common, contact } = frame(program, ctx);
  return {
    model: { ...common, ...details(r.report, r.submitter, common) } as EmailModels[K],
    replyTo: contact,
    calendar: null,
  };
}

export function loadContent<K extends EmailKind>(kind: K, payload: EmailPayloads[K], ctx: LoadContext): Loaded<K> {
  return (loaders[kind] as Loader<K>)(payload, ctx);
}
