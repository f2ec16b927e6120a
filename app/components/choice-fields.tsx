import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { Input, Select } from "@digdir/designsystemet-react";
import { describedBy, FieldFrame, frameIds } from "./form";

type Option = { value: string; label: string };
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
      <Select
        key={key}
        {...props}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      >
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

/** Free text with suggestions the browser offers (a datalist), for values that are usually one of a few. */
export function SuggestField({
  meta,
  label,
  description,
  suggestions,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  suggestions: string[];
}) {
  const { key, ...props } = getInputProps(meta, { type: "text", ariaAttributes: false });
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
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </FieldFrame>
  );
}
