import { Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { formatNok } from "../domain/money";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { hasRole, requireRole } from "../server/guards.server";
import { listPrograms } from "../server/programs.server";

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
        <div className="table-scroll">
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("programs.title")}</Table.HeaderCell>
                <Table.HeaderCell>{t("programs.period")}</Table.HeaderCell>
                <Table.HeaderCell>{t("programs.status")}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t("tabs.cohorts")}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t("programs.leaders")}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t("tabs.gatherings")}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t("budget.awarded")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
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
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
