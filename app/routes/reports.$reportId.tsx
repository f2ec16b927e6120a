import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextAreaField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { reportDocument } from "../components/report-document";
import { ReportView } from "../components/report-view";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { attempt, refusalResult } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { forbidden, hasRole } from "../server/guards.server";
import { requireReportAccess } from "../server/report-portal.server";
import { reportModelFor, statusInfo } from "../server/report.server";
import { publishReport, returnReport } from "../server/report-workflow.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "report.portal.title", undefined, { programme: data?.model.program.title });

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  z.object({
    intent: z.literal("return"),
    comment: z.string({ error: "report.review.commentRequired" }).trim().min(1, "report.review.commentRequired").max(4000, "form.tooLong"),
  }),
]);

/** One final report to read: the frozen snapshot once submitted; the directorate reviews submitted ones here. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, report, ownProgramme } = await requireReportAccess(request, params.reportId);
  return {
    reportId: report.id,
    model: reportModelFor(report),
    info: statusInfo(report),
    builderHref: ownProgramme ? `/programs/${report.programId}/report/${report.id}` : null,
    canReview: report.status === "submitted" && hasRole(user, "directorate"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, report } = await requireReportAccess(request, params.reportId);
  if (!hasRole(user, "directorate")) throw forbidden();
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = attempt(() =>
    submission.value.intent === "publish" ? publishReport(user, report.id) : returnReport(user, report.id, submission.value.comment),
  );
  if (!outcome.ok) return data({ result: refusalResult(submission, outcome.violation) }, { status: outcome.violation.status });
  // A returned report is a draft again, which the directorate does not read: back to the portal.
  return submission.value.intent === "publish"
    ? redirectWithFlash(`/reports/${report.id}`, { key: "report.review.published" })
    : redirectWithFlash("/reports", { key: "report.review.returned" });
}

export default function ReportPage() {
  const { reportId, model, info, builderHref, canReview } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm("report-review", schema, null, { validate: "onSubmit" });
  return (
    <div className="stack">
      <nav className="row-actions" aria-label={t("report.portal.title")}>
        {builderHref ? <Link href={builderHref}>{t("report.tab.open")}</Link> : <Link href="/reports">{t("report.portal.title")}</Link>}
        <Link href={`/reports/${reportId}/print`}>{t("report.builder.print")}</Link>
        <Link href={`/reports/${reportId}/pdf`}>{t("report.builder.pdf")}</Link>
      </nav>
      <ReportView doc={reportDocument(model, info, locale)} />
      {canReview && (
        <section aria-labelledby="review" className="stack report-submit narrow">
          <Heading level={2} data-size="sm" id="review">
            {t("report.review.title")}
          </Heading>
          <FormErrors form={form} />
          <Form method="post" className="stack">
            <Paragraph>{t("report.review.publishText")}</Paragraph>
            <Button type="submit" name="intent" value="publish" disabled={navigation.state === "submitting"}>
              {t("report.review.publish")}
            </Button>
          </Form>
          <Form method="post" {...getFormProps(form)} className="stack">
            <TextAreaField meta={fields.comment} label={t("report.review.returnComment")} rows={4} />
            <Button type="submit" name="intent" value="return" variant="secondary" disabled={navigation.state === "submitting"}>
              {t("report.review.return")}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
