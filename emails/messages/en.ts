import type { nb } from "./nb";

/** E-mail text in English; the same keys as the bokmål catalogue (see nb.ts for how it is used). */
export const en: Record<keyof typeof nb, string> = {
  lang: "en",
  greeting: "Hello {recipient},",
  footer: "Sent automatically by Samling.",
  footerContact: "Questions can be directed to {contact}.",
  "details.when": "When",
  "details.where": "Where",
  "details.online": "Online",
  "details.theme": "Theme",
  "details.facilitators": "Facilitators",
  "details.agenda": "Agenda",
  "rsvp.prompt": "Answer with one of the buttons so we know whether you are coming:",
  "rsvp.accept": "I will attend",
  "rsvp.decline": "I cannot attend",
  calendarNote:
    "The calendar invitation is attached. Please answer with the buttons above; an answer given in your calendar program is not recorded in Samling.",
  preWork: "There is pre-work for the gathering. You will find it on the gathering page:",
  "dates.sameDay": "{date}, {start}–{end}",
  "dates.range": "{startDate} {start} – {endDate} {end}",
  "dates.at": "{date}, {time}",

  "invitation.subject": "Invitation: {gatheringTitle} {gatheringDate}",
  "invitation.preview": "You are invited to {gatheringTitle}, {gatheringWhen}.",
  "invitation.intro": "You are invited to {gatheringTitle} in {programme}.",
  "invitation.why": "You receive this e-mail because you are invited to a gathering in {programme}.",

  "reminder.subject": "Reminder: {gatheringTitle} {gatheringDate}",
  "reminder.preview": "{gatheringTitle} starts {gatheringWhen}.",
  "reminder.intro": "{gatheringTitle} is in {days, plural, one {# day} other {# days}}.",
  "reminder.introTomorrow": "{gatheringTitle} is tomorrow.",
  "reminder.accepted": "You have accepted – welcome!",
  "reminder.waitlisted": "You are on the waiting list. We will let you know if a place becomes available.",
  "reminder.pending": "You have not answered yet. Please let us know whether you are coming.",
  "reminder.rsvp.decline": "I can no longer attend",
  "reminder.why": "You receive this reminder because you are invited to a gathering in {programme} and have not declined.",

  "waitlist_promoted.subject": "You have a place: {gatheringTitle} {gatheringDate}",
  "waitlist_promoted.preview": "A place came free at {gatheringTitle}, {gatheringWhen}, and it is yours.",
  "waitlist_promoted.intro":
    "You were on the waiting list for {gatheringTitle} in {programme}. A place has come free and it is yours – welcome!",
  "waitlist_promoted.rsvp.prompt": "If you cannot come after all, let us know so the place goes to the next person:",
  "waitlist_promoted.rsvp.decline": "I cannot come after all",
  "waitlist_promoted.why": "You receive this e-mail because you were on the waiting list for a gathering in {programme}.",

  "change_notice.subject": "Changed: {gatheringTitle} {gatheringDate}",
  "change_notice.preview": "{gatheringTitle} has changed. See what applies now.",
  "change_notice.heading": "Changed: {gatheringTitle}",
  "change_notice.intro": "The gathering has changed. This is new:",
  "change_notice.now": "The gathering as it is now:",
  "change_notice.rsvp.prompt": "Does it still suit you? Let us know if your answer has changed:",
  "change_notice.calendarNote": "The updated calendar invitation is attached and replaces the one you already have.",
  "change_notice.why": "You receive this e-mail because you are invited to a gathering in {programme} that has changed.",
  "changed.title": "Title",
  "changed.theme": "Theme",
  "changed.kind": "Kind of gathering",
  "changed.time": "Time",
  "changed.venue": "Venue",
  "changed.onlineUrl": "Link for taking part online",
  "changed.agenda": "Agenda",
  "changed.facilitators": "Facilitators",
  "changed.capacity": "Number of places",
  "changed.other": "Other details",

  "cancellation.subject": "Cancelled: {gatheringTitle} {gatheringDate}",
  "cancellation.preview": "{gatheringTitle} on {gatheringWhen} is cancelled.",
  "cancellation.heading": "Cancelled: {gatheringTitle}",
  "cancellation.intro": "{gatheringTitle}, {gatheringWhen}, is cancelled.",
  "cancellation.reasonLabel": "Reason",
  "cancellation.calendarNote": "The cancellation is attached, so the meeting is removed from your calendar.",
  "cancellation.why": "You receive this e-mail because you were invited to the gathering in {programme}.",

  "invitation_withdrawn.subject": "Invitation withdrawn: {gatheringTitle} {gatheringDate}",
  "invitation_withdrawn.preview": "You are no longer invited to {gatheringTitle} on {gatheringWhen}.",
  "invitation_withdrawn.heading": "Invitation withdrawn",
  "invitation_withdrawn.intro":
    "You are no longer invited to {gatheringTitle}, {gatheringWhen}. The gathering takes place as planned for the others invited.",
  "invitation_withdrawn.calendarNote": "A cancellation is attached, so the meeting is removed from your calendar.",
  "invitation_withdrawn.why": "You receive this e-mail because you were invited to the gathering in {programme}.",

  "reflection_prompt.subject": "How was {gatheringTitle}? Write a reflection",
  "reflection_prompt.preview": "A few minutes of reflection after {gatheringTitle}.",
  "reflection_prompt.heading": "How was {gatheringTitle}?",
  "reflection_prompt.intro":
    "Thank you for taking part on {gatheringDate}. Take a few minutes to write down what you take with you into your leader role, while it is fresh in your mind.",
  "reflection_prompt.action": "Write the reflection",
  "reflection_prompt.privacy":
    "Your reflection is visible to you only. The link works once and for {days, plural, one {# day} other {# days}}; after that, sign in to Samling to find the form.",
  "reflection_prompt.why": "You receive this e-mail because you took part in a gathering in {programme}.",

  "bulk_message.subject": "{messageSubject} – {gatheringTitle}",
  "bulk_message.preview": "Message from {sender} about {gatheringTitle}.",
  "bulk_message.intro": "Message from {sender} to the participants of {gatheringTitle} ({gatheringDate}):",
  "bulk_message.why": "You receive this e-mail because you are invited to {gatheringTitle} in {programme}.",

  "consultation_opened.subject": "Consultation: {document} – due {deadline}",
  "consultation_opened.preview": "You are invited to comment by {deadline}.",
  "consultation_opened.heading": "Consultation: {document}",
  "consultation_opened.intro":
    "The secretariat has sent version {version} of {document} out for consultation. You are invited to comment by {deadline}.",
  "consultation_opened.action": "Read and comment",
  "consultation_opened.howTo":
    "You can comment on each section of the document. Your comments are kept as drafts until you submit them, and you will see how each was followed up.",
  "consultation_opened.why": "You receive this e-mail because you are invited to the consultation in {programme}.",

  "report_requested.subject": "Final report requested: {programme}",
  "report_requested.preview": "The directorate asks for a final report by {due}.",
  "report_requested.heading": "The directorate asks for a final report",
  "report_requested.intro": "{requester} of the directorate asks for a final report on {programme} by {due}.",
  "report_requested.focusLabel": "Requested focus",
  "report_requested.action": "Open the final report",
  "report_requested.why": "You receive this e-mail because you are the HR coordinator of {programme}.",

  "report_started_union.subject": "Final report: the union representatives' assessment is needed – {programme}",
  "report_started_union.preview":
    "The final report on {programme} has been started, and the union representatives' own assessment belongs in it.",
  "report_started_union.heading": "The final report needs the union representatives' assessment",
  "report_started_union.intro":
    "The HR coordinator has started writing the final report on {programme}. The report has a part of its own in which the union representatives in the secretariat give their assessment of the programme. It is written in Samling and submitted with the report.",
  "report_started_union.deadlineLabel": "Report deadline",
  "report_started_union.action": "Write the assessment",
  "report_started_union.why": "You receive this e-mail because you are a union representative in the secretariat of {programme}.",

  "weekly_digest.subject": "Weekly digest for week {week}: {items, plural, one {# item} other {# items}} to follow up",
  "weekly_digest.preview": "Unanswered invitations, roll-calls not taken and final reports not yet submitted.",
  "weekly_digest.heading": "Weekly digest for week {week}",
  "weekly_digest.intro": "These are the things to follow up in the programmes of {organisation} this week.",
  "weekly_digest.unansweredHeading": "Invitations not answered",
  "weekly_digest.unansweredLine":
    "{gathering} ({programme}), {date}: {pending, plural, one {# of {invited} has not answered} other {# of {invited} have not answered}}",
  "weekly_digest.rollCallHeading": "Roll-calls not taken",
  "weekly_digest.rollCallLine": "{gathering} ({programme}), {date}",
  "weekly_digest.reportsHeading": "Final reports not yet submitted",
  "weekly_digest.reportLine": "{programme}: {overdue, select, yes {the deadline was {due}} other {due {due}}}",
  "weekly_digest.optOut": "Rather not get the weekly digest? Change your notifications",
  "weekly_digest.why": "You receive this e-mail because you are an HR coordinator in {organisation}.",

  "report_submitted.subject": "Final report submitted: {programme} ({organisation})",
  "report_submitted.preview": "{organisation} has submitted its final report.",
  "report_submitted.heading": "The final report has been submitted",
  "report_submitted.intro": "{submitter} has submitted the final report on {programme} in {organisation}.",
  "report_submitted.action": "Read the report",
  "report_submitted.why": "You receive this e-mail because the directorate asked for this report.",

  "report_returned.subject": "Final report returned: {programme}",
  "report_returned.preview": "The directorate asks for changes to the final report.",
  "report_returned.heading": "The final report has been returned",
  "report_returned.intro": "The directorate has returned the final report on {programme} for changes.",
  "report_returned.commentLabel": "Comment from the directorate",
  "report_returned.action": "Open the final report",
  "report_returned.why": "You receive this e-mail because you are the HR coordinator of {programme}.",

  "report_published.subject": "Final report published: {programme}",
  "report_published.preview": "The final report on {programme} has been published.",
  "report_published.heading": "The final report has been published",
  "report_published.intro": "The final report on {programme} in {organisation} has been published and can be read by the directorate.",
  "report_published.action": "Read the report",

  "account_invitation.subject": "You are invited to Samling – {organisation}",
  "account_invitation.preview": "Activate your account in Samling.",
  "account_invitation.heading": "Welcome to Samling",
  "account_invitation.intro":
    "{invitedBy, select, person {{inviter} has invited you} other {You are invited}} to Samling, where {organisation} runs its leadership development programme: gatherings, sign-ups and reflections. Choose a password to activate your account.",
  "account_invitation.action": "Activate your account",
  "account_invitation.validity":
    "The link works once and for {days} days. If it has expired, ask for a new one on the sign-in page with “Forgot your password?”.",
  "account_invitation.why": "You receive this e-mail because you are registered as a participant in {organisation}.",

  "password_reset.subject": "New password for Samling",
  "password_reset.preview": "The link to choose a new password works for {minutes} minutes.",
  "password_reset.heading": "Choose a new password",
  "password_reset.intro": "Someone, hopefully you, asked to choose a new password for your Samling account.",
  "password_reset.action": "Choose a new password",
  "password_reset.validity":
    "The link works once and for {minutes} minutes. Once you have chosen a new password, you are signed out everywhere else. If you did not ask for this, you can ignore this e-mail.",
  "password_reset.why": "You receive this e-mail because someone asked for a new password for your address in Samling.",

  "sign_in_link.subject": "Your link to sign in to Samling",
  "sign_in_link.preview": "The link works for {minutes} minutes.",
  "sign_in_link.heading": "Sign in to Samling",
  "sign_in_link.intro": "Use the button to sign in without a password.",
  "sign_in_link.action": "Sign in",
  "sign_in_link.validity": "The link works once and for {minutes} minutes. If you did not ask for it, you can ignore this e-mail.",
  "sign_in_link.why": "You receive this e-mail because someone asked for a sign-in link for your address in Samling.",
  "report_published.why": "You receive this e-mail because you follow the final report on {programme}.",
  "facilitator_invitation.subject": "{mode, select, changed {Changed: } other {}}{gatheringTitle} {gatheringDate} – you are facilitating",
  "facilitator_invitation.preview":
    "{mode, select, changed {{gatheringTitle} has changed.} other {You are facilitating {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_invitation.heading": "{mode, select, changed {Changed: {gatheringTitle}} other {{gatheringTitle}}}",
  "facilitator_invitation.intro":
    "{mode, select, changed {The gathering you facilitate has changed. This is new:} other {You are a facilitator of {gatheringTitle} in {programme}. You are not a participant and need not answer the invitation.}}",
  "facilitator_invitation.calendarNote": "The calendar invitation is attached; a later change replaces it.",
  "facilitator_invitation.why": "You receive this e-mail because you are a facilitator of a gathering in {programme}.",
  "facilitator_cancellation.subject":
    "{mode, select, cancelled {Cancelled} other {No longer facilitating}}: {gatheringTitle} {gatheringDate}",
  "facilitator_cancellation.preview":
    "{mode, select, cancelled {{gatheringTitle} {gatheringWhen} is cancelled.} other {You no longer facilitate {gatheringTitle}.}}",
  "facilitator_cancellation.heading":
    "{mode, select, cancelled {Cancelled: {gatheringTitle}} other {You no longer facilitate {gatheringTitle}}}",
  "facilitator_cancellation.intro":
    "{mode, select, cancelled {{gatheringTitle}, {gatheringWhen}, is cancelled.} other {You are no longer a facilitator of {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_cancellation.reasonLabel": "Reason",
  "facilitator_cancellation.calendarNote": "A cancellation is attached, so the meeting is removed from your calendar.",
  "facilitator_cancellation.why": "You receive this e-mail because you were a facilitator of a gathering in {programme}.",
  "feedback_request.subject": "What did you think of {gatheringTitle}? Give brief feedback",
  "feedback_request.preview": "Three short questions about {gatheringTitle}.",
  "feedback_request.heading": "What did you think of {gatheringTitle}?",
  "feedback_request.intro": "Thank you for taking part. Three short questions help us make the next gathering better.",
  "feedback_request.action": "Give feedback",
  "feedback_request.privacy":
    "The link is personal: you sign in as yourself. Answers are stored without names, and figures and text are shown only once at least five have answered.",
  "feedback_request.why": "You receive this e-mail because you took part in a gathering in {programme}.",

  "reflection_reminder.subject":
    "{reflection, select, baseline {Reminder: your baseline reflection in {programme}} other {Reminder: your closing reflection in {programme}}}",
  "reflection_reminder.preview": "Your {reflection, select, baseline {baseline} other {closing}} reflection is not written yet.",
  "reflection_reminder.heading": "{reflection, select, baseline {Write your baseline reflection} other {Write your closing reflection}}",
  "reflection_reminder.intro":
    "{reflection, select, baseline {{programme} has begun. Your baseline reflection is not written yet: it takes a few minutes and later shows you where you started.} other {{programme} is coming to an end. Your closing reflection is not written yet: it shows what you have gained from the programme.}}",
  "reflection_reminder.action": "Write the reflection",
  "reflection_reminder.privacy": "Only you can see your reflection. The coordinator sees only whether it is written, never what you write.",
  "reflection_reminder.optOut": "Rather not get reminders like this? Change your notifications",
  "reflection_reminder.why": "You receive this reminder because you take part in {programme}.",
  "reflection_prompt_reminder.subject": "Reminder: how was {gatheringTitle}?",
  "reflection_prompt_reminder.preview": "The link to your reflection after {gatheringTitle} has not been used yet.",
  "reflection_prompt_reminder.heading": "How was {gatheringTitle}?",
  "reflection_prompt_reminder.intro":
    "A few days ago you received a link to write a reflection after {gatheringTitle} ({gatheringDate}). It has not been used yet, and works until {expires}.",
  "reflection_prompt_reminder.action": "Write the reflection",
  "reflection_prompt_reminder.privacy": "Only you can see your reflection. The link works once.",
  "reflection_prompt_reminder.optOut": "Rather not get reminders like this? Change your notifications",
  "reflection_prompt_reminder.why": "You receive this reminder because you took part in a gathering in {programme}.",

  "consultation_answered.subject": "Your comments have been answered: {document}",
  "consultation_answered.preview": "Read how your comments on {document} were followed up.",
  "consultation_answered.heading": "Your comments have been answered",
  "consultation_answered.intro":
    "Version {decided} of {document} has been decided. The comments you gave in the consultation on version {version} have been answered, and you can read how each was followed up.",
  "consultation_answered.action": "Read the answers",
  "consultation_answered.why": "You receive this e-mail because you commented in the consultation in {programme}.",

  "consultation.progress":
    "{progress, select, drafts {You have drafts on {drafted} of the document's {sections} sections that are not submitted yet. The secretariat sees only comments that are submitted.} other {You have not commented yet. {sections, plural, one {The document has # section} other {The document has # sections}}, and you can comment on each.}}",
  "consultation.action": "{progress, select, drafts {Review and submit your comments} other {Read and comment}}",
  "consultation.privacy": "Your drafts are visible only to you until you submit them.",
  "consultation_deadline_reminder.subject": "Reminder: consultation closes {deadline} – {document}",
  "consultation_deadline_reminder.preview": "Comments on {document} are due by {deadline}.",
  "consultation_deadline_reminder.heading": "The consultation closes soon",
  "consultation_deadline_reminder.intro": "Comments on version {version} of {document} are due by {deadline}.",
  "consultation_deadline_reminder.optOut": "Rather not get reminders like this? Change your notifications",
  "consultation_deadline_reminder.why":
    "You receive this reminder because you are invited to the consultation in {programme} and have not submitted your comments yet.",
  "consultation_deadline_moved.subject": "New consultation deadline {deadline} – {document}",
  "consultation_deadline_moved.preview": "The deadline for comments has moved from {previous} to {deadline}.",
  "consultation_deadline_moved.heading": "The consultation deadline has moved",
  "consultation_deadline_moved.intro": "The deadline for comments on version {version} of {document} has moved. It was {previous}.",
  "consultation_deadline_moved.now": "New deadline: {deadline}",
  "consultation_deadline_moved.why":
    "You receive this e-mail because you are invited to the consultation in {programme} and have not submitted your comments yet.",
};
