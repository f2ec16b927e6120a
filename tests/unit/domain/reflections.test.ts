import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { answersByPrompt, passageIn, reflectionSchema } from "../../../app/domain/reflections";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};
const parse = (entries: Record<string, string>) => parseWithZod(form(entries), { schema: reflectionSchema(entries.intent) });
const complete = {
  programId: "1",
  kind: "free",
  roleIdentity: "4",
  roleClarity: "3",
  otherLevelsUnderstanding: "2",
  collaboration: "5",
  leadershipConfidence: "1",
};

describe("reflection form rules", () => {
  it("keeps a draft without ratings but needs all five to submit", () => {
    expect(parse({ intent: "save", programId: "1", kind: "free" }).status).toBe("success");
    const submitted = parse({ intent: "submit", programId: "1", kind: "free", roleIdentity: "4" });
    expect(submitted.status).toBe("error");
    const errors = submitted.reply().error!;
    expect(errors.roleClarity).toEqual(["reflections.ratingRequired"]);
    expect(errors.roleIdentity).toBeUndefined();
    expect(parse({ intent: "submit", ...complete }).status).toBe("success");
  });

  it.each([
    ["roleIdentity", "0", "reflections.identityRange"],
    ["roleIdentity", "8", "reflections.identityRange"],
    ["roleClarity", "6", "reflections.indicatorRange"],
    ["collaboration", "2.5", "reflections.indicatorRange"],
    ["leadershipConfidence", "many", "reflections.indicatorRange"],
  ])("refuses %s = %s, in a draft as in a submission", (field, value, message) => {
    for (const intent of ["save", "submit"]) {
      const result = parse({ intent, ...complete, [field]: value });
      expect(result.status).toBe("error");
      expect(result.reply().error?.[field]).toEqual([message]);
    }
  });

  it("ties the gathering to the kind", () => {
    expect(parse({ intent: "save", programId: "1", kind: "gathering" }).reply().error?.gatheringId).toEqual([
      "reflections.gatheringRequired",
    ]);
    expect(parse({ intent: "save", programId: "1", kind: "free", gatheringId: "3" }).reply().error?.gatheringId).toEqual([
      "reflections.gatheringOnlyForKind",
    ]);
    expect(parse({ intent: "save", programId: "1", kind: "gathering", gatheringId: "3" }).status).toBe("success");
  });

  it("reads answers by prompt and drops empty ones", () => {
    const result = parse({ intent: "save", programId: "1", kind: "free", "answers.p12": " Svar ", "answers.p13": "" });
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect([...answersByPrompt(result.value.answers)]).toEqual([[12, "Svar"]]);
  });
});

describe("quotes", () => {
  const sources = ["Jeg delegerer mer.\nNå bruker jeg  tiden på å lede.", "Tillitsvalgte kommer tidlig inn."];

  it("accepts a passage of the text, ignoring whitespace and wrapping quotation marks", () => {
    expect(passageIn("bruker jeg tiden", sources)).toBe("bruker jeg tiden");
    expect(passageIn("«Jeg delegerer mer. Nå bruker jeg tiden på å lede.»", sources)).toBe(
      "Jeg delegerer mer. Nå bruker jeg tiden på å lede.",
    );
    expect(passageIn("Tillitsvalgte kommer tidlig inn.", sources)).toBe("Tillitsvalgte kommer tidlig inn.");
  });

  it("refuses words that are not in the reflection, and an empty quote", () => {
    expect(passageIn("Jeg delegerer alt.", sources)).toBeNull();
    expect(passageIn(" «» ", sources)).toBeNull();
  });
});
