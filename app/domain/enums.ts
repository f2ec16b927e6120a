/**
 * The closed lists of the domain's words (kinds, statuses, roles, languages). The database schema
 * (db/schema.ts) builds its check constraints from these; the domain, the UI and the server import
 * them from here, never from the schema.
 */
export const organisationKinds = ["police_district", "municipality", "agency"] as const;
export const roles = ["coordinator", "leader", "union_rep", "facilitator", "directorate", "admin"] as const;
export const locales = ["nb", "nn", "sv", "en"] as const;
export const programStatuses = ["planning", "active", "completed", "reported"] as const;
export const memberGroups = ["working_group", "secretariat"] as const;
export const budgetCategories = ["external_partner", "venue", "travel", "materials", "internal_facilitators", "other"] as const;
export const participationModes = ["secretariat", "full", "selected_gatherings", "observer", "informed"] as const;
export const gatheringKinds = ["gathering", "workshop", "joint_gathering", "coaching"] as const;
export const gatheringStatuses = ["planned", "confirmed", "held", "cancelled"] as const;
export const rsvpStatuses = ["pending", "accepted", "waitlisted", "declined"] as const;
export const attendanceStatuses = ["present", "absent", "excused"] as const;
export const reflectionKinds = ["baseline", "gathering", "closing", "free"] as const;
export const reflectionStatuses = ["draft", "submitted"] as const;
export const directionStatuses = ["draft", "consultation", "decided"] as const;
export const consultationGroups = ["union_reps", "secretariat", "working_group", "cohort"] as const;
export const commentStatuses = ["draft", "submitted"] as const;
export const dispositions = ["incorporated", "partly", "not_incorporated"] as const;
export const reportStatuses = ["draft", "submitted", "published"] as const;
/** `skipped`: not sent because it no longer applied when its turn came (e.g. the gathering was cancelled). */
export const emailStatuses = ["queued", "sending", "sent", "failed", "skipped"] as const;
export const facilitatorKinds = ["internal", "external"] as const;

export type Role = (typeof roles)[number];
export type Locale = (typeof locales)[number];
export const nationalStrategyStatuses = ["draft", "published"] as const;
export const accountTokenPurposes = ["invitation", "reset", "sign_in"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];
