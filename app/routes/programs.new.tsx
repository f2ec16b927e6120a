import { Button, Heading } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { ProgramFields, programLabels, programSchema } from "../components/program-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { parseForm, readIntent } from "../server/forms.server";
import { requireRole } from "../server/guards.server";
import { peopleChoices, saveProgram } from "../server/programs.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  return { people: peopleChoices(user.organisationId), me: user.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const parsed = parseForm(await readIntent(request), programSchema);
  if (!parsed.ok) return parsed.reply;
  return parsed.run(
    (value) => saveProgram(user.organisationId, undefined, value, user.id),
    (saved) => redirect(`/programs/${saved.id}`),
  );
}

export default function NewProgram() {
  const { people, me } = useLoaderData<typeof loader>();
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("program", programSchema, { contactEmail: me });
  return (
    <section className="stack" aria-labelledby="new-program">
      <Heading level={1} data-size="lg" id="new-program">
        {t("programs.new")}
      </Heading>
      <IntentForm form={form} intent="create" labels={programLabels(t)}>
        <ProgramFields fields={fields} people={people} />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("programs.create")}
        </Button>
      </IntentForm>
    </section>
  );
}
