CREATE TABLE `gathering_materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gathering_id` integer NOT NULL,
	`phase` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`file_name` text,
	`stored_name` text,
	`content_type` text,
	`size` integer,
	`uploaded_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gathering_materials_phase_ck" CHECK(phase in ('before', 'after')),
	CONSTRAINT "gathering_materials_kind_ck" CHECK((url is null) <> (stored_name is null))
);
--> statement-breakpoint
CREATE INDEX `gathering_materials_gathering_idx` ON `gathering_materials` (`gathering_id`,`phase`);