-- Keep programs.reflections_revision in step with every write to a programme's reflections (see db/schema.ts).
CREATE TRIGGER `reflections_revision_insert` AFTER INSERT ON `reflections` BEGIN
  UPDATE `programs` SET `reflections_revision` = `reflections_revision` + 1 WHERE `id` = NEW.`program_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_revision_update` AFTER UPDATE ON `reflections` BEGIN
  UPDATE `programs` SET `reflections_revision` = `reflections_revision` + 1 WHERE `id` IN (OLD.`program_id`, NEW.`program_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `reflections_revision_delete` AFTER DELETE ON `reflections` BEGIN
  UPDATE `programs` SET `reflections_revision` = `reflections_revision` + 1 WHERE `id` = OLD.`program_id`;
END;
