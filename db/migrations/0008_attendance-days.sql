CREATE TABLE `attendance_days` (
	`invitation_id` integer NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`invitation_id`, `day`),
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade
);
