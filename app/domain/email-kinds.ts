/**
 * The e-mails Samling sends and what each outbox row carries. Payloads hold ids, not text: the
 * message is rendered when it is sent, from the data as it is then (so a change notice that waited
 * out its settling window shows the final state).
 */
export type EmailPayloads = {
  invitation: { gatheringId: number; invitationId: number; sequence: number };
  reminder: { gatheringId: number; invitationId: number; daysBefore: number };
  change_notice: { gatheringId: number; invitationId: number; sequence: number; changed: string[] };
  cancellation: { gatheringId: number; invitationId: number; sequence: number };
  /** One person's invitation taken back (their union participation mode changed, or the coordinator removed them). */
  invitation_withdrawn: { gatheringId: number; sequence: number };
  /** A place came free and the invitation moved from the waitlist to accepted. */
  waitlist_promoted: { gatheringId: number; invitationId: number; sequence: number };
  /** `token` is the single-use secret of the link to the reflection form (see reflection_links). */
  reflection_prompt: { gatheringId: number; token: string };
  bulk_message: { gatheringId: number; senderId: number; subject: string; body: string };
  consultation_opened: { consultationId: number };
  /** A version was decided (`decidedNumber`), settling the consultation the recipient commented in. */
  consultation_answered: { consultationId: number; decidedNumber: number };
  report_requested: { requestId: number };
  report_published: { reportId: number };
  report_returned: { reportId: number };
  report_submitted: { reportId: number };
  /** `token`: the single-use secret of an account link (see account_tokens); `inviterId` who invited. */
  account_invitation: { token: string; inviterId: number | null };
  password_reset: { token: string };
  sign_in_link: { token: string };
  /**
   * To a facilitator of a gathering (internal or external, with or without an account): the calendar
   * request for the gathering they lead; `changed` is empty for the first one, else what changed.
   */
  facilitator_invitation: { gatheringId: number; facilitatorId: number; sequence: number; changed: string[] };
  /** The gathering was cancelled, or this facilitator no longer leads it: the calendar cancellation. */
  facilitator_cancellation: { gatheringId: number; facilitatorId: number; sequence: number };
  /** After a held gathering, to each person marked present: `token` signs the link to the feedback form. */
  feedback_request: { gatheringId: number; token: string };
  /**
   * A baseline or closing reflection not yet written: `step` 1 when it comes due, 2 a week later,
   * "coordinator" when the coordinator reminds from the status page. Optional (notification preferences).
   */
  reflection_reminder: { programId: number; reflection: "baseline" | "closing"; step: 1 | 2 | "coordinator" };
  /** The after-gathering reflection prompt's link unused after some days; `token` is that prompt's link. */
  reflection_prompt_reminder: { gatheringId: number; token: string };
  /**
   * Two days before a consultation's deadline, to an invitee who has not submitted; `deadline` (ISO) is
   * the one reminded of, so a reminder for a deadline since moved is skipped. Optional.
   */
  consultation_deadline_reminder: { consultationId: number; deadline: string };
  /** The coordinator moved the deadline (ISO instants): the one the invitee knew, and the newest. */
  consultation_deadline_moved: { consultationId: number; previousDeadline: string; deadline: string };
  /** A final report was started: to each union representative in the secretariat, whose statement it needs. */
  report_started_union: { reportId: number };
  /**
   * The coordinator's Monday digest for ISO week `week` ("2027-W02"): what to follow up in the
   * organisation's programmes, computed when it is sent. Optional (notification preferences).
   */
  weekly_digest: { week: string };
};

export type EmailKind = keyof EmailPayloads;

export const emailKinds = [
  "invitation",
  "reminder",
  "change_notice",
  "cancellation",
  "invitation_withdrawn",
  "waitlist_promoted",
  "reflection_prompt",
  "bulk_message",
  "consultation_opened",
  "report_requested",
  "report_published",
  "report_returned",
  "report_submitted",
  "account_invitation",
  "password_reset",
  "sign_in_link",
  "facilitator_invitation",
  "facilitator_cancellation",
  "feedback_request",
  "reflection_reminder",
  "reflection_prompt_reminder",
  "consultation_answered",
  "consultation_deadline_reminder",
  "consultation_deadline_moved",
  "report_started_union",
  "weekly_digest",
] as const satisfies readonly EmailKind[];
