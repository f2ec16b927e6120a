import { z } from "zod";
import type { Translate } from "../i18n/catalog";
import { useT } from "../i18n/react";
import { SelectField } from "./choice-fields";
import { TextField } from "./form";
import type { useIntentForm } from "./intent-form";
import { choiceId, day, requiredText } from "./schemas";

const optionalDay = day.optional();

export const cohortSchema = z
  .object({
    name: requiredText("cohorts.nameRequired"),
    leaderLevelId: choiceId.optional(),
    rolloutOrder: z
      .number("cohorts.orderRequired")
      .int("cohorts.orderRequired")
      .min(1, "cohorts.orderRequired")
      .max(999, "cohorts.orderRequired"),
    startsOn: optionalDay,
    endsOn: optionalDay,
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, { path: ["endsOn"], message: "programs.periodEndBeforeStart" });

type Fields = ReturnType<typeof useIntentForm<typeof cohortSchema>>[1];

/** The fields' labels in the form's order, for the fields and the error summary. */
export const cohortLabels = (t: Translate) => ({
  name: t("cohorts.name"),
  leaderLevelId: t("cohorts.level"),
  rolloutOrder: t("cohorts.rolloutOrder"),
  startsOn: t("cohorts.startsOn"),
  endsOn: t("cohorts.endsOn"),
});

export function CohortFields({ fields, levels }: { fields: Fields; levels: readonly { id: number; name: string }[] }) {
  const t = useT();
  const labels = cohortLabels(t);
  return (
    <div className="form-grid">
      <TextField meta={fields.name} label={labels.name} />
      <SelectField
        meta={fields.leaderLevelId}
        label={labels.leaderLevelId}
        placeholder={t("cohorts.mixedLevels")}
        options={levels.map((l) => ({ value: String(l.id), label: l.name }))}
      />
      <TextField meta={fields.rolloutOrder} label={labels.rolloutOrder} type="number" inputMode="numeric" />
      <TextField meta={fields.startsOn} label={labels.startsOn} type="date" />
      <TextField meta={fields.endsOn} label={labels.endsOn} type="date" />
    </div>
  );
}
