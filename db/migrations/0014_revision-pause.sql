CREATE TABLE `revision_pause` (
	`id` integer PRIMARY KEY NOT NULL,
	CONSTRAINT "revision_pause_one_row_ck" CHECK("revision_pause"."id" = 1)
);
--> statement-breakpoint
-- Custom SQL: every data-revision trigger anew, now with `WHEN NOT EXISTS (SELECT 1 FROM revision_pause)`
-- so that a bulk write can pause them inside its transaction and raise its scopes once (withRevisionsPaused
-- in app/server/conditional-get.server.ts). Printed by `npx tsx db/revision-triggers.ts --replace <tables>`.
DROP TRIGGER `agenda_items_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `agenda_items_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `agenda_items_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `attendance_days_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `attendance_days_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `attendance_days_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `budget_lines_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `budget_lines_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `budget_lines_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `cohort_memberships_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `cohort_memberships_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `cohort_memberships_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `cohorts_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `cohorts_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `cohorts_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `collaborating_organisations_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `collaborating_organisations_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `collaborating_organisations_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `comment_answers_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `comment_answers_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `comment_answers_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `comments_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `comments_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `comments_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `consultation_invitees_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `consultation_invitees_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `consultation_invitees_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `consultations_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `consultations_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `consultations_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `direction_documents_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `direction_documents_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `direction_documents_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `direction_sections_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `direction_sections_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `direction_sections_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `direction_versions_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `direction_versions_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `direction_versions_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `dissemination_activities_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `dissemination_activities_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `dissemination_activities_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `expenses_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `expenses_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `expenses_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `external_partners_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `external_partners_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `external_partners_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `facilitators_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `facilitators_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `facilitators_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `final_reports_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `final_reports_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `final_reports_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `focus_areas_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `focus_areas_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `focus_areas_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_cohorts_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_cohorts_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_cohorts_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_extra_invitees_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_extra_invitees_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_extra_invitees_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_facilitators_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_facilitators_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_facilitators_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_respondents_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_respondents_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_feedback_respondents_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gathering_materials_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gathering_materials_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gathering_materials_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `gatherings_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `gatherings_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `gatherings_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `grants_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `grants_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `grants_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `invitations_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `invitations_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `invitations_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `leader_levels_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `leader_levels_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `leader_levels_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `national_focus_areas_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `national_focus_areas_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `national_focus_areas_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `national_strategies_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `national_strategies_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `national_strategies_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `organisations_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `organisations_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `organisations_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `participation_mode_changes_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `participation_mode_changes_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `participation_mode_changes_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `people_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `people_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `people_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `person_roles_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `person_roles_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `person_roles_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `program_goal_focus_areas_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `program_goal_focus_areas_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `program_goal_focus_areas_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `program_goals_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `program_goals_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `program_goals_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `program_members_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `program_members_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `program_members_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `program_status_changes_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `program_status_changes_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `program_status_changes_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `programs_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `programs_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `programs_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `reflection_answers_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `reflection_answers_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `reflection_answers_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `reflection_prompts_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `reflection_prompts_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `reflection_prompts_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `reflection_quotes_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `reflection_quotes_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `reflection_quotes_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `reflections_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `reflections_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `reflections_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `report_requests_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `report_requests_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `report_requests_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `strategies_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `strategies_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `strategies_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `union_gathering_choices_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `union_gathering_choices_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `union_gathering_choices_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `union_participations_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `union_participations_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `union_participations_data_revision_delete`;
--> statement-breakpoint
DROP TRIGGER `units_data_revision_insert`;
--> statement-breakpoint
DROP TRIGGER `units_data_revision_update`;
--> statement-breakpoint
DROP TRIGGER `units_data_revision_delete`;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_data_revision_insert` AFTER INSERT ON `agenda_items` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_data_revision_update` AFTER UPDATE ON `agenda_items` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_data_revision_delete` AFTER DELETE ON `agenda_items` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_insert` AFTER INSERT ON `attendance_days` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = NEW.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_update` AFTER UPDATE ON `attendance_days` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = NEW.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = OLD.`invitation_id`), 'shared'), 1 WHERE OLD.`invitation_id` IS NOT NEW.`invitation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_delete` AFTER DELETE ON `attendance_days` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = OLD.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_insert` AFTER INSERT ON `budget_lines` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_update` AFTER UPDATE ON `budget_lines` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_delete` AFTER DELETE ON `budget_lines` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_insert` AFTER INSERT ON `cohort_memberships` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `cohorts` p0 WHERE p0.`id` = NEW.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_update` AFTER UPDATE ON `cohort_memberships` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `cohorts` p0 WHERE p0.`id` = NEW.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `cohorts` p0 WHERE p0.`id` = OLD.`cohort_id`), 'shared'), 1 WHERE OLD.`cohort_id` IS NOT NEW.`cohort_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_delete` AFTER DELETE ON `cohort_memberships` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `cohorts` p0 WHERE p0.`id` = OLD.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_insert` AFTER INSERT ON `cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_update` AFTER UPDATE ON `cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_delete` AFTER DELETE ON `cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_insert` AFTER INSERT ON `collaborating_organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_update` AFTER UPDATE ON `collaborating_organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_delete` AFTER DELETE ON `collaborating_organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_insert` AFTER INSERT ON `comment_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = NEW.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_update` AFTER UPDATE ON `comment_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = NEW.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = OLD.`comment_id`), 'shared'), 1 WHERE OLD.`comment_id` IS NOT NEW.`comment_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_delete` AFTER DELETE ON `comment_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = OLD.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_insert` AFTER INSERT ON `comments` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_update` AFTER UPDATE ON `comments` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE OLD.`consultation_id` IS NOT NEW.`consultation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_delete` AFTER DELETE ON `comments` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_insert` AFTER INSERT ON `consultation_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_update` AFTER UPDATE ON `consultation_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE OLD.`consultation_id` IS NOT NEW.`consultation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_delete` AFTER DELETE ON `consultation_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_insert` AFTER INSERT ON `consultations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_update` AFTER UPDATE ON `consultations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE OLD.`version_id` IS NOT NEW.`version_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_delete` AFTER DELETE ON `consultations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_insert` AFTER INSERT ON `direction_documents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_update` AFTER UPDATE ON `direction_documents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_delete` AFTER DELETE ON `direction_documents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_insert` AFTER INSERT ON `direction_sections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_update` AFTER UPDATE ON `direction_sections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE OLD.`version_id` IS NOT NEW.`version_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_delete` AFTER DELETE ON `direction_sections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_insert` AFTER INSERT ON `direction_versions` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = NEW.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_update` AFTER UPDATE ON `direction_versions` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = NEW.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = OLD.`document_id`), 'shared'), 1 WHERE OLD.`document_id` IS NOT NEW.`document_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_delete` AFTER DELETE ON `direction_versions` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = OLD.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_insert` AFTER INSERT ON `dissemination_activities` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_update` AFTER UPDATE ON `dissemination_activities` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_delete` AFTER DELETE ON `dissemination_activities` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_insert` AFTER INSERT ON `expenses` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = NEW.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_update` AFTER UPDATE ON `expenses` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = NEW.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = OLD.`budget_line_id`), 'shared'), 1 WHERE OLD.`budget_line_id` IS NOT NEW.`budget_line_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_delete` AFTER DELETE ON `expenses` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = OLD.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_insert` AFTER INSERT ON `external_partners` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_update` AFTER UPDATE ON `external_partners` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_delete` AFTER DELETE ON `external_partners` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_insert` AFTER INSERT ON `facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_update` AFTER UPDATE ON `facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_delete` AFTER DELETE ON `facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_insert` AFTER INSERT ON `final_reports` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_update` AFTER UPDATE ON `final_reports` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_delete` AFTER DELETE ON `final_reports` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_insert` AFTER INSERT ON `focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_update` AFTER UPDATE ON `focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_delete` AFTER DELETE ON `focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_insert` AFTER INSERT ON `gathering_cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_update` AFTER UPDATE ON `gathering_cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_delete` AFTER DELETE ON `gathering_cohorts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_insert` AFTER INSERT ON `gathering_extra_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_update` AFTER UPDATE ON `gathering_extra_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_delete` AFTER DELETE ON `gathering_extra_invitees` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_insert` AFTER INSERT ON `gathering_facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_update` AFTER UPDATE ON `gathering_facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_delete` AFTER DELETE ON `gathering_facilitators` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_insert` AFTER INSERT ON `gathering_feedback` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_update` AFTER UPDATE ON `gathering_feedback` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_delete` AFTER DELETE ON `gathering_feedback` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_insert` AFTER INSERT ON `gathering_feedback_respondents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_update` AFTER UPDATE ON `gathering_feedback_respondents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_delete` AFTER DELETE ON `gathering_feedback_respondents` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_insert` AFTER INSERT ON `gathering_materials` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_update` AFTER UPDATE ON `gathering_materials` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_delete` AFTER DELETE ON `gathering_materials` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_insert` AFTER INSERT ON `gatherings` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_update` AFTER UPDATE ON `gatherings` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_delete` AFTER DELETE ON `gatherings` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_insert` AFTER INSERT ON `grants` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_update` AFTER UPDATE ON `grants` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_delete` AFTER DELETE ON `grants` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_insert` AFTER INSERT ON `invitations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_update` AFTER UPDATE ON `invitations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_delete` AFTER DELETE ON `invitations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_insert` AFTER INSERT ON `leader_levels` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_update` AFTER UPDATE ON `leader_levels` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_delete` AFTER DELETE ON `leader_levels` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_insert` AFTER INSERT ON `national_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_update` AFTER UPDATE ON `national_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_delete` AFTER DELETE ON `national_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_insert` AFTER INSERT ON `national_strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_update` AFTER UPDATE ON `national_strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_delete` AFTER DELETE ON `national_strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_insert` AFTER INSERT ON `organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_update` AFTER UPDATE ON `organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_delete` AFTER DELETE ON `organisations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_insert` AFTER INSERT ON `participation_mode_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = NEW.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_update` AFTER UPDATE ON `participation_mode_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = NEW.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = OLD.`participation_id`), 'shared'), 1 WHERE OLD.`participation_id` IS NOT NEW.`participation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_delete` AFTER DELETE ON `participation_mode_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = OLD.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_insert` AFTER INSERT ON `people` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_update` AFTER UPDATE ON `people` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_delete` AFTER DELETE ON `people` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_insert` AFTER INSERT ON `person_roles` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_update` AFTER UPDATE ON `person_roles` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_delete` AFTER DELETE ON `person_roles` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_insert` AFTER INSERT ON `program_goal_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = NEW.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_update` AFTER UPDATE ON `program_goal_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = NEW.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = OLD.`goal_id`), 'shared'), 1 WHERE OLD.`goal_id` IS NOT NEW.`goal_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_delete` AFTER DELETE ON `program_goal_focus_areas` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = OLD.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_insert` AFTER INSERT ON `program_goals` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_update` AFTER UPDATE ON `program_goals` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_delete` AFTER DELETE ON `program_goals` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_insert` AFTER INSERT ON `program_members` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_update` AFTER UPDATE ON `program_members` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_delete` AFTER DELETE ON `program_members` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_insert` AFTER INSERT ON `program_status_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_update` AFTER UPDATE ON `program_status_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_delete` AFTER DELETE ON `program_status_changes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_insert` AFTER INSERT ON `programs` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_update` AFTER UPDATE ON `programs` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`id`, 'shared'), 1 WHERE OLD.`id` IS NOT NEW.`id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_delete` AFTER DELETE ON `programs` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_insert` AFTER INSERT ON `reflection_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_update` AFTER UPDATE ON `reflection_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE OLD.`reflection_id` IS NOT NEW.`reflection_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_delete` AFTER DELETE ON `reflection_answers` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_insert` AFTER INSERT ON `reflection_prompts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_update` AFTER UPDATE ON `reflection_prompts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_delete` AFTER DELETE ON `reflection_prompts` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_insert` AFTER INSERT ON `reflection_quotes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_update` AFTER UPDATE ON `reflection_quotes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE OLD.`reflection_id` IS NOT NEW.`reflection_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_delete` AFTER DELETE ON `reflection_quotes` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_insert` AFTER INSERT ON `reflections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_update` AFTER UPDATE ON `reflections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_delete` AFTER DELETE ON `reflections` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_insert` AFTER INSERT ON `report_requests` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_update` AFTER UPDATE ON `report_requests` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_delete` AFTER DELETE ON `report_requests` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_insert` AFTER INSERT ON `strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_update` AFTER UPDATE ON `strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_delete` AFTER DELETE ON `strategies` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_insert` AFTER INSERT ON `union_gathering_choices` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_update` AFTER UPDATE ON `union_gathering_choices` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_delete` AFTER DELETE ON `union_gathering_choices` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_insert` AFTER INSERT ON `union_participations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_update` AFTER UPDATE ON `union_participations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_delete` AFTER DELETE ON `union_participations` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_insert` AFTER INSERT ON `units` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_update` AFTER UPDATE ON `units` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_delete` AFTER DELETE ON `units` WHEN NOT EXISTS (SELECT 1 FROM `revision_pause`) BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
