import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { SelectField, SuggestField } from "../components/choice-fields";
import { FormErrors, TextAreaField, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { redirectWithFlash } from "../server/flash.server";
import { requireProgramAccess } from "../server/guards.server";
import { createActivity, deleteActivity, listActivities, reportChoices, updateActivity } from "../server/dissemination.server";
import { attempt, refusalResult } from "../server/forms.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.dissemination.title");

const text = (max: number, required?: "report.dissemination.audienceRequired" | "report.dissemination.formatRequired") =>
  required
    ? z.string({ error: required }).trim().min(1, required).max(max, "form.tooLong")
    : z.string().trim().max(max, "form.tooLong").default("");

const saveSchema = z.object({
  intent: z.literal("save"),
  id: z.coerce.number().int().positive().optional(),
  heldOn: z.iso.date({ error: "report.dissemination.dateRequired" }),
  audience: text(300, "report.dissemination.audienceRequired"),
  format: text(200, "report.dissemination.formatRequired"),
  description: text(2000),
  reportId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().default(null),
});
const deleteSchema = z.object({ intent: z.literal("delete"), id: z.coerce.number().int().positive() });
const schema = z.discriminatedUnion("intent", [saveSchema, deleteSchema]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const url = new URL(request.url);
  const activities = listActivities(program.id);
  const editId = Number(url.searchParams.get("edit"));
  return { programId: program.id, activities, editing: activities.find((a) => a.id === editId) ?? null, reports: reportChoices(user) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const back = `/programs/${program.id}/dissemination`;
  const value = submission.value;
  if (value.intent === "delete") {
    if (!deleteActivity(program.id, value.id)) throw new Response("Not Found", { status: 404 });
    return redirectWithFlash(back, { key: "report.dissemination.deleted" });
  }
  const { intent: _intent, id, ...input } = value;
  const saved = attempt(() => (id === undefined ? createActivity(user, program.id, input) : updateActivity(user, program.id, id, input)));
  if (!saved.ok) return data({ result: refusalResult(submission, saved.violation) }, { status: saved.violation.status });
  return redirectWithFlash(back, { key: id === undefined ? "report.dissemination.created" : "report.dissemination.updated" });
}

const formatSuggestions = ["joint_gathering", "workshop", "written", "meeting"] as const;

export default function Dissemination() {
  const { programId, activities, editing, reports } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm(editing ? `dissemination-${editing.id}` : "dissemination-new", saveSchema, editing, {
    validate: "onSubmit",
  });
  const back = `/programs/${programId}/dissemination`;
  return (
    <div className="stack">
      <Heading level={2} data-size="md" id="dissemination-title">
        {t("report.dissemination.title")}
      </Heading>
      <Paragraph>{t("report.dissemination.intro")}</Paragraph>

      {activities.length === 0 ? (
        <Paragraph className="muted">{t("report.dissemination.none")}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="dissemination-title">
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("report.dissemination.col.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.dissemination.col.audience")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.dissemination.col.format")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.dissemination.col.description")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.dissemination.col.report")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.dissemination.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {activities.map((a) => {
                const label = { date: formatDay(a.heldOn, locale), audience: a.audience };
                return (
                  <Table.Row key={a.id}>
                    <Table.Cell>{formatDay(a.heldOn, locale)}</Table.Cell>
                    <Table.Cell>{a.audience}</Table.Cell>
                    <Table.Cell>{a.format}</Table.Cell>
                    <Table.Cell>{a.description}</Table.Cell>
                    <Table.Cell>
                      {a.reportId !== null && (
                        <Link href={`/reports/${a.reportId}`}>
                          {a.reportProgramme} ({a.reportOrganisation})
                        </Link>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="row-actions">
                        <Link href={`${back}?edit=${a.id}#activity-form`} aria-label={t("report.dissemination.editLabel", label)}>
                          {t("report.dissemination.edit")}
                        </Link>
                        <Form method="post">
                          <input type="hidden" name="id" value={a.id} />
                          <Button
                            type="submit"
                            name="intent"
                            value="delete"
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t("report.dissemination.deleteLabel", label)}
                          >
                            {t("report.dissemination.delete")}
                          </Button>
                        </Form>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}

      <section aria-labelledby="activity-form" className="stack narrow">
        <Heading level={3} data-size="sm" id="activity-form">
          {t(editing ? "report.dissemination.edit" : "report.dissemination.add")}
        </Heading>
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors
            form={form}
            labels={{
              heldOn: t("report.dissemination.heldOn"),
              audience: t("report.dissemination.audience"),
              format: t("report.dissemination.format"),
              description: t("report.dissemination.description"),
              reportId: t("report.dissemination.report"),
            }}
          />
          {editing && <input type="hidden" name="id" value={editing.id} />}
          <TextField meta={fields.heldOn} label={t("report.dissemination.heldOn")} type="date" />
          <TextField
            meta={fields.audience}
            label={t("report.dissemination.audience")}
            description={t("report.dissemination.audienceHint")}
          />
          <SuggestField
            meta={fields.format}
            label={t("report.dissemination.format")}
            description={t("report.dissemination.formatHint")}
            suggestions={formatSuggestions.map((f) => t(`report.format.${f}`))}
          />
          <TextAreaField meta={fields.description} label={t("report.dissemination.description")} rows={3} />
          <SelectField
            meta={fields.reportId}
            label={t("report.dissemination.report")}
            description={t("report.dissemination.reportHint")}
            placeholder={t("report.dissemination.noReport")}
            options={reports.map((r) => ({ value: String(r.id), label: `${r.programTitle} (${r.organisationName})` }))}
          />
          <div className="row-actions">
            <Button type="submit" name="intent" value="save" disabled={navigation.state === "submitting"}>
              {t("report.dissemination.save")}
            </Button>
            {editing && <Link href={back}>{t("report.dissemination.cancel")}</Link>}
          </div>
        </Form>
      </section>
    </div>
  );
}
