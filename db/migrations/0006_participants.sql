CREATE TABLE `gathering_feedback` (
	`id` integer PRIMARY KEY NOT NULL,
	`gathering_id` integer NOT NULL,
	`overall` integer NOT NULL,
	`relevance` integer NOT NULL,
	`takeaway` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gathering_feedback_overall_ck" CHECK(overall between 1 and 5),
	CONSTRAINT "gathering_feedback_relevance_ck" CHECK(relevance between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX `gathering_feedback_gathering_idx` ON `gathering_feedback` (`gathering_id`);--> statement-breakpoint
CREATE TABLE `gathering_feedback_respondents` (
	`gathering_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`gathering_id`, `person_id`),
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gathering_feedback_respondents_person_idx` ON `gathering_feedback_respondents` (`person_id`);--> statement-breakpoint
CREATE TABLE `union_gathering_choices` (
	`participation_id` integer NOT NULL,
	`gathering_id` integer NOT NULL,
	PRIMARY KEY(`participation_id`, `gathering_id`),
	FOREIGN KEY (`participation_id`) REFERENCES `union_participations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `union_gathering_choices_gathering_idx` ON `union_gathering_choices` (`gathering_id`);