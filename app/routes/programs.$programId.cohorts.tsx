import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { CohortFields, cohortLabels, cohortSchema } from "../components/cohort-form";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { listCohorts, saveCohort } from "../server/cohorts.server";
import { parseForm, readIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { orgLevels } from "../server/organisation.server";
import { DataTable } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tabs.cohorts");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const cohorts = listCohorts(program.id);
  return {
    programId: program.id,
    cohorts,
    levels: orgLevels(user.organisationId),
    nextOrder: Math.max(0, ...cohorts.map((c) => c.rolloutOrder)) + 1,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const parsed = parseForm(await readIntent(request), cohortSchema);
  if (!parsed.ok) return parsed.reply;
  const id = saveCohort(user.organisationId, program.id, undefined, parsed.value);
  return redirect(`/programs/${program.id}/cohorts/${id}`);
}

export default function Cohorts() {
  const { programId, cohorts, levels, nextOrder } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm("cohort", cohortSchema, { rolloutOrder: String(nextOrder) });
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("tabs.cohorts")}
      </Heading>
      {cohorts.length === 0 ? (
        <Paragraph className="muted">{t("cohorts.empty")}</Paragraph>
      ) : (
        <DataTable
          columns={[
            { label: t("cohorts.rolloutOrder"), numeric: true },
            t("cohorts.name"),
            t("cohorts.level"),
            { label: t("cohorts.members"), numeric: true },
            t("programs.period"),
          ]}
        >
          {cohorts.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell className="amount">{c.rolloutOrder}</Table.Cell>
              <Table.Cell>
                <Link asChild>
                  <RemixLink to={`/programs/${programId}/cohorts/${c.id}`}>{c.name}</RemixLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{c.level ?? t("cohorts.mixedLevels")}</Table.Cell>
              <Table.Cell className="amount">{c.members}</Table.Cell>
              <Table.Cell>
                {c.startsOn && c.endsOn
                  ? t("program.period", { start: formatDay(c.startsOn, locale), end: formatDay(c.endsOn, locale) })
                  : c.startsOn
                    ? formatDay(c.startsOn, locale)
                    : "–"}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      <Heading level={3} data-size="sm">
        {t("cohorts.new")}
      </Heading>
      <IntentForm form={form} intent="create" labels={cohortLabels(t)}>
        <CohortFields fields={fields} levels={levels} />
        <Button type="submit">{t("cohorts.create")}</Button>
      </IntentForm>
    </div>
  );
}
