import { z } from "zod";
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

export function ProgramFields({ fields, people }: { fields: Fields; people: readonly { id: number; name: string; email: string }[] }) {
  const t = useT();
  return (
    <>
      <TextField meta={fields.title} label={t("programs.title")} />
      <TextAreaField meta={fields.purpose} label={t("programs.purpose")} />
      <TextAreaField meta={fields.mainFocus} label={t("programs.mainFocus")} rows={2} />
      <div className="form-grid">
        <TextField meta={fields.periodStart} label={t("programs.periodStart")} type="date" />
        <TextField meta={fields.periodEnd} label={t("programs.periodEnd")} type="date" />
      </div>
      <PersonField meta={fields.contactEmail} label={t("programs.contact")} description={t("programs.contactHelp")} people={people} />
    </>
  );
}
