import { getFormProps, useForm, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { FormErrors } from "./form";

/** What an action answers to a form it refused: which form on the page, and Conform's result for it. */
export type FormReply = { formId: string; result: SubmissionResult<string[]> };

/**
 * A Conform form on a page that holds several: each posts its `intent` and its id, and only the
 * form that was posted shows the errors and keeps the values the action sends back.
 */
export function useIntentForm<Schema extends z.ZodObject>(id: string, schema: Schema, defaultValue?: Record<string, unknown>) {
  const reply = useActionData<FormReply | undefined>();
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult: reply?.formId === id ? reply.result : undefined,
    defaultValue: defaultValue as never,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
}

export function IntentForm({
  form,
  intent,
  children,
  className = "stack",
  "aria-label": ariaLabel,
}: {
  form: FormMetadata<Record<string, unknown>, string[]>;
  intent: string;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  return (
    <Form method="post" {...getFormProps(form)} className={className} aria-label={ariaLabel}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="formId" value={form.id} />
      <FormErrors form={form} />
      {children}
    </Form>
  );
}
