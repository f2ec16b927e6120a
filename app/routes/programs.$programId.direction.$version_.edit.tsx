import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Fieldset, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextAreaField, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { limits } from "../domain/direction";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requireDirectionAccess, requireVersion } from "../server/direction-access.server";
import { saveDraftSections, type StructureChange } from "../server/direction-commands.server";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, rejectForm } from "../server/forms.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.editTitle");

const title = z
  .string({ error: "direction.sectionTitleRequired" })
  .trim()
  .min(1, "direction.sectionTitleRequired")
  .max(limits.titleLength, "form.tooLong");

const schema = z
  .object({
    intent: z.string().regex(/^(save|add|remove:\d+|up:\d+|down:\d+)$/),
    sections: z
      .array(
        z.object({
          id: z.number().int().positive(),
          title,
          body: z.string().max(limits.sectionBodyLength, "form.tooLong").default(""),
        }),
      )
      .min(1)
      .max(limits.sectionCount),
    newTitle: z.string().trim().max(limits.titleLength, "form.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== "add") return;
    if (!value.newTitle) ctx.addIssue({ code: "custom", path: ["newTitle"], message: "direction.sectionTitleRequired" });
    if (value.sections.length >= limits.sectionCount) {
      ctx.addIssue({ code: "custom", path: ["newTitle"], message: "direction.tooManySections" });
    }
  });

function changeOf(intent: string, newTitle: string | undefined): StructureChange {
  const [kind, id] = intent.split(":");
  if (kind === "add") return { kind: "add", title: newTitle! };
  if (kind === "remove") return { kind: "remove", id: Number(id) };
  if (kind === "up" || kind === "down") return { kind: "move", id: Number(id), by: kind === "up" ? -1 : 1 };
  return { kind: "save" };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "edit");
  const version = requireVersion(access, params.version);
  const page = `/programs/${access.programId}/direction/${version.number}`;
  if (version.status !== "draft") throw redirect(page);
  return {
    page,
    number: version.number,
    documentTitle: version.documentTitle,
    sections: version.sections.map((s) => ({ id: s.id, title: s.title, body: s.body })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "edit");
  const version = requireVersion(access, params.version);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return rejectForm("edit", submission);
  const { intent, sections, newTitle } = submission.value;
  const change = changeOf(intent, newTitle);
  const outcome = attempt(() => saveDraftSections(access.programId, version.number, sections, change));
  if (!outcome.ok) return rejectForm("edit", submission, outcome.violation);
  const anchor = change.kind === "move" ? `#section-${change.id}` : change.kind === "add" ? "#add-section" : "";
  return redirectWithFlash(`/programs/${access.programId}/direction/${version.number}/edit${anchor}`, { key: "direction.savedNotice" });
}

export default function EditDirectionVersion() {
  const data = useLoaderData<typeof loader>();
  // A new form when sections were added, moved or removed, so its fields follow the saved order.
  return <EditForm key={data.sections.map((s) => s.id).join()} />;
}

function EditForm() {
  const data = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const t = useT();
  const [form, fields] = useIntentForm("edit", schema, { sections: data.sections }, { validate: "onSubmit" });
  const sections = fields.sections.getFieldList();
  const legend = (i: number) => t("direction.sectionNofM", { n: i + 1, m: sections.length });
  const labels = Object.fromEntries([
    ...sections.flatMap((section, i) => {
      const f = section.getFieldset();
      return [
        [f.title.name, `${legend(i)}, ${t("direction.sectionTitle")}`],
        [f.body.name, `${legend(i)}, ${t("direction.sectionBody")}`],
      ];
    }),
    ["newTitle", t("direction.newSectionTitle")],
  ]);
  const busy = navigation.state === "submitting";
  const save = (
    <Button type="submit" name="intent" value="save" disabled={busy}>
      {t("direction.saveDraft")}
    </Button>
  );
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("direction.editVersionTitle", { title: data.documentTitle, n: data.number })}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RemixLink to={data.page}>{t("direction.doneEditing")}</RemixLink>
        </Link>
      </Paragraph>
      <Form method="post" {...getFormProps(form)} className="stack">
        {/* First in the form, so Enter in a title field saves rather than moving a section. */}
        {save}
        <FormErrors form={form} labels={labels} />
        {sections.map((section, i) => {
          const f = section.getFieldset();
          const id = Number(f.id.initialValue);
          const name = f.title.initialValue ?? "";
          return (
            <Fieldset key={section.key} id={`section-${id}`} className="direction-edit-section">
              <Fieldset.Legend>{legend(i)}</Fieldset.Legend>
              <input type="hidden" name={f.id.name} value={id} />
              <TextField meta={f.title} label={t("direction.sectionTitle")} />
              <TextAreaField meta={f.body} label={t("direction.sectionBody")} description={t("direction.markdownHelp")} rows={8} />
              <div className="button-row">
                {(["up", "down"] as const).map((direction) => (
                  <Button
                    key={direction}
                    type="submit"
                    name="intent"
                    value={`${direction}:${id}`}
                    variant="tertiary"
                    data-size="sm"
                    disabled={busy || (direction === "up" ? i === 0 : i === sections.length - 1)}
                  >
                    {t(direction === "up" ? "direction.moveUp" : "direction.moveDown")}
                    <span className="ds-sr-only"> ({name})</span>
                  </Button>
                ))}
                <Button
                  type="submit"
                  name="intent"
                  value={`remove:${id}`}
                  variant="tertiary"
                  data-color="danger"
                  data-size="sm"
                  disabled={busy || sections.length === 1}
                  onClick={(e) => {
                    if (!window.confirm(t("direction.confirmRemoveSection", { title: name }))) e.preventDefault();
                  }}
                >
                  {t("direction.removeSection")}
                  <span className="ds-sr-only"> ({name})</span>
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <Fieldset id="add-section">
          <Fieldset.Legend>{t("direction.addSection")}</Fieldset.Legend>
          <TextField meta={fields.newTitle} label={t("direction.newSectionTitle")} />
          <div>
            <Button type="submit" name="intent" value="add" variant="secondary" disabled={busy}>
              {t("direction.addSection")}
            </Button>
          </div>
        </Fieldset>
        {save}
      </Form>
    </div>
  );
}
