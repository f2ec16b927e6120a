import { z } from "zod";

/** Form field schemas shared by the pages; messages are catalogue keys. */

/** Text that must be filled in; `key` is the message for an empty field. */
export const requiredText = (key: string, max = 200) => z.string(key).trim().min(1, key).max(max, "form.tooLong");

/** Text that may be left empty (stored as ""). */
export const optionalText = (max: number) => z.string().trim().max(max, "form.tooLong").default("");

/** An e-mail address as typed: trimmed and lower-cased before it is checked. */
export const emailField = z.string().trim().toLowerCase().max(254, "programs.emailInvalid").pipe(z.email("programs.emailInvalid"));

export const day = z.iso.date("programs.dateInvalid");

/** The id of a choice in a select or checkbox (the pages check it belongs to the organisation). */
export const choiceId = z.number().int().positive();
