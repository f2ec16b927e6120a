import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "../components/choice-fields";
import { FormErrors, TextAreaField, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { attempt, refusalResult } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { requireRole } from "../server/guards.server";
import { requestFormOptions } from "../server/report-portal.server";
import { createReportRequest } from "../server/report-workflow.server";
import { osloToday } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.request.title");

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** `today` (Oslo) is passed in so the browser and the server check the due date against the same day. */
const requestSchema = (today: string) =>
  z.object({
    programId: z.coerce
      .number({ error: "report.request.programRequired" })
      .int("report.request.programRequired")
      .positive("report.request.programRequired"),
    focusLevelId: id.optional(),
    focusText: z.string().trim().max(2000, "form.tooLong").default(""),
    dueOn: z.iso.date({ error: "report.request.dueRequired", abort: true }).refine((d) => d >= today, "report.request.dueInPast"),
  });

/** The directorate asks a programme of any organisation for a final report. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "directorate");
  return { ...requestFormOptions(), today: osloToday() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const submission = parseWithZod(await request.formData(), { schema: requestSchema(osloToday()) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { programId, focusLevelId, focusText, dueOn } = submission.value;
  const outcome = attempt(() => createReportRequest(user, { programId, focusLevelId: focusLevelId ?? null, focusText, dueOn }));
  if (!outcome.ok) return data({ result: refusalResult(submission, outcome.violation) }, { status: outcome.violation.status });
  return redirectWithFlash("/reports", { key: "report.portal.requested" });
}

/** Options grouped under their organisation's name. */
function grouped<T extends { id: number; organisationName: string }>(rows: T[], label: (row: T) => string) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const row of rows) {
    const list = groups.get(row.organisationName) ?? [];
    list.push({ value: String(row.id), label: label(row) });
    groups.set(row.organisationName, list);
  }
  return [...groups].map(([organisation, options]) => ({ label: organisation, options }));
}

export default function RequestReport() {
  const { programs, levels, today } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const t = useT();
  const [form, fields] = useIntentForm("report-request", requestSchema(today), null, { validate: "onSubmit" });
  return (
    <section className="stack narrow" aria-labelledby="request-title">
      <Heading level={1} data-size="lg" id="request-title">
        {t("report.request.title")}
      </Heading>
      <Paragraph>{t("report.request.intro")}</Paragraph>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors
          form={form}
          labels={{
            programId: t("report.request.program"),
            focusLevelId: t("report.request.focusLevel"),
            focusText: t("report.request.focusText"),
            dueOn: t("report.request.dueOn"),
          }}
        />
        <SelectField
          meta={fields.programId}
          label={t("report.request.program")}
          placeholder={t("report.request.chooseProgram")}
          options={grouped(programs, (p) => p.title)}
        />
        <SelectField
          meta={fields.focusLevelId}
          label={t("report.request.focusLevel")}
          placeholder={t("report.request.noLevel")}
          options={grouped(levels, (l) => l.name)}
        />
        <TextAreaField
          meta={fields.focusText}
          label={t("report.request.focusText")}
          description={t("report.request.focusTextHint")}
          rows={3}
        />
        <TextField meta={fields.dueOn} label={t("report.request.dueOn")} type="date" />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("report.request.submit")}
        </Button>
      </Form>
    </section>
  );
}
