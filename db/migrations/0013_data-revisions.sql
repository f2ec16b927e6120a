CREATE TABLE `data_revisions` (
	`scope` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL
);
--> statement-breakpoint
-- Custom SQL: the triggers that raise data_revisions on every write to a table pages show (printed by
-- db/revision-triggers.ts; tables left out are listed there). Conditional GET (app/server/conditional-get.server.ts) reads them.
CREATE TRIGGER `agenda_items_data_revision_insert` AFTER INSERT ON `agenda_items` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_data_revision_update` AFTER UPDATE ON `agenda_items` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_data_revision_delete` AFTER DELETE ON `agenda_items` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_insert` AFTER INSERT ON `attendance_days` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = NEW.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_update` AFTER UPDATE ON `attendance_days` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = NEW.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = OLD.`invitation_id`), 'shared'), 1 WHERE OLD.`invitation_id` IS NOT NEW.`invitation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_days_data_revision_delete` AFTER DELETE ON `attendance_days` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `gatherings` p1 WHERE p1.`id` = p0.`gathering_id`) FROM `invitations` p0 WHERE p0.`id` = OLD.`invitation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_insert` AFTER INSERT ON `budget_lines` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_update` AFTER UPDATE ON `budget_lines` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `budget_lines_data_revision_delete` AFTER DELETE ON `budget_lines` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_insert` AFTER INSERT ON `cohort_memberships` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT null FROM `cohorts` p0 WHERE p0.`id` = NEW.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_update` AFTER UPDATE ON `cohort_memberships` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT null FROM `cohorts` p0 WHERE p0.`id` = NEW.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT null FROM `cohorts` p0 WHERE p0.`id` = OLD.`cohort_id`), 'shared'), 1 WHERE OLD.`cohort_id` IS NOT NEW.`cohort_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_memberships_data_revision_delete` AFTER DELETE ON `cohort_memberships` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT null FROM `cohorts` p0 WHERE p0.`id` = OLD.`cohort_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_insert` AFTER INSERT ON `cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_update` AFTER UPDATE ON `cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_data_revision_delete` AFTER DELETE ON `cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_insert` AFTER INSERT ON `collaborating_organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_update` AFTER UPDATE ON `collaborating_organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `collaborating_organisations_data_revision_delete` AFTER DELETE ON `collaborating_organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_insert` AFTER INSERT ON `comment_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = NEW.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_update` AFTER UPDATE ON `comment_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = NEW.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = OLD.`comment_id`), 'shared'), 1 WHERE OLD.`comment_id` IS NOT NEW.`comment_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_answers_data_revision_delete` AFTER DELETE ON `comment_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT (SELECT p3.`program_id` FROM `direction_documents` p3 WHERE p3.`id` = p2.`document_id`) FROM `direction_versions` p2 WHERE p2.`id` = p1.`version_id`) FROM `consultations` p1 WHERE p1.`id` = p0.`consultation_id`) FROM `comments` p0 WHERE p0.`id` = OLD.`comment_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_insert` AFTER INSERT ON `comments` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_update` AFTER UPDATE ON `comments` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE OLD.`consultation_id` IS NOT NEW.`consultation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_data_revision_delete` AFTER DELETE ON `comments` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_insert` AFTER INSERT ON `consultation_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_update` AFTER UPDATE ON `consultation_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = NEW.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE OLD.`consultation_id` IS NOT NEW.`consultation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_invitees_data_revision_delete` AFTER DELETE ON `consultation_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT (SELECT p2.`program_id` FROM `direction_documents` p2 WHERE p2.`id` = p1.`document_id`) FROM `direction_versions` p1 WHERE p1.`id` = p0.`version_id`) FROM `consultations` p0 WHERE p0.`id` = OLD.`consultation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_insert` AFTER INSERT ON `consultations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_update` AFTER UPDATE ON `consultations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE OLD.`version_id` IS NOT NEW.`version_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultations_data_revision_delete` AFTER DELETE ON `consultations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_insert` AFTER INSERT ON `direction_documents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_update` AFTER UPDATE ON `direction_documents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_documents_data_revision_delete` AFTER DELETE ON `direction_documents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_insert` AFTER INSERT ON `direction_sections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_update` AFTER UPDATE ON `direction_sections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = NEW.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE OLD.`version_id` IS NOT NEW.`version_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_sections_data_revision_delete` AFTER DELETE ON `direction_sections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT (SELECT p1.`program_id` FROM `direction_documents` p1 WHERE p1.`id` = p0.`document_id`) FROM `direction_versions` p0 WHERE p0.`id` = OLD.`version_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_insert` AFTER INSERT ON `direction_versions` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = NEW.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_update` AFTER UPDATE ON `direction_versions` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = NEW.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = OLD.`document_id`), 'shared'), 1 WHERE OLD.`document_id` IS NOT NEW.`document_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `direction_versions_data_revision_delete` AFTER DELETE ON `direction_versions` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `direction_documents` p0 WHERE p0.`id` = OLD.`document_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_insert` AFTER INSERT ON `dissemination_activities` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_update` AFTER UPDATE ON `dissemination_activities` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dissemination_activities_data_revision_delete` AFTER DELETE ON `dissemination_activities` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_insert` AFTER INSERT ON `expenses` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = NEW.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_update` AFTER UPDATE ON `expenses` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = NEW.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = OLD.`budget_line_id`), 'shared'), 1 WHERE OLD.`budget_line_id` IS NOT NEW.`budget_line_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `expenses_data_revision_delete` AFTER DELETE ON `expenses` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `budget_lines` p0 WHERE p0.`id` = OLD.`budget_line_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_insert` AFTER INSERT ON `external_partners` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_update` AFTER UPDATE ON `external_partners` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `external_partners_data_revision_delete` AFTER DELETE ON `external_partners` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_insert` AFTER INSERT ON `facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_update` AFTER UPDATE ON `facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facilitators_data_revision_delete` AFTER DELETE ON `facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_insert` AFTER INSERT ON `final_reports` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_update` AFTER UPDATE ON `final_reports` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `final_reports_data_revision_delete` AFTER DELETE ON `final_reports` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_insert` AFTER INSERT ON `focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_update` AFTER UPDATE ON `focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `focus_areas_data_revision_delete` AFTER DELETE ON `focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_insert` AFTER INSERT ON `gathering_cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_update` AFTER UPDATE ON `gathering_cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_cohorts_data_revision_delete` AFTER DELETE ON `gathering_cohorts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_insert` AFTER INSERT ON `gathering_extra_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_update` AFTER UPDATE ON `gathering_extra_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_extra_invitees_data_revision_delete` AFTER DELETE ON `gathering_extra_invitees` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_insert` AFTER INSERT ON `gathering_facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_update` AFTER UPDATE ON `gathering_facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_facilitators_data_revision_delete` AFTER DELETE ON `gathering_facilitators` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_insert` AFTER INSERT ON `gathering_feedback` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_update` AFTER UPDATE ON `gathering_feedback` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_data_revision_delete` AFTER DELETE ON `gathering_feedback` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_insert` AFTER INSERT ON `gathering_feedback_respondents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_update` AFTER UPDATE ON `gathering_feedback_respondents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_feedback_respondents_data_revision_delete` AFTER DELETE ON `gathering_feedback_respondents` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_insert` AFTER INSERT ON `gathering_materials` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_update` AFTER UPDATE ON `gathering_materials` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gathering_materials_data_revision_delete` AFTER DELETE ON `gathering_materials` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_insert` AFTER INSERT ON `gatherings` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_update` AFTER UPDATE ON `gatherings` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_data_revision_delete` AFTER DELETE ON `gatherings` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_insert` AFTER INSERT ON `grants` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_update` AFTER UPDATE ON `grants` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_data_revision_delete` AFTER DELETE ON `grants` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_insert` AFTER INSERT ON `invitations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_update` AFTER UPDATE ON `invitations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_data_revision_delete` AFTER DELETE ON `invitations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_insert` AFTER INSERT ON `leader_levels` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_update` AFTER UPDATE ON `leader_levels` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `leader_levels_data_revision_delete` AFTER DELETE ON `leader_levels` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_insert` AFTER INSERT ON `national_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_update` AFTER UPDATE ON `national_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_data_revision_delete` AFTER DELETE ON `national_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_insert` AFTER INSERT ON `national_strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_update` AFTER UPDATE ON `national_strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `national_strategies_data_revision_delete` AFTER DELETE ON `national_strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_update` AFTER UPDATE ON `organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_revision_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_insert` AFTER INSERT ON `participation_mode_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = NEW.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_update` AFTER UPDATE ON `participation_mode_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = NEW.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = OLD.`participation_id`), 'shared'), 1 WHERE OLD.`participation_id` IS NOT NEW.`participation_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participation_mode_changes_data_revision_delete` AFTER DELETE ON `participation_mode_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `union_participations` p0 WHERE p0.`id` = OLD.`participation_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_update` AFTER UPDATE ON `people` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_data_revision_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_insert` AFTER INSERT ON `person_roles` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_update` AFTER UPDATE ON `person_roles` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_data_revision_delete` AFTER DELETE ON `person_roles` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_insert` AFTER INSERT ON `program_goal_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = NEW.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_update` AFTER UPDATE ON `program_goal_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = NEW.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = OLD.`goal_id`), 'shared'), 1 WHERE OLD.`goal_id` IS NOT NEW.`goal_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goal_focus_areas_data_revision_delete` AFTER DELETE ON `program_goal_focus_areas` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `program_goals` p0 WHERE p0.`id` = OLD.`goal_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_insert` AFTER INSERT ON `program_goals` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_update` AFTER UPDATE ON `program_goals` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_goals_data_revision_delete` AFTER DELETE ON `program_goals` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_insert` AFTER INSERT ON `program_members` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_update` AFTER UPDATE ON `program_members` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_members_data_revision_delete` AFTER DELETE ON `program_members` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_insert` AFTER INSERT ON `program_status_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_update` AFTER UPDATE ON `program_status_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `program_status_changes_data_revision_delete` AFTER DELETE ON `program_status_changes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_insert` AFTER INSERT ON `programs` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_update` AFTER UPDATE ON `programs` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`id`, 'shared'), 1 WHERE OLD.`id` IS NOT NEW.`id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_data_revision_delete` AFTER DELETE ON `programs` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_insert` AFTER INSERT ON `reflection_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_update` AFTER UPDATE ON `reflection_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE OLD.`reflection_id` IS NOT NEW.`reflection_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_answers_data_revision_delete` AFTER DELETE ON `reflection_answers` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_insert` AFTER INSERT ON `reflection_prompts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_update` AFTER UPDATE ON `reflection_prompts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_prompts_data_revision_delete` AFTER DELETE ON `reflection_prompts` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_insert` AFTER INSERT ON `reflection_quotes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_update` AFTER UPDATE ON `reflection_quotes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = NEW.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE OLD.`reflection_id` IS NOT NEW.`reflection_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflection_quotes_data_revision_delete` AFTER DELETE ON `reflection_quotes` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `reflections` p0 WHERE p0.`id` = OLD.`reflection_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_insert` AFTER INSERT ON `reflections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_update` AFTER UPDATE ON `reflections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_data_revision_delete` AFTER DELETE ON `reflections` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_insert` AFTER INSERT ON `report_requests` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_update` AFTER UPDATE ON `report_requests` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_requests_data_revision_delete` AFTER DELETE ON `report_requests` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_insert` AFTER INSERT ON `strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_update` AFTER UPDATE ON `strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `strategies_data_revision_delete` AFTER DELETE ON `strategies` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_insert` AFTER INSERT ON `union_gathering_choices` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_update` AFTER UPDATE ON `union_gathering_choices` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = NEW.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE OLD.`gathering_id` IS NOT NEW.`gathering_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_gathering_choices_data_revision_delete` AFTER DELETE ON `union_gathering_choices` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || (SELECT p0.`program_id` FROM `gatherings` p0 WHERE p0.`id` = OLD.`gathering_id`), 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_insert` AFTER INSERT ON `union_participations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_update` AFTER UPDATE ON `union_participations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || NEW.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE OLD.`program_id` IS NOT NEW.`program_id` ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `union_participations_data_revision_delete` AFTER DELETE ON `union_participations` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT coalesce('program:' || OLD.`program_id`, 'shared'), 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_insert` AFTER INSERT ON `units` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_update` AFTER UPDATE ON `units` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_data_revision_delete` AFTER DELETE ON `units` BEGIN
  INSERT INTO `data_revisions` (`scope`, `revision`) SELECT 'shared', 1 WHERE true ON CONFLICT (`scope`) DO UPDATE SET `revision` = `revision` + 1;
END;
