import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { AgendaFieldset } from "../components/gathering-form";
import { FormErrors } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { agendaFormDefaults, agendaFormSchema } from "../domain/gathering-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { saveAgenda } from "../server/agenda.server";
import { clock } from "../server/clock.server";
import { attempt, refusalResult } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { requireGathering } from "../server/gathering-access.server";
import { gatheringFormOptions, gatheringInputOf } from "../server/gathering-queries.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "facilitation.agenda.edit", undefined, { subject: data?.gathering.title, programme: data?.programTitle });

const editable = (status: string) => status === "planned" || status === "confirmed";

/** The agenda of one gathering, for its facilitators and the coordinator (time, venue and invitations stay on the edit page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { gathering, program } = await requireGathering(request, params.gatheringId, "rollCall");
  return {
    gathering: {
      id: gathering.id,
      title: gathering.title,
      status: gathering.status,
      startsAt: gathering.startsAt.toISOString(),
      endsAt: gathering.endsAt.toISOString(),
    },
    programTitle: program.title,
    facilitators: gatheringFormOptions(program.organisationId, program.id).facilitators,
    defaults: agendaFormDefaults(gatheringInputOf(gathering).agenda),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering, program } = await requireGathering(request, params.gatheringId, "rollCall");
  const submission = parseWithZod(await request.formData(), { schema: agendaFormSchema(gathering) });
  // An "add row" button comes back with one more row (200); invalid rows with their errors (400).
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 });
  const saved = attempt(() => saveAgenda(gathering, program, submission.value.agenda, user, clock.now()));
  if (!saved.ok) return data({ result: refusalResult(submission, saved.violation) }, { status: saved.violation.status });
  return redirectWithFlash(`/gatherings/${gathering.id}`, { key: "gatherings.saved" });
}

export default function GatheringAgenda() {
  const { gathering, facilitators, defaults } = useLoaderData<typeof loader>();
  const t = useT();
  const schema = agendaFormSchema({ startsAt: new Date(gathering.startsAt), endsAt: new Date(gathering.endsAt) });
  const [form, fields] = useIntentForm("agenda", schema, defaults, { validate: "onSubmit" });
  return (
    <section aria-labelledby="agenda-title" className="stack">
      <Paragraph>
        <Link href={`/gatherings/${gathering.id}`}>← {gathering.title}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg" id="agenda-title">
        {t("facilitation.agenda.title", { title: gathering.title })}
      </Heading>
      {editable(gathering.status) ? (
        <>
          <Paragraph>{t("facilitation.agenda.intro")}</Paragraph>
          {gathering.status === "confirmed" && <Alert data-color="info">{t("facilitation.agenda.confirmedNotice")}</Alert>}
          <Form method="post" {...getFormProps(form)} className="stack gathering-form">
            <FormErrors form={form} />
            <AgendaFieldset
              rows={fields.agenda.getFieldList()}
              addRow={form.insert.getButtonProps({ name: fields.agenda.name })}
              facilitators={facilitators}
            />
            <div>
              <Button type="submit">{t("form.save")}</Button>
            </div>
          </Form>
        </>
      ) : (
        <Alert data-color="info">{t("facilitation.agenda.notEditable")}</Alert>
      )}
    </section>
  );
}
