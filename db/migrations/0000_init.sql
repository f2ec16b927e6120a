CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gathering_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`title` text NOT NULL,
	`facilitator_id` integer,
	`position` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`facilitator_id`) REFERENCES `facilitators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_gathering_idx` ON `agenda_items` (`gathering_id`,`position`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer,
	`actor_id` integer,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`details` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_org_at_idx` ON `audit_events` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`category` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`amount_ore` integer NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "budget_lines_category_ck" CHECK(category in ('external_partner', 'venue', 'travel', 'materials', 'internal_facilitators', 'other')),
	CONSTRAINT "budget_lines_amount_ck" CHECK(amount_ore >= 0)
);
--> statement-breakpoint
CREATE INDEX `budget_lines_program_idx` ON `budget_lines` (`program_id`);--> statement-breakpoint
CREATE TABLE `cohort_memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`joined_at` integer NOT NULL,
	`left_at` integer,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohort_memberships_current_uq` ON `cohort_memberships` (`cohort_id`,`person_id`) WHERE left_at is null;--> statement-breakpoint
CREATE INDEX `cohort_memberships_person_idx` ON `cohort_memberships` (`person_id`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`name` text NOT NULL,
	`leader_level_id` integer,
	`rollout_order` integer NOT NULL,
	`starts_on` text,
	`ends_on` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_level_id`) REFERENCES `leader_levels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cohorts_program_idx` ON `cohorts` (`program_id`,`rollout_order`);--> statement-breakpoint
CREATE TABLE `collaborating_organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collaborating_organisations_program_idx` ON `collaborating_organisations` (`program_id`);--> statement-breakpoint
CREATE TABLE `comment_answers` (
	`comment_id` integer PRIMARY KEY NOT NULL,
	`disposition` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`answered_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "comment_answers_disposition_ck" CHECK(disposition in ('incorporated', 'partly', 'not_incorporated'))
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `direction_sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comments_one_draft_uq` ON `comments` (`consultation_id`,`section_id`,`author_id`) WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX `comments_consultation_idx` ON `comments` (`consultation_id`,`status`);--> statement-breakpoint
CREATE INDEX `comments_author_idx` ON `comments` (`author_id`);--> statement-breakpoint
CREATE TABLE `consultation_invitees` (
	`consultation_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`invitee_group` text NOT NULL,
	PRIMARY KEY(`consultation_id`, `person_id`),
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_invitees_person_idx` ON `consultation_invitees` (`person_id`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`opened_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`deadline` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `direction_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultations_version_id_unique` ON `consultations` (`version_id`);--> statement-breakpoint
CREATE INDEX `consultations_deadline_idx` ON `consultations` (`deadline`);--> statement-breakpoint
CREATE TABLE `direction_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`title` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `direction_documents_program_idx` ON `direction_documents` (`program_id`);--> statement-breakpoint
CREATE TABLE `direction_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `direction_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direction_sections_version_key_uq` ON `direction_sections` (`version_id`,`key`);--> statement-breakpoint
CREATE TABLE `direction_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `direction_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "direction_versions_status_ck" CHECK(status in ('draft', 'consultation', 'decided'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direction_versions_doc_number_uq` ON `direction_versions` (`document_id`,`number`);--> statement-breakpoint
CREATE TABLE `dissemination_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`audience` text NOT NULL,
	`format` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dissemination_activities_program_idx` ON `dissemination_activities` (`program_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `email_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer,
	`kind` text NOT NULL,
	`recipient_person_id` integer,
	`recipient_email` text NOT NULL,
	`locale` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`due_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`sent_at` integer,
	`message_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_messages_idempotency_uq` ON `email_messages` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `email_messages_due_idx` ON `email_messages` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `email_messages_org_idx` ON `email_messages` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `email_messages_recipient_idx` ON `email_messages` (`recipient_person_id`);--> statement-breakpoint
CREATE TABLE `expenses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`budget_line_id` integer NOT NULL,
	`spent_on` text NOT NULL,
	`description` text NOT NULL,
	`amount_ore` integer NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "expenses_amount_ck" CHECK(amount_ore > 0)
);
--> statement-breakpoint
CREATE INDEX `expenses_line_idx` ON `expenses` (`budget_line_id`);--> statement-breakpoint
CREATE TABLE `external_partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `external_partners_program_idx` ON `external_partners` (`program_id`);--> statement-breakpoint
CREATE TABLE `facilitators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`person_id` integer,
	`name` text NOT NULL,
	`affiliation` text DEFAULT '' NOT NULL,
	`email` text,
	`external_partner_id` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`external_partner_id`) REFERENCES `external_partners`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "facilitators_internal_ck" CHECK(kind = 'external' or person_id is not null)
);
--> statement-breakpoint
CREATE INDEX `facilitators_org_idx` ON `facilitators` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `facilitators_person_idx` ON `facilitators` (`person_id`);--> statement-breakpoint
CREATE TABLE `final_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`request_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`narrative` text DEFAULT '{}' NOT NULL,
	`snapshot` text,
	`content_hash` text,
	`return_comment` text,
	`submitted_at` integer,
	`submitted_by_id` integer,
	`published_at` integer,
	`published_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "final_reports_status_ck" CHECK(status in ('draft', 'submitted', 'published'))
);
--> statement-breakpoint
CREATE INDEX `final_reports_program_idx` ON `final_reports` (`program_id`,`status`);--> statement-breakpoint
CREATE INDEX `final_reports_status_idx` ON `final_reports` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `focus_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`title` text NOT NULL,
	`goal` text NOT NULL,
	`measures` text DEFAULT '' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `focus_areas_strategy_idx` ON `focus_areas` (`strategy_id`,`position`);--> statement-breakpoint
CREATE TABLE `gathering_cohorts` (
	`gathering_id` integer NOT NULL,
	`cohort_id` integer NOT NULL,
	PRIMARY KEY(`gathering_id`, `cohort_id`),
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gathering_cohorts_cohort_idx` ON `gathering_cohorts` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `gathering_extra_invitees` (
	`gathering_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`gathering_id`, `person_id`),
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `gathering_facilitators` (
	`gathering_id` integer NOT NULL,
	`facilitator_id` integer NOT NULL,
	PRIMARY KEY(`gathering_id`, `facilitator_id`),
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facilitator_id`) REFERENCES `facilitators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gathering_facilitators_facilitator_idx` ON `gathering_facilitators` (`facilitator_id`);--> statement-breakpoint
CREATE TABLE `gatherings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`title` text NOT NULL,
	`theme` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'gathering' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`venue_name` text DEFAULT '' NOT NULL,
	`venue_address` text DEFAULT '' NOT NULL,
	`online_url` text DEFAULT '' NOT NULL,
	`capacity` integer,
	`status` text DEFAULT 'planned' NOT NULL,
	`cancel_reason` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gatherings_time_ck" CHECK(ends_at > starts_at),
	CONSTRAINT "gatherings_kind_ck" CHECK(kind in ('gathering', 'workshop', 'joint_gathering', 'coaching')),
	CONSTRAINT "gatherings_status_ck" CHECK(status in ('planned', 'confirmed', 'held', 'cancelled')),
	CONSTRAINT "gatherings_capacity_ck" CHECK(capacity is null or capacity > 0)
);
--> statement-breakpoint
CREATE INDEX `gatherings_program_start_idx` ON `gatherings` (`program_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `gatherings_start_idx` ON `gatherings` (`starts_at`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`fund` text NOT NULL,
	`category` text NOT NULL,
	`amount_applied_ore` integer DEFAULT 0 NOT NULL,
	`amount_awarded_ore` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'NOK' NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "grants_amounts_ck" CHECK(amount_applied_ore >= 0 and amount_awarded_ore >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grants_program_id_unique` ON `grants` (`program_id`);--> statement-breakpoint
CREATE INDEX `grants_category_idx` ON `grants` (`category`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gathering_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`cohort_id` integer,
	`leader_level_id` integer,
	`rsvp` text DEFAULT 'pending' NOT NULL,
	`decline_reason` text,
	`accepted_at` integer,
	`responded_at` integer,
	`attendance` text,
	`attendance_marked_at` integer,
	`attendance_marked_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_level_id`) REFERENCES `leader_levels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attendance_marked_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invitations_rsvp_ck" CHECK(rsvp in ('pending', 'accepted', 'waitlisted', 'declined')),
	CONSTRAINT "invitations_attendance_ck" CHECK(attendance is null or attendance in ('present', 'absent', 'excused'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_gathering_person_uq` ON `invitations` (`gathering_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `invitations_person_idx` ON `invitations` (`person_id`,`gathering_id`);--> statement-breakpoint
CREATE TABLE `leader_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`is_first_line` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leader_levels_org_name_uq` ON `leader_levels` (`organisation_id`,`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `leader_levels_one_first_line_uq` ON `leader_levels` (`organisation_id`) WHERE is_first_line = 1;--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_at_idx` ON `login_failures` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`absence_threshold` integer DEFAULT 2 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	CONSTRAINT "organisations_kind_ck" CHECK(kind in ('police_district', 'municipality', 'agency'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_uq` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `participation_mode_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participation_id` integer NOT NULL,
	`from_mode` text,
	`to_mode` text NOT NULL,
	`changed_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`participation_id`) REFERENCES `union_participations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participation_mode_changes_participation_idx` ON `participation_mode_changes` (`participation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`preferred_language` text DEFAULT 'nb' NOT NULL,
	`unit_id` integer,
	`leader_level_id` integer,
	`password_hash` text,
	`calendar_token` text,
	`deactivated_at` integer,
	`erased_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_level_id`) REFERENCES `leader_levels`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_email_lower_ck" CHECK(email = lower(email))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_uq` ON `people` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_calendar_token_uq` ON `people` (`calendar_token`);--> statement-breakpoint
CREATE INDEX `people_org_name_idx` ON `people` (`organisation_id`,`name`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`person_id`, `role`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "person_roles_role_ck" CHECK(role in ('coordinator', 'leader', 'union_rep', 'facilitator', 'directorate', 'admin'))
);
--> statement-breakpoint
CREATE TABLE `program_goal_focus_areas` (
	`goal_id` integer NOT NULL,
	`focus_area_id` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `focus_area_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `program_goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `program_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `program_goals_program_idx` ON `program_goals` (`program_id`,`position`);--> statement-breakpoint
CREATE TABLE `program_members` (
	`program_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`member_group` text NOT NULL,
	PRIMARY KEY(`program_id`, `member_group`, `person_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "program_members_group_ck" CHECK(member_group in ('working_group', 'secretariat'))
);
--> statement-breakpoint
CREATE INDEX `program_members_person_idx` ON `program_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `program_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`reason` text,
	`changed_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `program_status_changes_program_idx` ON `program_status_changes` (`program_id`);--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`main_focus` text DEFAULT '' NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text DEFAULT 'planning' NOT NULL,
	`contact_person_id` integer,
	`no_collaborators` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "programs_status_ck" CHECK(status in ('planning', 'active', 'completed', 'reported')),
	CONSTRAINT "programs_period_ck" CHECK(period_end >= period_start)
);
--> statement-breakpoint
CREATE INDEX `programs_org_idx` ON `programs` (`organisation_id`,`status`);--> statement-breakpoint
CREATE TABLE `reflection_answers` (
	`reflection_id` integer NOT NULL,
	`prompt_id` integer NOT NULL,
	`answer` text NOT NULL,
	PRIMARY KEY(`reflection_id`, `prompt_id`),
	FOREIGN KEY (`reflection_id`) REFERENCES `reflections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`prompt_id`) REFERENCES `reflection_prompts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reflection_links` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`gathering_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reflection_prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reflection_prompts_program_idx` ON `reflection_prompts` (`program_id`,`position`);--> statement-breakpoint
CREATE TABLE `reflection_quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reflection_id` integer NOT NULL,
	`text` text NOT NULL,
	`consented_at` integer NOT NULL,
	`withdrawn_at` integer,
	FOREIGN KEY (`reflection_id`) REFERENCES `reflections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reflection_quotes_reflection_idx` ON `reflection_quotes` (`reflection_id`);--> statement-breakpoint
CREATE TABLE `reflections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_id` integer NOT NULL,
	`program_id` integer NOT NULL,
	`gathering_id` integer,
	`kind` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`leader_level_id` integer,
	`cohort_id` integer,
	`role_identity` integer,
	`role_clarity` integer,
	`other_levels_understanding` integer,
	`collaboration` integer,
	`leadership_confidence` integer,
	`free_text` text DEFAULT '' NOT NULL,
	`submitted_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_level_id`) REFERENCES `leader_levels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reflections_identity_ck" CHECK(role_identity is null or role_identity between 1 and 7),
	CONSTRAINT "reflections_indicators_ck" CHECK((role_clarity is null or role_clarity between 1 and 5)
        and (other_levels_understanding is null or other_levels_understanding between 1 and 5)
        and (collaboration is null or collaboration between 1 and 5)
        and (leadership_confidence is null or leadership_confidence between 1 and 5)),
	CONSTRAINT "reflections_kind_ck" CHECK(kind in ('baseline', 'gathering', 'closing', 'free'))
);
--> statement-breakpoint
CREATE INDEX `reflections_author_idx` ON `reflections` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reflections_program_idx` ON `reflections` (`program_id`,`status`,`kind`);--> statement-breakpoint
CREATE INDEX `reflections_gathering_idx` ON `reflections` (`gathering_id`);--> statement-breakpoint
CREATE TABLE `report_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`requested_by_id` integer NOT NULL,
	`focus_level_id` integer,
	`focus_text` text DEFAULT '' NOT NULL,
	`due_on` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`focus_level_id`) REFERENCES `leader_levels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_requests_program_idx` ON `report_requests` (`program_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_person_idx` ON `sessions` (`person_id`);--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategies_organisation_id_unique` ON `strategies` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `union_participations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`union_name` text NOT NULL,
	`is_chief_representative` integer DEFAULT false NOT NULL,
	`mode` text DEFAULT 'informed' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "union_participations_mode_ck" CHECK(mode in ('secretariat', 'full', 'selected_gatherings', 'observer', 'informed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `union_participations_program_person_uq` ON `union_participations` (`program_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `union_participations_person_idx` ON `union_participations` (`person_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_org_name_uq` ON `units` (`organisation_id`,`name`);