import { Button } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { ProgramFields, programLabels, programSchema } from "../components/program-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { parseForm, readIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { peopleChoices, programOverview, saveProgram } from "../server/programs.server";
import { Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.editRecord");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const { contact } = programOverview(program);
  return {
    people: peopleChoices(user.organisationId),
    values: {
      title: program.title,
      purpose: program.purpose,
      mainFocus: program.mainFocus,
      periodStart: program.periodStart,
      periodEnd: program.periodEnd,
      contactEmail: contact?.email ?? "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const parsed = parseForm(await readIntent(request), programSchema);
  if (!parsed.ok) return parsed.reply;
  return parsed.run(
    (value) => saveProgram(user.organisationId, program.id, value, user.id),
    () => redirect(`/programs/${program.id}`),
  );
}

export default function EditProgram() {
  const { people, values } = useLoaderData<typeof loader>();
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("program", programSchema, values);
  return (
    <Section id="edit-program" title={t("programs.editRecord")}>
      <IntentForm form={form} intent="update" labels={programLabels(t)}>
        <ProgramFields fields={fields} people={people} />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("form.save")}
        </Button>
      </IntentForm>
    </Section>
  );
}
