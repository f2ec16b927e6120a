import type { FieldMetadata } from "@conform-to/react";
import { Fieldset, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useT } from "../i18n/react";
import { readField, translateError, type FieldState } from "./form";

type GroupProps = {
  meta: FieldMetadata<unknown>;
  legend: string;
  /** Shown under the legend and read with the group. */
  description?: ReactNode;
  className?: string;
  children: (radio: (value: string) => ReturnType<typeof radioProps>) => ReactNode;
};

function radioProps(field: FieldState, value: string) {
  const initial = field.initialValue;
  return {
    type: "radio",
    id: `${field.id}-${value}`,
    name: field.name,
    form: field.formId,
    value,
    defaultChecked: Array.isArray(initial) ? initial.includes(value) : initial === value,
    "aria-invalid": field.errors?.length ? true : undefined,
  };
}

/**
 * A fieldset of radios with legend, description and error wired by explicit ids, so the group is
 * named and its error announced without JavaScript.
 */
function RadioFieldset({ meta, legend, description, className, children }: GroupProps) {
  const t = useT();
  const field = readField(meta);
  const errors = field.errors?.length ? field.errors : null;
  const describedBy = [description ? field.descriptionId : null, errors ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <Fieldset aria-describedby={describedBy} className={className} id={field.id}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && (
        <div id={field.descriptionId} className="muted">
          {description}
        </div>
      )}
      {children((value) => radioProps(field, value))}
      {errors && <ValidationMessage id={field.errorId}>{errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage>}
    </Fieldset>
  );
}

export type RadioOption = { value: string; label: string; hint?: string };

/** One choice among a few labelled options, one per line. */
export function RadioGroupField({
  meta,
  legend,
  description,
  options,
}: {
  meta: FieldMetadata<unknown>;
  legend: string;
  description?: string;
  options: RadioOption[];
}) {
  return (
    <RadioFieldset meta={meta} legend={legend} description={description && <Paragraph data-size="sm">{description}</Paragraph>}>
      {(radio) =>
        options.map((option) => {
          const props = radio(option.value);
          return (
            <div className="ds-field radio-option" key={option.value}>
              <input className="ds-input" {...props} />
              <Label htmlFor={props.id} weight="regular">
                {option.label}
                {option.hint && <span className="muted radio-hint"> – {option.hint}</span>}
              </Label>
            </div>
          );
        })
      }
    </RadioFieldset>
  );
}

/**
 * A 1…max rating as a row of large numbered options (easy to hit with a thumb), with the meaning of
 * both ends written out under the legend.
 */
export function RatingScaleField({
  meta,
  legend,
  max,
  low,
  high,
}: {
  meta: FieldMetadata<unknown>;
  legend: string;
  max: number;
  low: string;
  high: string;
}) {
  const t = useT();
  const values = Array.from({ length: max }, (_, i) => String(i + 1));
  return (
    <RadioFieldset
      meta={meta}
      legend={legend}
      className="rating-scale"
      description={
        <Paragraph data-size="sm" className="scale-anchors">
          <span>1 = {low}</span>{" "}
          <span>
            {max} = {high}
          </span>
        </Paragraph>
      }
    >
      {(radio) => (
        <ul className="scale">
          {values.map((value) => {
            const props = radio(value);
            return (
              <li key={value}>
                <input {...props} />
                <label htmlFor={props.id}>
                  <span aria-hidden="true">{value}</span>
                  <span className="visually-hidden">{t("reflections.scaleOption", { value, max })}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </RadioFieldset>
  );
}
