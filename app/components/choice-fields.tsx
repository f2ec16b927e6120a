import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { Input, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import { describedBy, FieldFrame, frameIds, translateError } from "./form";

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
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Select key={key} {...props} aria-invalid={meta.errors?.length ? true : undefined} aria-describedby={describedBy(meta, description)}>
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
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  const listId = `${meta.id}-suggestions`;
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Input
        key={key}
        {...props}
        list={listId}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      />
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
