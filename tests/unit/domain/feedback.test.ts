import { describe, expect, it } from "vitest";
import { feedbackFigures, feedbackSchema } from "../../../app/domain/feedback";

const answer = (overall: number, relevance = 3, takeaway = "") => ({
  overall,
  relevance,
  takeaway,
});

describe("feedbackFigures", () => {
  it("shows only the number of answers below five, not even the free text", () => {
    expect(feedbackFigures([answer(5, 5, "Hemmelig"), answer(4), answer(3), answer(2)])).toEqual({ answers: 4, shown: false });
  });

  it("shows means, distributions and the free text sorted (not in the order given) from five answers", () => {
    const figures = feedbackFigures([
      answer(5, 4, "Økt trygghet"),
      answer(4, 4, " "),
      answer(4, 2, "Bedre delegering"),
      answer(3),
      answer(1, 5),
    ]);
    expect(figures).toEqual({
      answers: 5,
      shown: true,
      overall: { mean: 3.4, distribution: [1, 0, 1, 2, 1] },
      relevance: { mean: 3.6, distribution: [0, 1, 1, 2, 1] },
      takeaways: ["Bedre delegering", "Økt trygghet"],
    });
  });
});

describe("feedbackSchema", () => {
  it("accepts 1–5 and refuses anything else", () => {
    expect(feedbackSchema.safeParse({ overall: "1", relevance: "5" })).toMatchObject({
      success: true,
      data: { overall: 1, relevance: 5, takeaway: "" },
    });
    for (const bad of ["0", "6", "2.5", "", "x"])
      expect(feedbackSchema.safeParse({ overall: bad, relevance: "3" }).success, bad).toBe(false);
  });
});
