import { z } from "zod";
import { locales, roles, type Role } from "../domain/enums";
import type { Translate } from "../i18n/catalog";
import { useT } from "../i18n/react";
import { CheckboxGroupField } from "./checkbox-group";
import { SelectField } from "./choice-fields";
import { TextField } from "./form";
import type { useIntentForm } from "./intent-form";
import { choiceId, emailField, requiredText } from "./schemas";

export const personSchema = z.object({
  name: requiredText("people.nameRequired"),
  email: z.string("people.emailRequired").pipe(emailField),
  preferredLanguage: z.enum(locales).default("nb"),
  unitId: choiceId.optional(),
  leaderLevelId: choiceId.optional(),
  roles: z.array(z.enum(roles)).default([]),
});

type Fields = ReturnType<typeof useIntentForm<typeof personSchema>>[1];

/** The fields' labels in the form's order, for the fields and the error summary. */
export const personLabels = (t: Translate) => ({
  name: t("people.name"),
  email: t("people.email"),
  preferredLanguage: t("people.language"),
  unitId: t("people.unit"),
  leaderLevelId: t("people.level"),
  roles: t("people.roles"),
});
type Choice = { id: number; name: string };

export function PersonFields({
  fields,
  units,
  levels,
  assignable,
}: {
  fields: Fields;
  units: readonly Choice[];
  levels: readonly Choice[];
  assignable: readonly Role[];
}) {
  const t = useT();
  const labels = personLabels(t);
  return (
    <>
      <div className="form-grid">
        <TextField meta={fields.name} label={labels.name} autoComplete="off" />
        <TextField meta={fields.email} label={labels.email} type="email" autoComplete="off" />
        <SelectField
          meta={fields.preferredLanguage}
          label={labels.preferredLanguage}
          options={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
        <SelectField
          meta={fields.unitId}
          label={labels.unitId}
          placeholder={t("people.none")}
          options={units.map((u) => ({ value: String(u.id), label: u.name }))}
        />
        <SelectField
          meta={fields.leaderLevelId}
          label={labels.leaderLevelId}
          placeholder={t("people.none")}
          options={levels.map((l) => ({ value: String(l.id), label: l.name }))}
        />
      </div>
      <CheckboxGroupField
        meta={fields.roles}
        legend={labels.roles}
        options={assignable.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
    </>
  );
}
