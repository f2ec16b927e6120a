import { getFormProps, useForm, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Details } from "@digdir/designsystemet-react";
import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { useT } from "../i18n/react";
import { FormErrors, translateError, type FieldLabels } from "./form";

/** What an action answers to a form it refused: which form on the page, and Conform's result for it. */
export type FormReply = { formId: string; result: SubmissionResult<string[]> };
/** What an action answers when a one-button form could not do its job: a message for the page. */
export type NoticeReply = { notice: string };

/** The message of a refused one-button action, announced at the top of the page. */
export function ActionNotice() {
  const reply = useActionData<Partial<FormReply & NoticeReply> | undefined>();
  const t = useT();
  if (!reply?.notice) return null;
  return (
    <Alert data-color="warning" role="alert">
      {translateError(t, reply.notice)}
    </Alert>
  );
}

/**
 * Every Conform form on a page, with the same options (the one form path, docs/architecture.md).
 * On a page that holds several, each posts its `intent` and its id, and only the form that was
 * posted shows the errors and keeps the values the action sends back; a reply that names no form
 * (`{ result }`) is for the page's only form. Fields are checked when left, or only when the form is
 * sent (`validate: "onSubmit"`) where a half-typed value must not be called wrong (sign-in).
 * An action that answers in a shape of its own (`{ form, result }`) hands its result in as
 * `lastResult` (`null` when the answer is for another form). A form whose rules depend on the button
 * pressed (save a draft or submit it) passes the schema as a function of the posted data.
 */
export function useIntentForm<Schema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  id: string,
  schema: Schema | ((formData: FormData) => Schema),
  defaultValue?: Record<string, unknown> | null,
  options: { validate?: "onBlur" | "onSubmit"; lastResult?: SubmissionResult<string[]> | null } = {},
) {
  const reply = useActionData<Partial<FormReply & NoticeReply> | undefined>();
  const ownResult = options.lastResult === undefined ? ((reply?.formId ?? id) === id ? reply?.result : undefined) : options.lastResult;
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult: ownResult ?? undefined,
    defaultValue: (defaultValue ?? undefined) as never,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: typeof schema === "function" ? schema(formData) : schema }),
    shouldValidate: options.validate ?? "onBlur",
    shouldRevalidate: "onInput",
  });
}

export function IntentForm<Schema extends Record<string, unknown>>({
  form,
  intent,
  children,
  className = "stack",
  action,
  encType,
  labels,
  "aria-label": ariaLabel,
}: {
  form: FormMetadata<Schema, string[]>;
  /** The fields' labels, for the error summary (see FieldLabels). */
  labels?: FieldLabels;
  /** Where it posts, when not to the page's own address (a fragment there brings a refused form back into view without JavaScript). */
  action?: string;
  encType?: "multipart/form-data";
  intent: string;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  return (
    <Form method="post" action={action} {...getFormProps(form)} className={className} encType={encType} aria-label={ariaLabel}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="formId" value={form.id} />
      <FormErrors form={form} labels={labels} />
      {children}
    </Form>
  );
}

/** A one-button form (remove, move up, deactivate) that posts its intent and the ids it acts on. */
export function IntentButton({
  intent,
  values,
  children,
  variant = "tertiary",
  color,
  "aria-label": ariaLabel,
}: {
  intent: string;
  values?: Record<string, string | number>;
  children: ReactNode;
  variant?: "primary" | "secondary" | "tertiary";
  color?: "danger";
  "aria-label"?: string;
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(values ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} data-size="sm" data-color={color} aria-label={ariaLabel}>
        {children}
      </Button>
    </Form>
  );
}

/** A form folded away under a summary, opened when the action sent it back with errors. */
export function FoldedForm({ formId, summary, children }: { formId: string; summary: string; children: ReactNode }) {
  const refused = useActionData<Partial<FormReply> | undefined>()?.formId === formId;
  // Keyed, so an already rendered (closed) fold opens when its form comes back refused. The
  // wrapper keeps a surrounding Card's padding (Designsystemet drops it around a bare Details).
  return (
    <div>
      <Details key={String(refused)} defaultOpen={refused}>
        <Details.Summary>{summary}</Details.Summary>
        <Details.Content>{children}</Details.Content>
      </Details>
    </div>
  );
}

/** "Remove" for one row of a list, named for screen readers ("Remove Kari Nordvik"). */
export function RemoveButton({ intent, values, name }: { intent: string; values?: Record<string, string | number>; name: string }) {
  const t = useT();
  return (
    <IntentButton intent={intent} values={values} color="danger" aria-label={t("programs.removeNamed", { name })}>
      {t("programs.remove")}
    </IntentButton>
  );
}
