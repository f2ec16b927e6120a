import { getCollectionProps, getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { Fieldset, Input, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import { describedBy, FieldFrame, frameIds, translateError } from "./form";

export type Option = { value: string; label: string };

/** A native select (works without JavaScript); `placeholder` adds an empty first choice. */
export function SelectField({
  meta,
  label,
  description,
  options,
  placeholder,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  options: readonly Option[];
  placeholder?: string;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Select
        key={key}
        {...props}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}

/** One checkbox for a yes/no field, label beside the box. */
export function CheckboxField({ meta, label }: { meta: FieldMetadata<unknown>; label: string }) {
  const t = useT();
  const { key, ...props } = getInputProps(meta, { type: "checkbox", ariaAttributes: false });
  return (
    <div className="ds-field" data-position="start">
      <Input key={key} {...props} aria-describedby={meta.errors?.length ? meta.errorId : undefined} />
      <Label htmlFor={meta.id} weight="regular">
        {label}
      </Label>
      {meta.errors?.length ? (
        <ValidationMessage id={meta.errorId}>{meta.errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>
      ) : null}
    </div>
  );
}

/** A group of checkboxes (several values) or radios (one value) under a legend. */
export function ChoiceGroupField({
  meta,
  legend,
  description,
  options,
  type,
}: {
  meta: FieldMetadata<unknown>;
  legend: string;
  description?: string;
  options: readonly (Option & { description?: string })[];
  type: "checkbox" | "radio";
}) {
  const t = useT();
  const items = getCollectionProps(meta, { type, options: options.map((o) => o.value), ariaAttributes: false });
  return (
    <Fieldset aria-describedby={describedBy(meta, description)} aria-invalid={meta.errors?.length ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && (
        <Paragraph data-size="sm" id={meta.descriptionId} className="muted">
          {description}
        </Paragraph>
      )}
      {items.map(({ key, ...props }, i) => {
        const description = options[i]!.description;
        return (
          <div className="ds-field" data-position="start" key={key}>
            <Input {...props} aria-describedby={description ? `${props.id}-description` : undefined} />
            <Label htmlFor={props.id} weight="regular">
              {options[i]!.label}
            </Label>
            {description && (
              <Paragraph data-size="sm" className="muted" id={`${props.id}-description`}>
                {description}
              </Paragraph>
            )}
          </div>
        );
      })}
      {meta.errors?.length ? (
        <ValidationMessage id={meta.errorId}>{meta.errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>
      ) : null}
    </Fieldset>
  );
}

/**
 * A person chosen by e-mail address, with the organisation's people offered as suggestions
 * (a datalist works without JavaScript and stays usable with thousands of people).
 */
export function PersonField({
  meta,
  label,
  description,
  people,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  people: readonly { id: number; name: string; email: string }[];
}) {
  const { key, ...props } = getInputProps(meta, { type: "email", ariaAttributes: false });
  const listId = `${meta.id}-people`;
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Input
        key={key}
        {...props}
        list={listId}
        autoComplete="off"
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      />
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p.id} value={p.email}>
            {p.name}
          </option>
        ))}
      </datalist>
    </FieldFrame>
  );
}
