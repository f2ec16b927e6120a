import { z } from "zod";
import type { Translate } from "../i18n/catalog";
import { useT } from "../i18n/react";
import { PersonField } from "./choice-fields";
import { day, emailField, optionalText, requiredText } from "./schemas";
import { TextAreaField, TextField } from "./form";
import type { useIntentForm } from "./intent-form";

/** The programme record, as typed on the new and edit pages. */
export const programSchema = z
  .object({
    title: requiredText("programs.titleRequired"),
    purpose: optionalText(4000),
    mainFocus: optionalText(1000),
    periodStart: day,
    periodEnd: day,
    contactEmail: emailField.optional(),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { path: ["periodEnd"], message: "programs.periodEndBeforeStart" });

type Fields = ReturnType<typeof useIntentForm<typeof programSchema>>[1];

/** The fields' labels in the form's order, for the fields and the error summary. */
export const programLabels = (t: Translate) => ({
  title: t("programs.title"),
  purpose: t("programs.purpose"),
  mainFocus: t("programs.mainFocus"),
  periodStart: t("programs.periodStart"),
  periodEnd: t("programs.periodEnd"),
  contactEmail: t("programs.contact"),
});

export function ProgramFields({ fields, people }: { fields: Fields; people: readonly { id: number; name: string; email: string }[] }) {
  const t = useT();
  const labels = programLabels(t);
  return (
    <>
      <TextField meta={fields.title} label={labels.title} />
      <TextAreaField meta={fields.purpose} label={labels.purpose} />
      <TextAreaField meta={fields.mainFocus} label={labels.mainFocus} rows={2} />
      <div className="form-grid">
        <TextField meta={fields.periodStart} label={labels.periodStart} type="date" />
        <TextField meta={fields.periodEnd} label={labels.periodEnd} type="date" />
      </div>
      <PersonField meta={fields.contactEmail} label={labels.contactEmail} description={t("programs.contactHelp")} people={people} />
    </>
  );
}
