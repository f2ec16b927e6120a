import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import type { FormReply, NoticeReply } from "../components/intent-form";
import { RuleViolation } from "../domain/rule-violation";
import { parseId } from "./guards.server";

/** Runs a change; a RuleViolation it throws comes back as a value (the one place routes catch them). */
export function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; violation: RuleViolation } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof RuleViolation) return { ok: false, violation: error };
    throw error;
  }
}

/** attempt for a change that awaits (signing in checks a password hash). */
export async function attemptAsync<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; violation: RuleViolation }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof RuleViolation) return { ok: false, violation: error };
    throw error;
  }
}

/** A refusal as Conform's result: next to its field, or as the form's error; the posted values kept. */
export function refusalResult<R>(
  submission: { reply: (options: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => R },
  { key, field }: RuleViolation,
): R {
  return submission.reply(field ? { fieldErrors: { [field]: [key] } } : { formErrors: [key] });
}

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

const reply = (formId: string, result: FormReply["result"], status = 400) => data<FormReply>({ formId, result }, { status });

/**
 * The answer to a form on a page of several, refused: its input errors, or the rule it broke next to
 * its field or as the form's error, with the rule's status. `formId` names the form the errors belong to.
 */
export function rejectForm(
  formId: string,
  submission: { reply: (options: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => FormReply["result"] },
  violation?: RuleViolation,
) {
  return violation ? reply(formId, refusalResult(submission, violation), violation.status) : reply(formId, submission.reply({}));
}

/**
 * Parses the form with its schema. Invalid input gives the 400 answer that puts the errors next to
 * the fields and keeps the values; valid input gives the value, `run` (does the change; a
 * RuleViolation it throws, such as a taken e-mail, goes back to the form next to its field, or as
 * the form's error, with its status) and `refuse` (the same for a rule the route checks itself).
 */
export function parseForm<Schema extends z.ZodObject>(posted: Posted, schema: Schema) {
  const submission = parseWithZod(posted.formData, { schema });
  if (submission.status !== "success") return { ok: false as const, reply: reply(posted.formId, submission.reply()) };
  const refuse = (violation: RuleViolation) => reply(posted.formId, refusalResult(submission, violation), violation.status);
  const value = submission.value;
  return {
    ok: true as const,
    value,
    refuse,
    run: <T, R>(change: (v: typeof value) => T, done: (result: T) => R) => {
      const outcome = attempt(() => change(value));
      return outcome.ok ? done(outcome.value) : refuse(outcome.violation);
    },
  };
}

/**
 * The posted fields the schema knows, and nothing else: a reply that keeps the values (Conform's
 * `submission.reply()`) then cannot be made to echo megabytes of fields the form never had.
 */
export function ownFields(formData: FormData, schema: z.ZodObject): FormData {
  const own = new FormData();
  for (const name of Object.keys(schema.shape)) for (const value of formData.getAll(name)) own.append(name, value);
  return own;
}

/** After a change: back to the page it was made on (post/redirect/get), with its query kept. */
export function backTo(request: Request, hash = "") {
  const url = new URL(request.url);
  return redirect(url.pathname + url.search + hash);
}

/** An id the page put in a hidden field; anything else (a tampered form) is a 404 like an unknown id. */
export function postedId(posted: Posted, name: string): number {
  const value = posted.formData.get(name);
  return parseId(typeof value === "string" ? value : undefined);
}

/** A choice the page put in a hidden field; anything else is a bad request, not a crash. */
export function postedChoice<T extends string>(posted: Posted, name: string, choices: readonly T[]): T {
  const value = posted.formData.get(name);
  if (typeof value !== "string" || !choices.includes(value as T)) throw new Response("Bad Request", { status: 400 });
  return value as T;
}

/** A one-button action that cannot be done as things are (a row still in use): 409 with a message for the page. */
export const conflict = (notice: string, status = 409) => data<NoticeReply>({ notice }, { status });

/** Runs a one-button change (no fields); a RuleViolation it throws becomes the page's notice. */
export function unlessRefused<R>(change: () => void, done: () => R) {
  const outcome = attempt(change);
  return outcome.ok ? done() : conflict(outcome.violation.key, outcome.violation.status);
}

/** An intent the page never sends (a forged or stale form): thrown, so the error page answers. */
export const unknownIntent = () => new Response("Unknown intent", { status: 400 });
