import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { TextAreaField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { translator, uiLocaleOf } from "../i18n/catalog";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { redirectWithFlash } from "../server/flash.server";
import { notFound, parseId, requireProgramAccess } from "../server/guards.server";
import { addPrompts, editPrompt, hasPrompt, listPrompts, movePrompt, setPromptArchived } from "../server/reflection-prompts.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.prompts.title");

const textSchema = z.object({
  text: z.string({ error: "reflections.prompts.textRequired" }).trim().min(1, "reflections.prompts.textRequired").max(500, "form.tooLong"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return { prompts: listPrompts(program.id) };
}

const promptIntents = ["edit", "up", "down", "archive", "restore"];

/** Add, reword, reorder, archive and restore the programme's prompts; coordinators only. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const done = () => redirectWithFlash(`/programs/${program.id}/reflections/prompts`, { key: "reflections.prompts.saved" });

  if (intent === "defaults") {
    const { active, archived } = listPrompts(program.id);
    if (active.length + archived.length === 0) {
      const t = translator(uiLocaleOf(user.preferredLanguage));
      addPrompts(
        user,
        program.id,
        ([1, 2, 3, 4] as const).map((n) => t(`reflections.prompts.default${n}`)),
      );
    }
    return done();
  }
  if (intent === "add") {
    const submission = parseWithZod(formData, { schema: textSchema });
    if (submission.status !== "success") return data({ formId: "prompt-new", result: submission.reply() }, { status: 400 });
    addPrompts(user, program.id, [submission.value.text]);
    return done();
  }

  if (!promptIntents.includes(String(intent))) throw new Response("Bad Request", { status: 400 });
  const promptId = parseId(String(formData.get("promptId") ?? ""));
  if (!hasPrompt(program.id, promptId)) throw notFound();
  switch (intent) {
    case "edit": {
      const submission = parseWithZod(formData, { schema: textSchema });
      if (submission.status !== "success") {
        return data({ formId: `prompt-${promptId}`, result: submission.reply() }, { status: 400 });
      }
      editPrompt(user, program.id, promptId, submission.value.text);
      return done();
    }
    case "up":
    case "down":
      // A move past either end changes nothing and is not an error.
      movePrompt(user, program.id, promptId, intent);
      return done();
    case "archive":
    case "restore":
      setPromptArchived(user, program.id, promptId, intent === "archive");
      return done();
    default:
      throw new Response("Bad Request", { status: 400 });
  }
}

function TextForm({
  formId,
  promptId,
  label,
  text,
  intent,
  button,
}: {
  formId: string;
  promptId?: number;
  label: string;
  text?: string;
  intent: "add" | "edit";
  button: string;
}) {
  const [form, fields] = useIntentForm(formId, textSchema, { text }, { validate: "onSubmit" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      {promptId !== undefined && <input type="hidden" name="promptId" value={promptId} />}
      <TextAreaField meta={fields.text} label={label} rows={2} />
      <Button type="submit" name="intent" value={intent} variant="secondary" data-size="sm">
        {button}
      </Button>
    </Form>
  );
}

export default function ReflectionPrompts() {
  const { prompts } = useLoaderData<typeof loader>();
  const t = useT();
  const empty = prompts.active.length + prompts.archived.length === 0;
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("reflections.prompts.title")}
      </Heading>
      <Paragraph>{t("reflections.prompts.intro")}</Paragraph>
      {empty && (
        <Form method="post" className="stack">
          <Paragraph>{t("reflections.prompts.empty")}</Paragraph>
          <Button type="submit" name="intent" value="defaults">
            {t("reflections.prompts.addDefaults")}
          </Button>
        </Form>
      )}
      {prompts.active.length > 0 && (
        <ol className="prompt-list">
          {prompts.active.map((p, i) => (
            <li key={p.id} className="stack">
              <TextForm
                formId={`prompt-${p.id}`}
                promptId={p.id}
                label={t("reflections.prompts.label", { n: i + 1 })}
                text={p.text}
                intent="edit"
                button={t("reflections.prompts.save")}
              />
              <Form method="post" className="button-row">
                <input type="hidden" name="promptId" value={p.id} />
                <Button type="submit" name="intent" value="up" variant="tertiary" data-size="sm" disabled={i === 0}>
                  {t("reflections.prompts.up")}
                </Button>
                <Button
                  type="submit"
                  name="intent"
                  value="down"
                  variant="tertiary"
                  data-size="sm"
                  disabled={i === prompts.active.length - 1}
                >
                  {t("reflections.prompts.down")}
                </Button>
                <Button type="submit" name="intent" value="archive" variant="tertiary" data-size="sm">
                  {t("reflections.prompts.archive")}
                </Button>
              </Form>
            </li>
          ))}
        </ol>
      )}
      <TextForm formId="prompt-new" label={t("reflections.prompts.new")} intent="add" button={t("reflections.prompts.add")} />
      {prompts.archived.length > 0 && (
        <Section id="archived-title" level={3} title={t("reflections.prompts.archivedTitle")}>
          <ul className="prompt-list">
            {prompts.archived.map((p) => (
              <li key={p.id}>
                <Form method="post" className="button-row">
                  <span>{p.text}</span>
                  <input type="hidden" name="promptId" value={p.id} />
                  <Button type="submit" name="intent" value="restore" variant="tertiary" data-size="sm">
                    {t("reflections.prompts.restore")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
