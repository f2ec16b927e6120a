import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import type { FormReply } from "../components/intent-form";

export type Refusal = { field: string; error: string };

/** The posted form, its intent and the id of the form on the page it came from. */
export async function readIntent(request: Request) {
  const formData = await request.formData();
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 100) : "";
  };
  return { formData, intent: text("intent"), formId: text("formId") };
}

type Posted = { formData: FormData; formId: string };

const reply = (formId: string, result: FormReply["result"]) => data<FormReply>({ formId, result }, { status: 400 });

/**
 * Parses the form with its schema. Invalid input gives the 400 answer that puts the errors next to
 * the fields and keeps the values; valid input gives the value and `refuse`, for errors the schema
 * cannot know about (a taken e-mail, a row still in use).
 */
export function parseForm<Schema extends z.ZodObject>(posted: Posted, schema: Schema) {
  const submission = parseWithZod(posted.formData, { schema });
  if (submission.status !== "success") return { ok: false as const, reply: reply(posted.formId, submission.reply()) };
  return {
    ok: true as const,
    value: submission.value,
    refuse: ({ field, error }: Refusal) =>
      reply(posted.formId, submission.reply(field ? { fieldErrors: { [field]: [error] } } : { formErrors: [error] })),
  };
}

/** After a change: back to the page it was made on (post/redirect/get), with its query kept. */
export function backTo(request: Request, hash = "") {
  const url = new URL(request.url);
  return redirect(url.pathname + url.search + hash);
}

export const unknownIntent = () => new Response("Unknown intent", { status: 400 });
