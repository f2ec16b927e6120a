import { dayMs } from "../../domain/time";
import type { Locale } from "../../../db/schema";
import type { EmailKind } from "../../domain/email-kinds";
import { gatheringUid } from "../../domain/icalendar";
import { formatDay, osloDay } from "../../i18n/dates";
import { getConfig } from "../config.server";
import { accountLinkLifetimeMs } from "../account-links.server";
import { reflectionLinkDays } from "../reflection-links.server";
import { describeChanges, type Content, type EmailModels, type GatheringView, type Recipient } from "./content.server";
import { formatAgendaTime, formatDeadline, formatEmailDate, formatWhen, spansDays } from "./format.server";
import { renderContent, type RenderedEmail } from "./render.server";
import { clock } from "../clock.server";
import { isoWeekOf, weekNumber } from "../../domain/digest";
import type { MessageValues } from "../../i18n/icu";
import { emailLanguage, emailText, type EmailTextKey } from "./templates.server";

/**
 * Sample data for the template preview: every kind in every language, rendered through the same
 * templates and calendar code as real messages, with made-up people and a gathering three weeks on.
 */

function sampleContent(kind: EmailKind, locale: Locale, now: Date): Content<EmailKind> {
  const appUrl = getConfig().appUrl;
  const link = (path: string) => `${appUrl}${path}`;
  const startDay = new Date(Math.floor(now.getTime() / dayMs) * dayMs + 21 * dayMs);
  const start = new Date(startDay.getTime() + 8 * 3_600_000);
  const end = new Date(start.getTime() + 30 * 3_600_000);
  // Two days, so the agenda rows carry their day.
  const agendaTime = (hours: number) => formatAgendaTime(new Date(start.getTime() + hours * 3_600_000), locale, spansDays(start, end));
  const gathering: GatheringView = {
    title: "Samling 1: Førstelinjelederen",
    date: formatEmailDate(start, locale),
    when: formatWhen(start, end, locale),
    where: "Fjellby hotell, Storgata 12, 2800 Fjellby",
    online: null,
    onlineUrl: null,
    theme: "Rolleforståelse på første nivå",
    facilitators: "Kari Nordvik, Terje Foss",
    agenda: [
      { time: agendaTime(0), title: "Velkommen og hensikt", facilitator: "Terje Foss" },
      { time: agendaTime(1), title: "Fra fagperson til leder", facilitator: "Kari Nordvik" },
      { time: agendaTime(4), title: "Refleksjon i grupper", facilitator: null },
      { time: agendaTime(24), title: "Oppsummering og veien videre", facilitator: "Kari Nordvik" },
    ],
  };
  const common = {
    organisation: "Fjellby politidistrikt",
    programme: "Ledelse i Fjellby 2025–2027",
    recipient: "Lars Øverby",
    contact: "Hege Sandvik (coordinator@example.org)",
  };
  const sampleGathering = { gathering: gathering.title, programme: common.programme, date: gathering.date };
  const digestLine = (key: EmailTextKey, values: MessageValues, path: string) => ({
    label: emailText(emailLanguage(locale), key, values),
    link: link(path),
  });
  const rsvp = { acceptUrl: link("/rsvp/…"), declineUrl: link("/rsvp/…"), canAccept: true };
  const deadline = new Date(startDay.getTime() - 7 * dayMs + 15 * 3_600_000);
  // The deadline e-mails' consultation, to someone with drafts on two of its five sections.
  const consultation = {
    ...common,
    document: "Retningsdokument for lederutviklingsprogrammet",
    version: 2,
    deadline: formatDeadline(deadline, locale),
    link: link("/consultations/1/review"),
    progress: "drafts" as const,
    drafted: 2,
    sections: 5,
  };
  const models: EmailModels = {
    invitation: { ...common, gathering, rsvp, preWork: link("/my/gatherings/…") },
    reminder: {
      ...common,
      gathering,
      rsvp,
      preWork: link("/my/gatherings/…"),
      days: 7,
      tomorrow: false,
      accepted: false,
      waitlisted: false,
      pending: true,
    },
    change_notice: { ...common, gathering, rsvp, changes: describeChanges(["startsAt", "endsAt", "venueName"], locale) },
    cancellation: { ...common, gathering, reason: "For få påmeldte denne gangen; samlingen flyttes til våren." },
    invitation_withdrawn: { ...common, gathering },
    waitlist_promoted: { ...common, gathering, rsvp: { ...rsvp, canAccept: false } },
    reflection_prompt: { ...common, gathering, link: link("/r/…"), days: reflectionLinkDays },
    bulk_message: {
      ...common,
      gathering,
      sender: "Hege Sandvik",
      messageSubject: "Praktisk informasjon",
      body: "Vi starter presis kl. 09:00.\n\nTa med lederavtalen din; vi bruker den i gruppearbeidet.",
    },
    consultation_opened: {
      ...common,
      document: "Retningsdokument for lederutviklingsprogrammet",
      version: 2,
      deadline: formatDeadline(deadline, locale),
      link: link("/programs/1/direction"),
    },
    consultation_answered: {
      ...common,
      document: "Retningsdokument for lederutviklingsprogrammet",
      version: 2,
      decided: 2,
      link: link("/consultations/1"),
    },
    report_requested: {
      ...common,
      requester: "Anne Grete Lunde",
      due: formatDay(osloDay(now.getTime() + 180 * dayMs), locale),
      focus: "Førstelinjeledere: Hvordan programmet har styrket førstelinjeledernes rolleforståelse.",
      link: link("/programs/1/report"),
    },
    report_submitted: { ...common, submitter: "Hege Sandvik", link: link("/reports/1") },
    report_returned: {
      ...common,
      comment: "Takk for rapporten. Kan dere utdype hvordan tillitsvalgte har vært involvert i kull 3?",
      link: link("/programs/1/report"),
    },
    report_published: { ...common, link: link("/reports/1") },
    account_invitation: {
      ...common,
      programme: "Samling",
      contact: null,
      link: link("/account/password/…"),
      days: Math.round(accountLinkLifetimeMs.invitation / dayMs),
      inviter: "Hege Sandvik",
      invitedBy: "person",
    },
    password_reset: {
      ...common,
      programme: "Samling",
      contact: null,
      link: link("/account/password/…"),
      minutes: accountLinkLifetimeMs.reset / 60_000,
    },
    sign_in_link: {
      ...common,
      programme: "Samling",
      contact: null,
      link: link("/login/link/…"),
      minutes: accountLinkLifetimeMs.sign_in / 60_000,
    },
    facilitator_invitation: { ...common, recipient: "Kari Nordvik", gathering, mode: "new", changes: [] },
    facilitator_cancellation: { ...common, recipient: "Kari Nordvik", gathering, mode: "removed", reason: null },
    feedback_request: { ...common, gathering, link: link("/f/…") },
    reflection_reminder: {
      ...common,
      reflection: "baseline",
      link: link("/my/reflections/new?programId=1&kind=baseline"),
      preferences: link("/account/notifications"),
    },
    reflection_prompt_reminder: {
      ...common,
      gathering,
      link: link("/r/…"),
      expires: formatDay(osloDay(now.getTime() + 9 * dayMs), locale),
      preferences: link("/account/notifications"),
    },
    consultation_deadline_reminder: { ...consultation, preferences: link("/account/notifications") },
    consultation_deadline_moved: {
      ...consultation,
      progress: "nothing",
      drafted: 0,
      link: link("/consultations/1"),
      previous: formatDeadline(new Date(deadline.getTime() - 7 * dayMs), locale),
    },
    report_started_union: {
      ...common,
      recipient: "Jan Tore Haug",
      deadline: formatDay(osloDay(now.getTime() + 60 * dayMs), locale),
      link: link("/programs/1/report/1"),
    },
    weekly_digest: {
      ...common,
      programme: "Samling",
      recipient: "Hege Sandvik",
      contact: null,
      week: weekNumber(isoWeekOf(now)),
      items: 4,
      unanswered: [
        digestLine("weekly_digest.unansweredLine", { ...sampleGathering, pending: 7, invited: 24 }, "/gatherings/1"),
        digestLine(
          "weekly_digest.unansweredLine",
          { ...sampleGathering, gathering: "Samling 2: Lederen som coach", pending: 1, invited: 22 },
          "/gatherings/2",
        ),
      ],
      rollCalls: [
        digestLine(
          "weekly_digest.rollCallLine",
          {
            ...sampleGathering,
            gathering: "Verksted: Vanskelige samtaler",
            date: formatEmailDate(new Date(now.getTime() - 5 * dayMs), locale),
          },
          "/gatherings/3/roll-call",
        ),
      ],
      reports: [
        digestLine(
          "weekly_digest.reportLine",
          { programme: common.programme, due: formatDay(osloDay(now.getTime() + 60 * dayMs), locale), overdue: "no" },
          "/programs/1/report",
        ),
      ],
      preferences: link("/account/notifications"),
    },
  };
  const calendarMethod =
    kind === "cancellation" || kind === "invitation_withdrawn" || kind === "facilitator_cancellation"
      ? "CANCEL"
      : kind === "invitation" || kind === "change_notice" || kind === "waitlist_promoted" || kind === "facilitator_invitation"
        ? "REQUEST"
        : null;
  return {
    model: models[kind],
    replyTo: { name: "Hege Sandvik", address: "coordinator@example.org" },
    calendar: calendarMethod && {
      method: calendarMethod,
      uid: gatheringUid(0, appUrl),
      sequence: kind === "invitation" ? 0 : 1,
      title: gathering.title,
      location: gathering.where ?? "",
      start,
      end,
      organizer: { name: "Hege Sandvik", email: "coordinator@example.org" },
      attendee: kind.startsWith("facilitator_")
        ? { name: "Kari Nordvik", email: "facilitator@example.org", role: "CHAIR" }
        : { name: common.recipient, email: "leader@example.org" },
      stamp: now,
    },
  };
}

/** One kind in one language with sample data, exactly as the dispatcher would render it. */
export function renderSample(kind: EmailKind, locale: Locale, now = clock.now()): Promise<RenderedEmail> {
  const recipient: Recipient = { id: null, name: "Lars Øverby", email: "leader@example.org", locale };
  return renderContent(kind, recipient, sampleContent(kind, locale, now));
}
