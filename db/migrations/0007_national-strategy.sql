CREATE TABLE `national_focus_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`national_strategy_id` integer NOT NULL,
	`title` text NOT NULL,
	`goal` text NOT NULL,
	`measures` text DEFAULT '' NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`national_strategy_id`) REFERENCES `national_strategies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `national_focus_areas_strategy_idx` ON `national_focus_areas` (`national_strategy_id`,`position`);--> statement-breakpoint
CREATE TABLE `national_strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`sector_kind` text NOT NULL,
	`title` text NOT NULL,
	`from_year` integer NOT NULL,
	`to_year` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "national_strategies_kind_ck" CHECK(sector_kind in ('police_district', 'municipality', 'agency')),
	CONSTRAINT "national_strategies_status_ck" CHECK(status in ('draft', 'published')),
	CONSTRAINT "national_strategies_period_ck" CHECK(to_year >= from_year)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `national_strategies_period_uq` ON `national_strategies` (`organisation_id`,`sector_kind`,`from_year`);--> statement-breakpoint
ALTER TABLE `focus_areas` ADD `national_focus_area_id` integer REFERENCES national_focus_areas(id);--> statement-breakpoint
CREATE UNIQUE INDEX `focus_areas_national_uq` ON `focus_areas` (`strategy_id`,`national_focus_area_id`);--> statement-breakpoint
-- Custom: an organisation's copy of a national focus area is the directorate's text; refuse any edit
-- of it, and of a published national focus area, whichever code path tries.
CREATE TRIGGER `focus_areas_national_frozen` BEFORE UPDATE OF `title`, `goal`, `measures`, `rationale`, `national_focus_area_id` ON `focus_areas`
WHEN old.national_focus_area_id IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a national focus area cannot be changed by an organisation');
END;
--> statement-breakpoint
CREATE TRIGGER `national_focus_areas_published_frozen` BEFORE UPDATE ON `national_focus_areas`
WHEN (SELECT status FROM national_strategies WHERE id = old.national_strategy_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published national focus area cannot be changed');
END;
