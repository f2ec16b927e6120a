import { Button, Heading } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { PersonFields, personLabels, personSchema } from "../components/person-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { parseForm, readIntent } from "../server/forms.server";
import { orgLevels, orgUnits } from "../server/organisation.server";
import { requireOrgScope } from "../server/org-scope.server";
import { assignableRoles, createPerson } from "../server/people.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  return { units: orgUnits(scope.organisationId), levels: orgLevels(scope.organisationId), assignable: assignableRoles(scope.user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const parsed = parseForm(await readIntent(request), personSchema);
  if (!parsed.ok) return parsed.reply;
  return parsed.run(
    (value) => createPerson(scope.organisationId, value, assignableRoles(scope.user), scope.user.id),
    (created) => redirect(`/people/${created.id}`),
  );
}

export default function NewPerson() {
  const { units, levels, assignable } = useLoaderData<typeof loader>();
  const t = useT();
  const [form, fields] = useIntentForm("person", personSchema, { preferredLanguage: "nb", roles: ["leader"] });
  return (
    <section className="stack" aria-labelledby="new-person">
      <Heading level={1} data-size="lg" id="new-person">
        {t("people.new")}
      </Heading>
      <IntentForm form={form} intent="create" labels={personLabels(t)}>
        <PersonFields fields={fields} units={units} levels={levels} assignable={assignable} />
        <Button type="submit">{t("people.create")}</Button>
      </IntentForm>
    </section>
  );
}
