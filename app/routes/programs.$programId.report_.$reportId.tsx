import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextAreaField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { reportDocument } from "../components/report-document";
import { ReportView } from "../components/report-view";
import { narrativeMaxLength, type Narrative } from "../domain/report";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { attempt, refusalResult } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { forbidden, hasRole, notFound, parseId, requireProgramAccess } from "../server/guards.server";
import { reportModelFor, reportOfProgram, statusInfo } from "../server/report.server";
import { isUnionParticipant, saveNarrative, saveUnionStatement, submitReport } from "../server/report-workflow.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.tab.title");
export const headers = conditionalHeaders;

const text = z.string().max(narrativeMaxLength, "form.tooLong").default("");
const narrativeSchema = z.object({
  intent: z.literal("save"),
  summary: text,
  about: text,
  collaboration: text,
  union: text,
  dissemination: text,
  funds: text,
  contact: text,
});
const statementSchema = z.object({ intent: z.literal("statement"), unionStatement: text });
const schema = z.discriminatedUnion("intent", [narrativeSchema, statementSchema, z.object({ intent: z.literal("submit") })]);

/** `?open=<block id>`: the one long table drawn in full (a programme of many gatherings has one row per gathering). */
const openTableSchema = z.string().regex(/^report-section-[a-z]+-\d{1,3}$/);
/** Longer tables are drawn when opened; the print version and the PDF draw them all. */
const longTableRows = 10;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const report = reportOfProgram(parseId(params.reportId), program.id);
  if (!report) throw notFound();
  // Coordinators write the narrative; union representatives taking part write their own statement.
  const writes = {
    narrative: hasRole(user, "coordinator"),
    statement: hasRole(user, "union_rep") && isUnionParticipant(program.id, user.id),
  };
  return { user, program, report, writes };
}

/** The report builder: live figures and the narrative of each section while a draft, the frozen report after. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Read before anything the page shows (an unchecked id only picks a counter; the guard still decides).
  const revision = dataRevision({ programId: Number(params.programId) });
  const { user, program, report, writes } = await load(request, params);
  const cache = notModifiedIf(request, context, user, revision);
  const draft = report.status === "draft";
  return data(
    {
      programId: program.id,
      reportId: report.id,
      model: reportModelFor(report),
      info: statusInfo(report),
      narrative: report.narrative as Narrative,
      returnComment: report.status === "draft" ? report.returnComment : null,
      canEdit: draft && writes.narrative,
      canEditStatement: draft && writes.statement,
      openTable: openTableSchema.safeParse(new URL(request.url).searchParams.get("open")).data ?? null,
    },
    { headers: cache },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program, report, writes } = await load(request, params);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  if (!(value.intent === "statement" ? writes.statement : writes.narrative)) throw forbidden();
  const wrongStatus = () => data({ result: submission.reply({ formErrors: ["report.builder.wrongStatus"] }) }, { status: 409 });
  if (report.status !== "draft") return wrongStatus();
  const outcome = attempt(() => {
    if (value.intent === "save") {
      const { intent: _intent, ...texts } = value;
      saveNarrative(report.id, texts);
    } else if (value.intent === "statement") saveUnionStatement(report.id, value.unionStatement);
    else submitReport(user, report.id);
  });
  if (!outcome.ok) return data({ result: refusalResult(submission, outcome.violation) }, { status: outcome.violation.status });
  const done = value.intent === "save" ? "saved" : value.intent === "statement" ? "statementSaved" : "submitted";
  return redirectWithFlash(`/programs/${program.id}/report/${report.id}`, { key: `report.builder.${done}` });
}

export default function ReportBuilder() {
  const { programId, reportId, model, info, narrative, returnComment, canEdit, canEditStatement, openTable } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const busy = navigation.state === "submitting";
  // The action answers both forms as `{ result }`; the posted intent tells whose it is.
  const forStatement = actionData?.result.initialValue?.intent === "statement";
  const [form, fields] = useIntentForm("report-narrative", narrativeSchema, narrative, {
    validate: "onSubmit",
    lastResult: forStatement ? null : (actionData?.result ?? null),
  });
  const [statementForm, statementFields] = useIntentForm(
    "report-statement",
    statementSchema,
    { unionStatement: narrative.unionStatement ?? "" },
    { validate: "onSubmit", lastResult: forStatement ? actionData.result : null },
  );
  const doc = reportDocument(model, info, locale);
  const narrativeLabel = (section: { title: string }) => t("report.builder.narrative", { section: section.title });
  const labels = Object.fromEntries(doc.sections.map((section) => [section.key, narrativeLabel(section)]));
  return (
    <div className="stack">
      <div className="row-actions">
        <Link href={`/reports/${reportId}/print`}>{t("report.builder.print")}</Link>
        <Link href={`/reports/${reportId}/pdf`}>{t("report.builder.pdf")}</Link>
      </div>
      {returnComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("report.builder.returnedTitle")}
          </Heading>
          <Paragraph>{returnComment}</Paragraph>
        </Alert>
      )}
      <FormErrors form={form} labels={labels} />
      {info.status === "draft" ? (
        <Paragraph>{t(canEdit ? "report.builder.intro" : "report.builder.readOnly")}</Paragraph>
      ) : (
        <Paragraph>{t("report.builder.locked")}</Paragraph>
      )}

      <Form method="post" {...getFormProps(form)} />
      <ReportView
        doc={doc}
        headingLevel={2}
        longTables={{
          maxRows: longTableRows,
          open: openTable,
          href: (id) => `/programs/${programId}/report/${reportId}?open=${id}#${id}`,
          label: (caption, rows) => t("reportOnDemand.showTable", { title: caption, count: rows }),
        }}
        emptyNarrative={info.status === "draft" ? t("report.noText") : undefined}
        renderNarrative={
          canEdit
            ? (section) => (
                <div className="stack report-edit">
                  <TextAreaField meta={fields[section.key]} label={narrativeLabel(section)} rows={5} />
                  <Button type="submit" form={form.id} name="intent" value="save" variant="secondary" disabled={busy}>
                    {t("report.builder.save")}
                  </Button>
                </div>
              )
            : undefined
        }
        renderStatement={
          canEditStatement
            ? () => (
                <Form method="post" {...getFormProps(statementForm)} className="stack report-edit">
                  <FormErrors form={statementForm} labels={{ unionStatement: t("report.union.statement") }} />
                  <TextAreaField meta={statementFields.unionStatement} label={t("report.union.statement")} rows={5} />
                  <Button type="submit" name="intent" value="statement" variant="secondary" disabled={busy}>
                    {t("report.builder.saveStatement")}
                  </Button>
                </Form>
              )
            : undefined
        }
      />

      {canEdit && (
        <section aria-labelledby="submit-report" className="stack report-submit">
          <Heading level={2} data-size="sm" id="submit-report">
            {t("report.builder.submitTitle")}
          </Heading>
          <Paragraph>{t("report.builder.submitText")}</Paragraph>
          <Form method="post" action={`/programs/${programId}/report/${reportId}`}>
            <Button type="submit" name="intent" value="submit" disabled={busy}>
              {t("report.builder.submit")}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
