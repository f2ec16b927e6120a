import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { gatheringFormSchema, type GatheringInput } from "../domain/gathering-form";
import { warningsKey, type ConflictNotice } from "../domain/gatherings";
import type { ProgramRow } from "./gathering-access.server";
import { conflictsFor, gatheringFormOptions, referenceErrors } from "./gathering-queries.server";

// A parser's outcome, not a refusal: besides field errors it answers 200 (one more agenda row) and 409 with the conflict warnings to acknowledge.
type Returned = { result: SubmissionResult<string[]>; warnings: ConflictNotice[]; warningsKey: string };

/**
 * The checks of a submitted gathering form, in order: the fields (400), choices that belong to the
 * programme and organisation (400), then conflicts (409) unless the coordinator ticked "save anyway"
 * for exactly the warnings shown. An "add agenda row" button comes back with one more row (200).
 */
export function checkGatheringForm(
  formData: FormData,
  program: ProgramRow,
  gatheringId: number | null,
): { ok: false; status: number; body: Returned } | { ok: true; input: GatheringInput } {
  const submission = parseWithZod(formData, { schema: gatheringFormSchema });
  const none = { warnings: [], warningsKey: "" };
  if (submission.status !== "success") {
    return { ok: false, status: submission.status === "error" ? 400 : 200, body: { result: submission.reply(), ...none } };
  }
  const { saveAnyway, acknowledged, ...input } = submission.value;
  const refErrors = referenceErrors(input, gatheringFormOptions(program.organisationId, program.id));
  if (Object.keys(refErrors).length) {
    return { ok: false, status: 400, body: { result: submission.reply({ fieldErrors: refErrors }), ...none } };
  }
  const warnings = conflictsFor(input, program, gatheringId);
  const key = warningsKey(warnings);
  if (warnings.length && !(saveAnyway && acknowledged === key)) {
    return { ok: false, status: 409, body: { result: submission.reply(), warnings, warningsKey: key } };
  }
  return { ok: true, input };
}
