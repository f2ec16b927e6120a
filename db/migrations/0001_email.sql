CREATE TABLE `mailbox_messages` (
	`email_message_id` integer PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`attachments` text NOT NULL,
	`raw` text NOT NULL,
	`delivered_at` integer NOT NULL,
	FOREIGN KEY (`email_message_id`) REFERENCES `email_messages`(`id`) ON UPDATE no action ON DELETE no action
);
