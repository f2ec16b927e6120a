import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { ErrorSummary, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState, type ElementRef, type MouseEvent, type ReactNode, type RefObject } from "react";
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

/**
 * What a field's control needs of Conform's metadata, each property read once. Every read of a
 * Conform field's property builds a new proxy and records a subscription; read as Conform's
 * getInputProps and friends read them (fourteen reads for a text area) they were 6% of the report
 * builder's CPU. useIntentForm gives Conform no constraints, so `required`, `minLength` and the like
 * are never set and are not read.
 */
export type FieldState = {
  id: string;
  name: string;
  formId: string;
  initialValue: unknown;
  errors: string[] | undefined;
  descriptionId: string;
  errorId: string;
};

export const readField = (meta: FieldMetadata<unknown>): FieldState => ({
  id: meta.id,
  name: meta.name,
  formId: meta.formId,
  initialValue: meta.initialValue,
  errors: meta.errors,
  descriptionId: meta.descriptionId,
  errorId: meta.errorId,
});

export const frameIds = (field: FieldState) => ({
  id: field.id,
  descriptionId: field.descriptionId,
  errorId: field.errorId,
  errors: field.errors,
});

/** What every control of a field carries: its id and name, its form, and what describes it. */
export function controlProps(field: FieldState, description?: string) {
  const invalid = !!field.errors?.length;
  return {
    id: field.id,
    name: field.name,
    form: field.formId,
    "aria-invalid": invalid || undefined,
    "aria-describedby": [description ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined,
  };
}

/** The value a one-value control starts with: the posted or default text (Conform's rule: a string only). */
export const textValue = (field: FieldState) => (typeof field.initialValue === "string" ? field.initialValue : undefined);

type InputType = "text" | "email" | "password" | "number" | "date" | "datetime-local" | "time" | "url" | "search" | "file";

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
  /** For `type="file"`: the kinds of file offered. */
  accept?: string;
}) {
  const field = readField(meta);
  return (
    <FieldFrame label={label} description={description} {...frameIds(field)}>
      {/* A file input cannot start with a value. */}
      <Input {...controlProps(field, description)} type={type} defaultValue={type === "file" ? undefined : textValue(field)} {...rest} />
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
  const field = readField(meta);
  return (
    <FieldFrame label={label} description={description} {...frameIds(field)}>
      <Textarea {...controlProps(field, description)} defaultValue={textValue(field)} rows={rows} />
    </FieldFrame>
  );
}

/**
 * The label of each field by its name, in the order the fields stand in the form. The summary is
 * rendered on the server too (a refused post without JavaScript), where no label can be read from
 * the page, so a form names its fields here; a field left out is listed by its message alone.
 */
export type FieldLabels = Record<string, string>;

/** What the summary reads of a Conform form: its id, whether the last submit failed, and every error by field name. */
export type SummaryForm = Pick<FormMetadata<Record<string, unknown>, string[]>, "id" | "errorId" | "status" | "allErrors">;

type SummaryElement = ElementRef<typeof ErrorSummary>;

// Conform's own control buttons (validate on blur, add or remove a list row) submit under this name; they are not a send.
const conformIntent = "__intent__";

/**
 * The errors of a form, at its top, after a submit that failed (the GOV.UK and Designsystemet
 * pattern): the form's own error, then one link per field error to the field. It takes focus when it
 * appears and again after each failed submit, so a screen reader hears it and the keyboard starts
 * from it; without JavaScript it is in the page the server sends back. Errors found while typing,
 * before a submit, stay next to their fields.
 */
export function FormErrors({ form, labels = {} }: { form: SummaryForm; labels?: FieldLabels }) {
  const ref = useRef<SummaryElement>(null);
  const entries = orderedErrors(form.allErrors, labels);
  // Shown from a failed submit until every error in it is put right: fixing one field (which Conform
  // re-validates as a new status) must not hide the others, and an error typed later must not pop up
  // a summary that takes the focus.
  const [shown, setShown] = useState(form.status === "error");
  if (!shown && form.status === "error" && entries.length > 0) setShown(true);
  if (shown && entries.length === 0) setShown(false);

  // A submit that fails again with the summary already shown: Conform focuses the first invalid
  // field; bring focus back to the summary once the submit's handlers have run.
  const formId = form.id;
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if ((event.target as HTMLElement | null)?.id !== formId || event.submitter?.getAttribute("name") === conformIntent) return;
      setTimeout(() => ref.current?.focus());
    };
    document.addEventListener("submit", onSubmit);
    return () => document.removeEventListener("submit", onSubmit);
  }, [formId]);

  if (!shown || entries.length === 0) return null;
  return <Summary formId={form.id} errorId={form.errorId} entries={entries} summaryRef={ref} />;
}

type Entry = { name: string; label: string | undefined; messages: string[] };

/** The form's own errors first, then the fields in the order of `labels` (the form's order), then any others. */
function orderedErrors(allErrors: Record<string, string[]>, labels: FieldLabels): Entry[] {
  const order = Object.keys(labels);
  const rank = (name: string) => (name === "" ? -1 : order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(allErrors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, messages]) => ({ name, label: labels[name], messages }));
}

function Summary({
  formId,
  errorId,
  entries,
  summaryRef,
}: {
  formId: string;
  errorId: string;
  entries: Entry[];
  summaryRef: RefObject<SummaryElement>;
}) {
  const t = useT();
  // Designsystemet's element focuses itself when it connects; this does the same where it is not
  // (yet) defined, e.g. the page the server rendered after a refused post is hydrated.
  useEffect(() => summaryRef.current?.focus(), [summaryRef]);
  return (
    <ErrorSummary ref={summaryRef} id={errorId} tabIndex={-1} className="error-summary">
      <ErrorSummary.Heading level={2} data-size="xs">
        {t("a11yForms.summary.heading")}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(({ name, label, messages }) => {
          const text = messages.map((m) => translateError(t, m)).join(" ");
          return (
            <ErrorSummary.Item key={name}>
              {name === "" ? (
                text
              ) : (
                <ErrorSummary.Link href={`#${formId}-${name}`} onClick={(event) => focusField(event, formId, name)}>
                  {label ? `${label}: ${text}` : text}
                </ErrorSummary.Link>
              )}
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/**
 * With JavaScript the link puts the focus in the field itself (the fragment alone only scrolls):
 * the element with the field's id, or for a group of radios or checkboxes its checked or first input.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, formId: string, name: string) {
  const target = document.getElementById(`${formId}-${name}`);
  const form = document.getElementById(formId);
  const field =
    target && target.matches("input, select, textarea")
      ? target
      : ((target ?? form)?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:checked`) ??
        (target ?? form)?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`));
  if (!field) return;
  event.preventDefault();
  field.focus();
}
