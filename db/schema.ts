/**
 * The one model of Samling (see DESIGN.md). Every table the app uses is declared here;
 * `npm run db:generate` turns changes into SQL migrations under db/migrations.
 *
 * Conventions: ids are integer primary keys; instants are UTC milliseconds (`timestamp_ms`);
 * calendar dates without a time (programme period, expense date) are ISO `YYYY-MM-DD` text;
 * money is integer øre (no floats); e-mail addresses are stored lower-cased.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  organisationKinds,
  roles,
  locales,
  programStatuses,
  memberGroups,
  budgetCategories,
  participationModes,
  gatheringKinds,
  gatheringStatuses,
  rsvpStatuses,
  attendanceStatuses,
  reflectionKinds,
  reflectionStatuses,
  directionStatuses,
  consultationGroups,
  commentStatuses,
  dispositions,
  reportStatuses,
  emailStatuses,
  facilitatorKinds,
  nationalStrategyStatuses,
  accountTokenPurposes,
} from "../app/domain/enums";

export * from "../app/domain/enums";

const id = () => integer("id").primaryKey({ autoIncrement: true });
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

// ─── Organisations and their strategy ───────────────────────────────────────

export const organisations = sqliteTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    kind: text("kind", { enum: organisationKinds }).notNull(),
    /** Absences in one programme after which a leader is flagged on the coordinator's home. */
    absenceThreshold: integer("absence_threshold").notNull().default(2),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organisations_name_uq").on(t.name), check("organisations_kind_ck", inList("kind", organisationKinds))],
);

export const units = sqliteTable(
  "units",
  {
    id: id(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("units_org_name_uq").on(t.organisationId, t.name)],
);

/** Ordered per organisation; exactly one may be the first-line level. */
export const leaderLevels = sqliteTable(
  "leader_levels",
  {
    id: id(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    isFirstLine: integer("is_first_line", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("leader_levels_org_name_uq").on(t.organisationId, t.name),
    uniqueIndex("leader_levels_one_first_line_uq")
      .on(t.organisationId)
      .where(sql`is_first_line = 1`),
  ],
);

export const strategies = sqliteTable("strategies", {
  id: id(),
  organisationId: integer("organisation_id")
    .notNull()
    .unique()
    .references(() => organisations.id),
  title: text("title").notNull(),
});

export const focusAreas = sqliteTable(
  "focus_areas",
  {
    id: id(),
    strategyId: integer("strategy_id")
      .notNull()
      .references(() => strategies.id),
    title: text("title").notNull(),
    goal: text("goal").notNull(),
    measures: text("measures").notNull().default(""),
    rationale: text("rationale").notNull().default(""),
    position: integer("position").notNull(),
    /**
     * Set on an organisation's copy of a national focus area (made when it adopts the national
     * strategy): the organisation links goals to it but cannot change it (a trigger refuses edits).
     */
    nationalFocusAreaId: integer("national_focus_area_id").references(() => nationalFocusAreas.id),
  },
  (t) => [
    index("focus_areas_strategy_idx").on(t.strategyId, t.position),
    uniqueIndex("focus_areas_national_uq").on(t.strategyId, t.nationalFocusAreaId),
  ],
);

/**
 * The directorate's national strategy for one kind of organisation, versioned by period (e.g.
 * 2025–2030). Edited while a draft; published versions are frozen and can be adopted.
 */
export const nationalStrategies = sqliteTable(
  "national_strategies",
  {
    id: id(),
    /** The directorate's own organisation. */
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    sectorKind: text("sector_kind", { enum: organisationKinds }).notNull(),
    title: text("title").notNull(),
    fromYear: integer("from_year").notNull(),
    toYear: integer("to_year").notNull(),
    status: text("status", { enum: nationalStrategyStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("national_strategies_period_uq").on(t.organisationId, t.sectorKind, t.fromYear),
    check("national_strategies_kind_ck", inList("sector_kind", organisationKinds)),
    check("national_strategies_status_ck", inList("status", nationalStrategyStatuses)),
    check("national_strategies_period_ck", sql`to_year >= from_year`),
  ],
);

export const nationalFocusAreas = sqliteTable(
  "national_focus_areas",
  {
    id: id(),
    nationalStrategyId: integer("national_strategy_id")
      .notNull()
      .references(() => nationalStrategies.id),
    title: text("title").notNull(),
    goal: text("goal").notNull(),
    measures: text("measures").notNull().default(""),
    rationale: text("rationale").notNull().default(""),
    position: integer("position").notNull(),
  },
  (t) => [index("national_focus_areas_strategy_idx").on(t.nationalStrategyId, t.position)],
);

// ─── People, roles, sign-in ─────────────────────────────────────────────────

export const people = sqliteTable(
  "people",
  {
    id: id(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    /** Always lower-case, so uniqueness is case-insensitive. */
    email: text("email").notNull(),
    preferredLanguage: text("preferred_language", { enum: locales }).notNull().default("nb"),
    unitId: integer("unit_id").references(() => units.id),
    leaderLevelId: integer("leader_level_id").references(() => leaderLevels.id),
    /** scrypt hash; null for people who have not been given a sign-in. */
    passwordHash: text("password_hash"),
    /** Secret for the personal calendar feed; rotating it revokes old subscriptions. */
    calendarToken: text("calendar_token"),
    deactivatedAt: integer("deactivated_at", { mode: "timestamp_ms" }),
    /** When the person first chose a password or signed in by link or single sign-on. */
    activatedAt: integer("activated_at", { mode: "timestamp_ms" }),
    /** Set when personal data was erased; the row stays so anonymous counts hold. */
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("people_email_uq").on(t.email),
    uniqueIndex("people_calendar_token_uq").on(t.calendarToken),
    index("people_org_name_idx").on(t.organisationId, t.name),
    check("people_email_lower_ck", sql`email = lower(email)`),
  ],
);

export const personRoles = sqliteTable(
  "person_roles",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role", { enum: roles }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.role] }), check("person_roles_role_ck", inList("role", roles))],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** sha256 of the random token held in the cookie, so a leaked table cannot be replayed. */
    id: text("id").primaryKey(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    /** The browser's User-Agent at sign-in (cut to 300 characters), for "Mine innlogginger". */
    userAgent: text("user_agent"),
    /** How the session began: password, link (e-mail sign-in link or account link) or sso. */
    method: text("method"),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

/**
 * Fixed-window counters for throttling (sign-in, password reset and sign-in link requests). A
 * request takes a point with one `INSERT … ON CONFLICT DO UPDATE … RETURNING` before any slow work,
 * so parallel requests cannot race past the limit.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  resetAt: integer("reset_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Single-use links that let a person in: an invitation to activate the account (14 days), a password
 * reset (30 minutes) and an e-mail sign-in link (15 minutes). The id is the SHA-256 of the secret.
 */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: text("id").primaryKey(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    purpose: text("purpose", { enum: accountTokenPurposes }).notNull(),
    /** A local path to go to after signing in by link (e.g. the reflection form). */
    redirectTo: text("redirect_to"),
    createdBy: integer("created_by").references(() => people.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_tokens_person_idx").on(t.personId, t.purpose),
    check("account_tokens_purpose_ck", inList("purpose", accountTokenPurposes)),
  ],
);

// ─── Programmes ─────────────────────────────────────────────────────────────

export const programs = sqliteTable(
  "programs",
  {
    id: id(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    title: text("title").notNull(),
    purpose: text("purpose").notNull().default(""),
    mainFocus: text("main_focus").notNull().default(""),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    status: text("status", { enum: programStatuses }).notNull().default("planning"),
    contactPersonId: integer("contact_person_id").references(() => people.id),
    /** true = "no collaborating organisations" was stated explicitly; false with no rows = not stated. */
    noCollaborators: integer("no_collaborators", { mode: "boolean" }).notNull().default(false),
    /**
     * Counts changes to the programme's reflections; triggers (migration 0003) bump it in the same
     * transaction as any insert, update or delete, so cached indicator figures know when they are stale,
     * whichever process or code path wrote.
     */
    reflectionsRevision: integer("reflections_revision").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("programs_org_idx").on(t.organisationId, t.status),
    check("programs_status_ck", inList("status", programStatuses)),
    check("programs_period_ck", sql`period_end >= period_start`),
  ],
);

export const programStatusChanges = sqliteTable(
  "program_status_changes",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    fromStatus: text("from_status", { enum: programStatuses }).notNull(),
    toStatus: text("to_status", { enum: programStatuses }).notNull(),
    reason: text("reason"),
    changedById: integer("changed_by_id").references(() => people.id),
    at: createdAt(),
  },
  (t) => [index("program_status_changes_program_idx").on(t.programId)],
);

export const externalPartners = sqliteTable(
  "external_partners",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    name: text("name").notNull(),
    role: text("role").notNull().default(""),
  },
  (t) => [index("external_partners_program_idx").on(t.programId)],
);

export const collaboratingOrganisations = sqliteTable(
  "collaborating_organisations",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [index("collaborating_organisations_program_idx").on(t.programId)],
);

export const grants = sqliteTable(
  "grants",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .unique()
      .references(() => programs.id),
    fund: text("fund").notNull(),
    category: text("category").notNull(),
    amountAppliedOre: integer("amount_applied_ore").notNull().default(0),
    amountAwardedOre: integer("amount_awarded_ore").notNull().default(0),
    currency: text("currency").notNull().default("NOK"),
  },
  (t) => [
    check("grants_amounts_ck", sql`amount_applied_ore >= 0 and amount_awarded_ore >= 0`),
    index("grants_category_idx").on(t.category),
  ],
);

export const budgetLines = sqliteTable(
  "budget_lines",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    category: text("category", { enum: budgetCategories }).notNull(),
    description: text("description").notNull().default(""),
    amountOre: integer("amount_ore").notNull(),
  },
  (t) => [
    index("budget_lines_program_idx").on(t.programId),
    check("budget_lines_category_ck", inList("category", budgetCategories)),
    check("budget_lines_amount_ck", sql`amount_ore >= 0`),
  ],
);

export const expenses = sqliteTable(
  "expenses",
  {
    id: id(),
    budgetLineId: integer("budget_line_id")
      .notNull()
      .references(() => budgetLines.id),
    spentOn: text("spent_on").notNull(),
    description: text("description").notNull(),
    amountOre: integer("amount_ore").notNull(),
    createdById: integer("created_by_id").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index("expenses_line_idx").on(t.budgetLineId), check("expenses_amount_ck", sql`amount_ore > 0`)],
);

export const programGoals = sqliteTable(
  "program_goals",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
  },
  (t) => [index("program_goals_program_idx").on(t.programId, t.position)],
);

export const programGoalFocusAreas = sqliteTable(
  "program_goal_focus_areas",
  {
    goalId: integer("goal_id")
      .notNull()
      .references(() => programGoals.id, { onDelete: "cascade" }),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.focusAreaId] })],
);

/** Working group and secretariat membership. */
export const programMembers = sqliteTable(
  "program_members",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    memberGroup: text("member_group", { enum: memberGroups }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.memberGroup, t.personId] }),
    index("program_members_person_idx").on(t.personId),
    check("program_members_group_ck", inList("member_group", memberGroups)),
  ],
);

export const cohorts = sqliteTable(
  "cohorts",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    name: text("name").notNull(),
    leaderLevelId: integer("leader_level_id").references(() => leaderLevels.id),
    rolloutOrder: integer("rollout_order").notNull(),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
  },
  (t) => [index("cohorts_program_idx").on(t.programId, t.rolloutOrder)],
);

/** Membership over time: a move ends one row and starts another, so history stays. */
export const cohortMemberships = sqliteTable(
  "cohort_memberships",
  {
    id: id(),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    joinedAt: integer("joined_at", { mode: "timestamp_ms" }).notNull(),
    leftAt: integer("left_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("cohort_memberships_current_uq")
      .on(t.cohortId, t.personId)
      .where(sql`left_at is null`),
    index("cohort_memberships_person_idx").on(t.personId),
  ],
);

export const unionParticipations = sqliteTable(
  "union_participations",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    unionName: text("union_name").notNull(),
    isChiefRepresentative: integer("is_chief_representative", { mode: "boolean" }).notNull().default(false),
    mode: text("mode", { enum: participationModes }).notNull().default("informed"),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("union_participations_program_person_uq").on(t.programId, t.personId),
    index("union_participations_person_idx").on(t.personId),
    check("union_participations_mode_ck", inList("mode", participationModes)),
  ],
);

export const participationModeChanges = sqliteTable(
  "participation_mode_changes",
  {
    id: id(),
    participationId: integer("participation_id")
      .notNull()
      .references(() => unionParticipations.id),
    fromMode: text("from_mode", { enum: participationModes }),
    toMode: text("to_mode", { enum: participationModes }).notNull(),
    changedById: integer("changed_by_id").references(() => people.id),
    at: createdAt(),
  },
  (t) => [index("participation_mode_changes_participation_idx").on(t.participationId, t.at)],
);

/**
 * The gatherings a representative in `selected_gatherings` mode has picked; they are invited to
 * these (as observers) and to no others of the programme.
 */
export const unionGatheringChoices = sqliteTable(
  "union_gathering_choices",
  {
    participationId: integer("participation_id")
      .notNull()
      .references(() => unionParticipations.id),
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
  },
  (t) => [primaryKey({ columns: [t.participationId, t.gatheringId] }), index("union_gathering_choices_gathering_idx").on(t.gatheringId)],
);

export const facilitators = sqliteTable(
  "facilitators",
  {
    id: id(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind", { enum: facilitatorKinds }).notNull(),
    /** Internal facilitators are people of the organisation. */
    personId: integer("person_id").references(() => people.id),
    name: text("name").notNull(),
    affiliation: text("affiliation").notNull().default(""),
    email: text("email"),
    externalPartnerId: integer("external_partner_id").references(() => externalPartners.id),
  },
  (t) => [
    index("facilitators_org_idx").on(t.organisationId),
    index("facilitators_person_idx").on(t.personId),
    check("facilitators_internal_ck", sql`kind = 'external' or person_id is not null`),
  ],
);

// ─── Gatherings, invitations, attendance ────────────────────────────────────

export const gatherings = sqliteTable(
  "gatherings",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    title: text("title").notNull(),
    theme: text("theme").notNull().default(""),
    kind: text("kind", { enum: gatheringKinds }).notNull().default("gathering"),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    venueName: text("venue_name").notNull().default(""),
    venueAddress: text("venue_address").notNull().default(""),
    onlineUrl: text("online_url").notNull().default(""),
    capacity: integer("capacity"),
    status: text("status", { enum: gatheringStatuses }).notNull().default("planned"),
    cancelReason: text("cancel_reason"),
    /** iCalendar SEQUENCE: raised on every change that invitees are told about. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("gatherings_program_start_idx").on(t.programId, t.startsAt),
    index("gatherings_start_idx").on(t.startsAt),
    check("gatherings_time_ck", sql`ends_at > starts_at`),
    check("gatherings_kind_ck", inList("kind", gatheringKinds)),
    check("gatherings_status_ck", inList("status", gatheringStatuses)),
    check("gatherings_capacity_ck", sql`capacity is null or capacity > 0`),
  ],
);

export const gatheringCohorts = sqliteTable(
  "gathering_cohorts",
  {
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id),
  },
  (t) => [primaryKey({ columns: [t.gatheringId, t.cohortId] }), index("gathering_cohorts_cohort_idx").on(t.cohortId)],
);

export const gatheringFacilitators = sqliteTable(
  "gathering_facilitators",
  {
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    facilitatorId: integer("facilitator_id")
      .notNull()
      .references(() => facilitators.id),
  },
  (t) => [primaryKey({ columns: [t.gatheringId, t.facilitatorId] }), index("gathering_facilitators_facilitator_idx").on(t.facilitatorId)],
);

/** People invited besides the cohorts: union reps, secretariat, guests. */
export const gatheringExtraInvitees = sqliteTable(
  "gathering_extra_invitees",
  {
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.gatheringId, t.personId] })],
);

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: id(),
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id, { onDelete: "cascade" }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    title: text("title").notNull(),
    facilitatorId: integer("facilitator_id").references(() => facilitators.id),
    position: integer("position").notNull(),
  },
  (t) => [index("agenda_items_gathering_idx").on(t.gatheringId, t.position)],
);

export const materialPhases = ["before", "after"] as const;

/**
 * Files and links attached to a gathering: pre-work ("before") or slides and summaries ("after").
 * A file lives under the data directory's materials/ with a random `stored_name` (never public/);
 * a link has a `url` instead. Only app/server/materials.server.ts reads and writes this table.
 */
export const gatheringMaterials = sqliteTable(
  "gathering_materials",
  {
    id: id(),
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    phase: text("phase", { enum: materialPhases }).notNull(),
    title: text("title").notNull(),
    url: text("url"),
    fileName: text("file_name"),
    storedName: text("stored_name"),
    contentType: text("content_type"),
    size: integer("size"),
    /** Set to null when the uploader's personal data is erased; the material stays. */
    uploadedById: integer("uploaded_by_id").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("gathering_materials_gathering_idx").on(t.gatheringId, t.phase),
    check("gathering_materials_phase_ck", inList("phase", materialPhases)),
    check("gathering_materials_kind_ck", sql`(url is null) <> (stored_name is null)`),
  ],
);

/**
 * One per person and gathering: the RSVP and then the attendance. Cohort and level are copied
 * in when the invitation is made, so a later cohort move leaves the record as it was.
 */
export const invitations = sqliteTable(
  "invitations",
  {
    id: id(),
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    cohortId: integer("cohort_id").references(() => cohorts.id),
    leaderLevelId: integer("leader_level_id").references(() => leaderLevels.id),
    rsvp: text("rsvp", { enum: rsvpStatuses }).notNull().default("pending"),
    declineReason: text("decline_reason"),
    /** When the person accepted; orders the waitlist. */
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    attendance: text("attendance", { enum: attendanceStatuses }),
    attendanceMarkedAt: integer("attendance_marked_at", { mode: "timestamp_ms" }),
    attendanceMarkedById: integer("attendance_marked_by_id").references(() => people.id),
    /** A walk-in: added at the roll-call, not invited beforehand (no invitation e-mail was sent). */
    addedAtGathering: integer("added_at_gathering", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invitations_gathering_person_uq").on(t.gatheringId, t.personId),
    index("invitations_person_idx").on(t.personId, t.gatheringId),
    check("invitations_rsvp_ck", inList("rsvp", rsvpStatuses)),
    check("invitations_attendance_ck", sql`attendance is null or ${inList("attendance", attendanceStatuses)}`),
  ],
);

/**
 * The days a person was present at a gathering over several Oslo days, written only when they were
 * present on some of its days: an invitation marked present without rows was present every day
 * (so marks taken before per-day roll-calls, and one-day gatherings, keep their meaning).
 */
export const attendanceDays = sqliteTable(
  "attendance_days",
  {
    invitationId: integer("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    /** Oslo calendar day, YYYY-MM-DD. */
    day: text("day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.invitationId, t.day] })],
);

/**
 * Feedback after a held gathering, anonymous by construction: an answer has no person, no time and
 * a random id (so its row order cannot be lined up with the respondents'); who has answered is kept
 * apart in `gathering_feedback_respondents`, only so nobody answers twice.
 */
export const gatheringFeedback = sqliteTable(
  "gathering_feedback",
  {
    id: integer("id").primaryKey(),
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    overall: integer("overall").notNull(),
    relevance: integer("relevance").notNull(),
    takeaway: text("takeaway").notNull().default(""),
  },
  (t) => [
    index("gathering_feedback_gathering_idx").on(t.gatheringId),
    check("gathering_feedback_overall_ck", sql`overall between 1 and 5`),
    check("gathering_feedback_relevance_ck", sql`relevance between 1 and 5`),
  ],
);

export const gatheringFeedbackRespondents = sqliteTable(
  "gathering_feedback_respondents",
  {
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.gatheringId, t.personId] }), index("gathering_feedback_respondents_person_idx").on(t.personId)],
);

// ─── Reflections ────────────────────────────────────────────────────────────

export const reflectionPrompts = sqliteTable(
  "reflection_prompts",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    text: text("text").notNull(),
    position: integer("position").notNull(),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("reflection_prompts_program_idx").on(t.programId, t.position)],
);

/** Private to its author. Level and cohort are copied in at submission for anonymous aggregates. */
export const reflections = sqliteTable(
  "reflections",
  {
    id: id(),
    authorId: integer("author_id")
      .notNull()
      .references(() => people.id),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    gatheringId: integer("gathering_id").references(() => gatherings.id),
    kind: text("kind", { enum: reflectionKinds }).notNull(),
    status: text("status", { enum: reflectionStatuses }).notNull().default("draft"),
    leaderLevelId: integer("leader_level_id").references(() => leaderLevels.id),
    cohortId: integer("cohort_id").references(() => cohorts.id),
    /** 1 = primarily a specialist … 7 = primarily a leader. */
    roleIdentity: integer("role_identity"),
    roleClarity: integer("role_clarity"),
    otherLevelsUnderstanding: integer("other_levels_understanding"),
    collaboration: integer("collaboration"),
    leadershipConfidence: integer("leadership_confidence"),
    freeText: text("free_text").notNull().default(""),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("reflections_author_idx").on(t.authorId, t.createdAt),
    index("reflections_program_idx").on(t.programId, t.status, t.kind),
    index("reflections_gathering_idx").on(t.gatheringId),
    check("reflections_identity_ck", sql`role_identity is null or role_identity between 1 and 7`),
    check(
      "reflections_indicators_ck",
      sql`(role_clarity is null or role_clarity between 1 and 5)
        and (other_levels_understanding is null or other_levels_understanding between 1 and 5)
        and (collaboration is null or collaboration between 1 and 5)
        and (leadership_confidence is null or leadership_confidence between 1 and 5)`,
    ),
    check("reflections_kind_ck", inList("kind", reflectionKinds)),
  ],
);

export const reflectionAnswers = sqliteTable(
  "reflection_answers",
  {
    reflectionId: integer("reflection_id")
      .notNull()
      .references(() => reflections.id, { onDelete: "cascade" }),
    promptId: integer("prompt_id")
      .notNull()
      .references(() => reflectionPrompts.id),
    answer: text("answer").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reflectionId, t.promptId] })],
);

/** A passage the author allows, unattributed, in the final report; consent can be withdrawn. */
export const reflectionQuotes = sqliteTable(
  "reflection_quotes",
  {
    id: id(),
    reflectionId: integer("reflection_id")
      .notNull()
      .references(() => reflections.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    consentedAt: integer("consented_at", { mode: "timestamp_ms" }).notNull(),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("reflection_quotes_reflection_idx").on(t.reflectionId)],
);

/** Single-use links from the reflection prompt e-mail; the id is a hash of the token. */
export const reflectionLinks = sqliteTable("reflection_links", {
  id: text("id").primaryKey(),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  gatheringId: integer("gathering_id")
    .notNull()
    .references(() => gatherings.id),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  usedAt: integer("used_at", { mode: "timestamp_ms" }),
});

// ─── Direction and consultation ─────────────────────────────────────────────

export const directionDocuments = sqliteTable(
  "direction_documents",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    title: text("title").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("direction_documents_program_idx").on(t.programId)],
);

export const directionVersions = sqliteTable(
  "direction_versions",
  {
    id: id(),
    documentId: integer("document_id")
      .notNull()
      .references(() => directionDocuments.id),
    number: integer("number").notNull(),
    status: text("status", { enum: directionStatuses }).notNull().default("draft"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedById: integer("decided_by_id").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("direction_versions_doc_number_uq").on(t.documentId, t.number),
    check("direction_versions_status_ck", inList("status", directionStatuses)),
  ],
);

export const directionSections = sqliteTable(
  "direction_sections",
  {
    id: id(),
    versionId: integer("version_id")
      .notNull()
      .references(() => directionVersions.id),
    key: text("key").notNull(),
    title: text("title").notNull(),
    /** Markdown; rendered through a sanitiser. */
    body: text("body").notNull().default(""),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("direction_sections_version_key_uq").on(t.versionId, t.key)],
);

export const consultations = sqliteTable(
  "consultations",
  {
    id: id(),
    versionId: integer("version_id")
      .notNull()
      .unique()
      .references(() => directionVersions.id),
    openedById: integer("opened_by_id").references(() => people.id),
    openedAt: createdAt(),
    deadline: integer("deadline", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("consultations_deadline_idx").on(t.deadline)],
);

export const consultationInvitees = sqliteTable(
  "consultation_invitees",
  {
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    /** The group through which the person was invited, for the per-group summary. */
    inviteeGroup: text("invitee_group", { enum: consultationGroups }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.personId] }), index("consultation_invitees_person_idx").on(t.personId)],
);

export const comments = sqliteTable(
  "comments",
  {
    id: id(),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    sectionId: integer("section_id")
      .notNull()
      .references(() => directionSections.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => people.id),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("draft"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("comments_one_draft_uq")
      .on(t.consultationId, t.sectionId, t.authorId)
      .where(sql`status = 'draft'`),
    index("comments_consultation_idx").on(t.consultationId, t.status),
    index("comments_author_idx").on(t.authorId),
  ],
);

export const commentAnswers = sqliteTable(
  "comment_answers",
  {
    commentId: integer("comment_id")
      .primaryKey()
      .references(() => comments.id),
    disposition: text("disposition", { enum: dispositions }).notNull(),
    reason: text("reason").notNull().default(""),
    answeredById: integer("answered_by_id")
      .notNull()
      .references(() => people.id),
    answeredAt: createdAt(),
  },
  () => [check("comment_answers_disposition_ck", inList("disposition", dispositions))],
);

// ─── Dissemination and reporting ────────────────────────────────────────────

export const disseminationActivities = sqliteTable(
  "dissemination_activities",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    heldOn: text("held_on").notNull(),
    audience: text("audience").notNull(),
    format: text("format").notNull(),
    description: text("description").notNull().default(""),
    /** The published final report shown there (this programme's or another organisation's from the library). */
    reportId: integer("report_id").references((): AnySQLiteColumn => finalReports.id),
  },
  (t) => [index("dissemination_activities_program_idx").on(t.programId, t.heldOn)],
);

export const reportRequests = sqliteTable(
  "report_requests",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    requestedById: integer("requested_by_id")
      .notNull()
      .references(() => people.id),
    focusLevelId: integer("focus_level_id").references(() => leaderLevels.id),
    focusText: text("focus_text").notNull().default(""),
    dueOn: text("due_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("report_requests_program_idx").on(t.programId)],
);

export const finalReports = sqliteTable(
  "final_reports",
  {
    id: id(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    requestId: integer("request_id").references(() => reportRequests.id),
    status: text("status", { enum: reportStatuses }).notNull().default("draft"),
    /** JSON: the narrative fields, one per section. */
    narrative: text("narrative", { mode: "json" })
      .notNull()
      .default(sql`'{}'`),
    /** JSON: figures and text frozen at submission. */
    snapshot: text("snapshot", { mode: "json" }),
    contentHash: text("content_hash"),
    returnComment: text("return_comment"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    submittedById: integer("submitted_by_id").references(() => people.id),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    publishedById: integer("published_by_id").references(() => people.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("final_reports_program_idx").on(t.programId, t.status),
    index("final_reports_status_idx").on(t.status, t.publishedAt),
    check("final_reports_status_ck", inList("status", reportStatuses)),
  ],
);

// ─── E-mail outbox and audit ────────────────────────────────────────────────

export const emailMessages = sqliteTable(
  "email_messages",
  {
    id: id(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    kind: text("kind").notNull(),
    recipientPersonId: integer("recipient_person_id").references(() => people.id),
    recipientEmail: text("recipient_email").notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    /** Same key = same message: a retried action never queues a second one. */
    idempotencyKey: text("idempotency_key").notNull(),
    /** JSON: what the template needs, rendered at send time. */
    payload: text("payload", { mode: "json" }).notNull(),
    status: text("status", { enum: emailStatuses }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Not sent before this instant: retries with backoff, and settling windows for change notices. */
    dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    messageId: text("message_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_messages_idempotency_uq").on(t.idempotencyKey),
    index("email_messages_due_idx").on(t.status, t.dueAt),
    index("email_messages_org_idx").on(t.organisationId, t.createdAt),
    index("email_messages_recipient_idx").on(t.recipientPersonId),
    // The minute's reminder scheduling looks up sent messages of one kind by when they went out.
    index("email_messages_kind_sent_idx").on(t.kind, t.status, t.sentAt),
  ],
);

/**
 * A person's choice for one group of optional e-mails (app/domain/notification-preferences.ts); no
 * row means the group's default. Categories are not checked here: the list grows with new kinds.
 */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    category: text("category").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.category] })],
);

export type MailboxAttachment = { filename: string; contentType: string; content: string };

/**
 * The local mailbox: with no SMTP server configured, a sent message is kept here, exactly as it
 * would have gone out, for coordinators to open in the app.
 */
export const mailboxMessages = sqliteTable("mailbox_messages", {
  emailMessageId: integer("email_message_id")
    .primaryKey()
    .references(() => emailMessages.id),
  subject: text("subject").notNull(),
  html: text("html").notNull(),
  text: text("text").notNull(),
  /** JSON: the attachments as text (calendar files). */
  attachments: text("attachments", { mode: "json" }).$type<MailboxAttachment[]>().notNull(),
  /** The whole MIME message (.eml). */
  raw: text("raw").notNull(),
  deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }).notNull(),
});

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    actorId: integer("actor_id").references(() => people.id),
    entity: text("entity").notNull(),
    entityId: integer("entity_id"),
    action: text("action").notNull(),
    /** JSON: what changed; never reflection content. */
    details: text("details", { mode: "json" }),
    at: createdAt(),
  },
  (t) => [index("audit_events_org_at_idx").on(t.organisationId, t.at), index("audit_events_entity_idx").on(t.entity, t.entityId)],
);

// ─── Data revisions (conditional GET) ───────────────────────────────────────

/**
 * A counter per scope — `program:<id>` for a programme's own data, `shared` for everything else a page
 * can show (people, organisations, strategies) — raised by triggers on every table pages read (see the
 * migration `data-revisions` and app/server/conditional-get.server.ts), so a write by any process changes
 * the ETag of the pages that show it. Rows are never deleted: the sum over scopes only grows.
 */
export const dataRevisions = sqliteTable("data_revisions", {
  scope: text("scope").primaryKey(),
  revision: integer("revision").notNull(),
});

/**
 * While its one row exists the revision triggers do nothing: a bulk write (the roster import) pauses
 * them inside its transaction and raises the scopes it wrote once at the end (`withRevisionsPaused`
 * in app/server/conditional-get.server.ts). No triggers of its own; never holds a row outside that
 * transaction.
 */
export const revisionPause = sqliteTable("revision_pause", { id: integer("id").primaryKey() }, (t) => [
  check("revision_pause_one_row_ck", sql`${t.id} = 1`),
]);
