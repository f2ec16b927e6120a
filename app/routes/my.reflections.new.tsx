import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ReflectionForm } from "../components/reflection-form";
import { kinds, reflectionSchema, type ReflectionKind } from "../domain/reflections";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, refusalResult } from "../server/forms.server";
import { notFound, requireRole } from "../server/guards.server";
import { existingFor, formContext, myPrograms, programOfGathering, saveMine } from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.new.title");
export const headers = () => ({ "Cache-Control": "private, no-store" });

const id = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number);
const query = z.object({ programId: id.optional(), gatheringId: id.optional(), kind: z.enum(kinds).optional() });

/**
 * A new reflection: in the programme given (or the leader's only one), about the gathering given
 * (from the home page or the e-mail link). A reflection that already exists for that gathering, or
 * the baseline/closing already begun, is opened instead of starting a second.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "leader");
  // The query of a link (which gathering or programme), not a form: a bad one is a 404 (no parseForm).
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw notFound();
  const { gatheringId } = parsed.data;
  let programId = gatheringId === undefined ? parsed.data.programId : programOfGathering(gatheringId);
  if (programId === null) throw notFound();
  if (programId === undefined) {
    const programs = myPrograms(user);
    if (programs.length !== 1) return { choose: programs.map((p) => ({ id: p.id, title: p.title })), form: null };
    programId = programs[0]!.id;
  }
  const context = formContext(user, programId);
  if (!context) throw notFound();
  if (gatheringId !== undefined && !context.gatherings.some((g) => g.id === gatheringId)) throw notFound();
  const kind: ReflectionKind | undefined = gatheringId !== undefined ? "gathering" : parsed.data.kind;
  if (kind) {
    const existing = existingFor(user, programId, kind, gatheringId);
    if (existing) throw redirect(`/my/reflections/${existing}`);
  }
  return {
    choose: null,
    form: {
      context,
      defaults: {
        kind: kind ?? (context.hasBaseline ? ("free" as const) : ("baseline" as const)),
        gatheringId: gatheringId === undefined ? undefined : String(gatheringId),
      },
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "leader");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: reflectionSchema(formData.get("intent")) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const saved = attempt(() => saveMine(user, null, submission.value));
  if (!saved.ok) return data({ result: refusalResult(submission, saved.violation) }, { status: 400 });
  return redirectWithFlash(`/my/reflections/${saved.value}`, {
    key: submission.value.intent === "submit" ? "reflections.submitted" : "reflections.saved",
  });
}

export default function NewReflection() {
  const { choose, form } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="stack narrow-form">
      <Heading level={1} data-size="lg">
        {t("reflections.new.title")}
      </Heading>
      {choose && choose.length === 0 && <Paragraph>{t("reflections.form.noProgram")}</Paragraph>}
      {choose && choose.length > 0 && (
        <Form method="get" className="stack">
          <div className="ds-field">
            <Label htmlFor="programId">{t("reflections.form.chooseProgram")}</Label>
            <Select id="programId" name="programId">
              {choose.map((p) => (
                <Select.Option key={p.id} value={String(p.id)}>
                  {p.title}
                </Select.Option>
              ))}
            </Select>
          </div>
          <Button type="submit">{t("reflections.form.continue")}</Button>
        </Form>
      )}
      {form && (
        <ReflectionForm id="reflection-new" context={form.context} defaults={form.defaults} lastResult={actionData?.result ?? null} />
      )}
    </div>
  );
}
