/**
 * Feedback after a gathering: the form's rule and what may be shown of the answers. Plain rules, no
 * database. The figures follow the programme's one disclosure rule (`minGroupSize` from the
 * indicators): fewer answers than that show nothing at all, not even the free text.
 */
import { z } from "zod";
import { minGroupSize } from "./indicators";

export const feedbackScale = [1, 2, 3, 4, 5] as const;
export const takeawayMaxLength = 2000;

const rating = z
  .enum(["1", "2", "3", "4", "5"], {
    error: "participants.feedback.ratingRequired",
  })
  .transform(Number);

export const feedbackSchema = z.object({
  overall: rating,
  relevance: rating,
  takeaway: z.string().trim().max(takeawayMaxLength, "form.tooLong").optional().default(""),
});

export type FeedbackAnswer = {
  overall: number;
  relevance: number;
  takeaway: string;
};

type Measure = { mean: number; distribution: number[] };

export type FeedbackFigures =
  | { answers: number; shown: false }
  | {
      answers: number;
      shown: true;
      overall: Measure;
      relevance: Measure;
      takeaways: string[];
    };

function measure(values: number[]): Measure {
  const distribution = feedbackScale.map((v) => values.filter((x) => x === v).length);
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    distribution,
  };
}

/**
 * The figures of one gathering's answers, or only their number when too few answered. Free text is
 * sorted so its order says nothing about who answered when.
 */
export function feedbackFigures(answers: readonly FeedbackAnswer[]): FeedbackFigures {
  if (answers.length < minGroupSize) return { answers: answers.length, shown: false };
  return {
    answers: answers.length,
    shown: true,
    overall: measure(answers.map((a) => a.overall)),
    relevance: measure(answers.map((a) => a.relevance)),
    takeaways: answers
      .map((a) => a.takeaway.trim())
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b, "nb")),
  };
}
