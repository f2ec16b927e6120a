import { getInputProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Alert, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { MessageKey, Translate } from "../i18n/catalog";
import { useT } from "../i18n/react";

/** Validation messages are catalogue keys; anything else (a library default) shows a generic text. */
export const translateError = (t: Translate, error: string) => t(error.includes(".") ? (error as MessageKey) : "form.invalid");

type FieldProps = {
  label: string;
  description?: string;
  children: ReactNode;
  id: string;
  descriptionId: string;
  errorId: string;
  errors: string[] | undefined;
};

/**
 * Label, description and error wired by explicit ids, so the field is labelled and its error
 * announced without JavaScript (Designsystemet's own wiring runs only in the browser).
 */
export function FieldFrame({ label, description, children, id, descriptionId, errorId, errors }: FieldProps) {
  const t = useT();
  return (
    <div className="ds-field">
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <Paragraph data-size="sm" id={descriptionId} className="muted">
          {description}
        </Paragraph>
      )}
      {children}
      {errors?.length ? <ValidationMessage id={errorId}>{errors.map((e) => translateError(t, e)).join(" ")}</ValidationMessage> : null}
    </div>
  );
}

export const frameIds = (meta: FieldMetadata<unknown>) => ({
  id: meta.id,
  descriptionId: meta.descriptionId,
  errorId: meta.errorId,
  errors: meta.errors,
});

export const describedBy = (meta: FieldMetadata<unknown>, description?: string) =>
  [description ? meta.descriptionId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ") || undefined;

type InputType = "text" | "email" | "password" | "number" | "date" | "datetime-local" | "time" | "url" | "search";

export function TextField({
  meta,
  label,
  description,
  type = "text",
  ...rest
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  type?: InputType;
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "email" | "text";
}) {
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Input
        key={key}
        {...props}
        {...rest}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      />
    </FieldFrame>
  );
}

export function TextAreaField({
  meta,
  label,
  description,
  rows = 4,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  description?: string;
  rows?: number;
}) {
  const { key, ...props } = getTextareaProps(meta, { ariaAttributes: false });
  return (
    <FieldFrame label={label} description={description} {...frameIds(meta)}>
      <Textarea
        key={key}
        {...props}
        rows={rows}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, description)}
      />
    </FieldFrame>
  );
}

/** Errors that belong to the form as a whole (e.g. wrong password), announced when they appear. */
export function FormErrors({ form }: { form: Pick<FormMetadata, "errors" | "errorId"> }) {
  const t = useT();
  if (!form.errors?.length) return null;
  return (
    <Alert data-color="danger" id={form.errorId} role="alert">
      {form.errors.map((e) => translateError(t, e)).join(" ")}
    </Alert>
  );
}
