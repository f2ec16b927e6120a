import { Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { formatNok } from "../domain/money";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { hasRole, requireRole } from "../server/guards.server";
import { listPrograms } from "../server/programs.server";
import { DataTable } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.listTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "union_rep");
  return { programs: listPrograms(user.organisationId), canCreate: hasRole(user, "coordinator") };
}

export default function Programs() {
  const { programs, canCreate } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <div className="section-head">
        <Heading level={1} data-size="lg">
          {t("programs.listTitle")}
        </Heading>
        {canCreate && (
          <Button asChild>
            <RemixLink to="/programs/new">{t("programs.new")}</RemixLink>
          </Button>
        )}
      </div>
      {programs.length === 0 ? (
        <Paragraph>{t("programs.empty")}</Paragraph>
      ) : (
        <DataTable
          columns={[
            t("programs.title"),
            t("programs.period"),
            t("programs.status"),
            { label: t("tabs.cohorts"), numeric: true },
            { label: t("programs.leaders"), numeric: true },
            { label: t("tabs.gatherings"), numeric: true },
            { label: t("budget.awarded"), numeric: true },
          ]}
        >
          {programs.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <Link asChild>
                  <RemixLink to={`/programs/${p.id}`}>{p.title}</RemixLink>
                </Link>
              </Table.Cell>
              <Table.Cell>
                {t("program.period", { start: formatDay(p.periodStart, locale), end: formatDay(p.periodEnd, locale) })}
              </Table.Cell>
              <Table.Cell>
                <Tag>{t(`program.status.${p.status}`)}</Tag>
              </Table.Cell>
              <Table.Cell className="amount">{p.cohorts}</Table.Cell>
              <Table.Cell className="amount">{p.leaders}</Table.Cell>
              <Table.Cell className="amount">{p.gatherings}</Table.Cell>
              <Table.Cell className="amount">{p.awardedOre === null ? "–" : formatNok(p.awardedOre, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
