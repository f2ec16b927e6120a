import type { FieldMetadata } from "@conform-to/react";
import { Fieldset, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import { readField, translateError } from "./form";

export type CheckboxOption = { value: string; label: string };

/**
 * Checkboxes (pick any) under a legend, the checkbox sibling of RadioGroupField. Each input has its
 * own id and label, and the group's error is tied to the fieldset, so it works without JavaScript.
 */
export function CheckboxGroupField({
  meta,
  legend,
  description,
  options,
}: {
  meta: FieldMetadata<unknown>;
  legend: string;
  description?: string;
  options: CheckboxOption[];
}) {
  const t = useT();
  const field = readField(meta);
  const initial = field.initialValue as string | string[] | undefined;
  const selected = new Set(Array.isArray(initial) ? initial : initial === undefined ? [] : [initial]);
  const errors = field.errors?.length ? field.errors : null;
  const describedBy = [description ? field.descriptionId : null, errors ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    // Named by the legend through an id of our own: otherwise Designsystemet's fieldset script names it, in
    // the browser only, by legend and description together (the description then read twice).
    <Fieldset key={meta.key} aria-labelledby={`${field.id}-legend`} aria-describedby={describedBy} id={field.id}>
      <Fieldset.Legend id={`${field.id}-legend`}>{legend}</Fieldset.Legend>
      {description && (
        <Paragraph data-size="sm" id={field.descriptionId} className="muted">
          {description}
        </Paragraph>
      )}
      {options.map((option, i) => {
        const id = `${field.id}-${i}`;
        return (
          <div className="ds-field" data-position="start" key={option.value}>
            <Input
              type="checkbox"
              id={id}
              name={field.name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              aria-invalid={errors ? true : undefined}
            />
            <Label htmlFor={id} weight="regular">
              {option.label}
            </Label>
          </div>
        );
      })}
      {errors && <ValidationMessage id={field.errorId}>{errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>}
    </Fieldset>
  );
}
