import type { FieldMetadata } from "@conform-to/react";
import { Fieldset, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import { translateError } from "./form";

export type Choice = { value: string | number; label: string };

const describedBy = (meta: FieldMetadata<unknown>, description?: string) =>
  [description ? meta.descriptionId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ") || undefined;

function Errors({ meta }: { meta: FieldMetadata<unknown> }) {
  const t = useT();
  return meta.errors?.length ? (
    <ValidationMessage id={meta.errorId}>{meta.errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>
  ) : null;
}

/** A native select with its label, description and error wired by ids (works without JavaScript). */
export function SelectField({
  meta,
  label,
  description,
  choices,
  emptyLabel,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  choices: Choice[];
  /** Offers an empty first option with this text. */
  emptyLabel?: string;
}) {
  const initial = typeof meta.initialValue === "string" ? meta.initialValue : "";
  return (
    <div className="ds-field">
      <Label htmlFor={meta.id}>{label}</Label>
      {description && (
        <Paragraph data-size="sm" id={meta.descriptionId} className="muted">
          {description}
        </Paragraph>
      )}
      <Select
        key={meta.key}
        id={meta.id}
        name={meta.name}
        defaultValue={initial}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((c) => (
          <option key={c.value} value={String(c.value)}>
            {c.label}
          </option>
        ))}
      </Select>
      <Errors meta={meta} />
    </div>
  );
}

/** Checkboxes for a list field; each box has its own label, the group a legend. */
export function CheckboxGroupField({
  meta,
  legend,
  description,
  choices,
}: {
  meta: FieldMetadata<unknown>;
  legend: string;
  description?: string;
  choices: Choice[];
}) {
  const initial = meta.initialValue;
  const checked = new Set(Array.isArray(initial) ? initial.map(String) : typeof initial === "string" ? [initial] : []);
  return (
    <Fieldset aria-describedby={describedBy(meta, description)} key={meta.key}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && (
        <Paragraph data-size="sm" id={meta.descriptionId} className="muted">
          {description}
        </Paragraph>
      )}
      {choices.map((c) => {
        const id = `${meta.id}-${c.value}`;
        return (
          <div className="ds-field checkbox-row" key={c.value}>
            <input type="checkbox" className="ds-input" id={id} name={meta.name} value={String(c.value)} defaultChecked={checked.has(String(c.value))} />
            <Label htmlFor={id} weight="regular">
              {c.label}
            </Label>
          </div>
        );
      })}
      <Errors meta={meta} />
    </Fieldset>
  );
}
