import type { FieldMetadata } from "@conform-to/react";
import { Input, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import { controlProps, FieldFrame, frameIds, readField, textValue, translateError } from "./form";

export type Option = { value: string; label: string };
type OptionGroup = { label: string; options: Option[] };

/** A native select, labelled and wired to its error without JavaScript; options may be grouped. */
export function SelectField({
  meta,
  label,
  description,
  placeholder,
  options,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  /** A first option with an empty value, e.g. "Choose a programme". */
  placeholder?: string;
  options: (Option | OptionGroup)[];
}) {
  const field = readField(meta);
  return (
    <FieldFrame label={label} description={description} {...frameIds(field)}>
      <Select {...controlProps(field, description)} defaultValue={textValue(field)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) =>
          "options" in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </Select>
    </FieldFrame>
  );
}

/**
 * A filter of a page's search form (`method="get"`): a plain select, not a Conform field, with the
 * page's own id prefix; `invalid` says the address carried a value the server refused, which
 * `invalidText` then explains under the field.
 */
export function FilterSelect({
  idPrefix,
  name,
  label,
  value,
  options,
  invalid = false,
  invalidText,
  all,
}: {
  idPrefix: string;
  name: string;
  label: string;
  value?: string | number;
  options: { value: string | number; label: string }[];
  invalid?: boolean;
  invalidText?: string;
  /** A first option with an empty value that leaves the filter off. */
  all?: string;
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className="ds-field">
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      >
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {invalid && <ValidationMessage id={`${id}-error`}>{invalidText}</ValidationMessage>}
    </div>
  );
}

/**
 * Free text with suggestions the browser offers (a datalist), for values that are usually one of a
 * few; a suggestion may carry a label shown beside its value (a person's name beside their e-mail).
 */
export function SuggestField({
  meta,
  label,
  description,
  suggestions,
  type = "text",
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  suggestions: readonly (string | Option)[];
  type?: "text" | "email";
}) {
  const field = readField(meta);
  const listId = `${field.id}-suggestions`;
  return (
    <FieldFrame label={label} description={description} {...frameIds(field)}>
      <Input {...controlProps(field, description)} type={type} defaultValue={textValue(field)} list={listId} />
      <datalist id={listId}>
        {suggestions.map((s) =>
          typeof s === "string" ? (
            <option key={s} value={s} />
          ) : (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ),
        )}
      </datalist>
    </FieldFrame>
  );
}

/** One checkbox for a yes/no field, label beside the box. */
export function CheckboxField({ meta, label }: { meta: FieldMetadata<unknown>; label: string }) {
  const t = useT();
  const field = readField(meta);
  const errors = field.errors?.length ? field.errors : null;
  return (
    <div className="ds-field" data-position="start">
      <Input
        type="checkbox"
        id={field.id}
        name={field.name}
        form={field.formId}
        value="on"
        defaultChecked={field.initialValue === "on"}
        aria-describedby={errors ? field.errorId : undefined}
      />
      <Label htmlFor={field.id} weight="regular">
        {label}
      </Label>
      {errors && <ValidationMessage id={field.errorId}>{errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>}
    </div>
  );
}

/**
 * A person of the organisation chosen by e-mail address, the people offered as suggestions: a
 * datalist works without JavaScript and stays usable with thousands of people.
 */
export function PersonField({
  people,
  ...field
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  people: readonly { id: number; name: string; email: string }[];
}) {
  return <SuggestField {...field} type="email" suggestions={people.map((p) => ({ value: p.email, label: p.name }))} />;
}
