/**
 * The rules of a reflection form: what a draft may hold, what a submission must hold, when the
 * baseline and closing reflections are asked for, and what counts as a quote from a reflection.
 */
import { z } from "zod";
import type { reflectionKinds } from "./enums";
import { ratingKeys, ratingMax, type RatingKey } from "./indicators";

export const kinds = ["baseline", "gathering", "closing", "free"] as const satisfies typeof reflectionKinds;
export type ReflectionKind = (typeof kinds)[number];

/** A closing reflection is asked for from this many days before the cohort ends … */
export const closingOpensDaysBefore = 30;
/** … until this many days after. */
export const closingStaysDaysAfter = 90;
/** A gathering attended is offered for reflection on the leader's home this long after it ended. */
export const gatheringReflectionDays = 30;

export const freeTextMax = 10_000;
export const answerMax = 5_000;
export const quoteMax = 1_000;

const id = z
  .string({ error: "form.invalid" })
  .regex(/^\d{1,15}$/, "form.invalid")
  .transform(Number);

/**
 * A draft may leave ratings out; a submission needs all five. A rating outside its scale is
 * refused in both. Radio values arrive as strings; Conform drops empty fields.
 */
function rating(max: number, required: boolean) {
  const range = max === 7 ? "reflections.identityRange" : "reflections.indicatorRange";
  const value = z
    .string({ error: "reflections.ratingRequired" })
    .pipe(z.coerce.number<string>({ error: range }).int(range).min(1, range).max(max, range));
  return required ? value : value.optional();
}

const ratingsShape = (required: boolean) =>
  Object.fromEntries(ratingKeys.map((k) => [k, rating(ratingMax[k], required)])) as Record<RatingKey, ReturnType<typeof rating>>;

export const intents = ["save", "submit"] as const;
export type Intent = (typeof intents)[number];

function schema(required: boolean) {
  return z
    .object({
      intent: z.enum(intents),
      programId: id,
      kind: z.enum(kinds, { error: "reflections.kindRequired" }),
      gatheringId: id.optional(),
      freeText: z.string().trim().max(freeTextMax, "form.tooLong").optional(),
      /** Keyed `p<promptId>`, so Conform names the fields `answers.p12`. */
      answers: z.record(z.string().regex(/^p\d{1,15}$/), z.string().trim().max(answerMax, "form.tooLong")).optional(),
      ...ratingsShape(required),
    })
    .superRefine((value, ctx) => {
      if (value.kind === "gathering" && value.gatheringId === undefined) {
        ctx.addIssue({ code: "custom", path: ["gatheringId"], message: "reflections.gatheringRequired" });
      }
      if (value.kind !== "gathering" && value.gatheringId !== undefined) {
        ctx.addIssue({ code: "custom", path: ["gatheringId"], message: "reflections.gatheringOnlyForKind" });
      }
    });
}

const draftSchema = schema(false);
const submitSchema = schema(true);

/** The schema for the button pressed: "submit" needs every rating, "save" keeps a draft. */
export const reflectionSchema = (intent: FormDataEntryValue | null | undefined) => (intent === "submit" ? submitSchema : draftSchema);

export type ReflectionInput = z.infer<typeof draftSchema>;

/** Answers keyed by prompt id, empty answers left out. */
export const answersByPrompt = (answers: ReflectionInput["answers"]) =>
  new Map(
    Object.entries(answers ?? {})
      .filter(([, text]) => text.length > 0)
      .map(([key, text]) => [Number(key.slice(1)), text]),
  );

export const quoteSchema = z.object({
  quote: z.string({ error: "reflections.quoteRequired" }).trim().min(1, "reflections.quoteRequired").max(quoteMax, "form.tooLong"),
});

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const wrappingQuotes = /^["'«»“”„‘’]+|["'«»“”„‘’]+$/g;

/**
 * A quote must be a passage the author actually wrote in this reflection (its free text or an
 * answer), so the report never shows words that were not in a reflection. Whitespace and wrapping
 * quotation marks do not matter. Returns the passage to store, or null when it is not in the text.
 */
export function passageIn(quote: string, sources: readonly string[]): string | null {
  const passage = collapse(collapse(quote).replace(wrappingQuotes, ""));
  if (passage.length === 0) return null;
  return sources.some((source) => collapse(source).includes(passage)) ? passage : null;
}
