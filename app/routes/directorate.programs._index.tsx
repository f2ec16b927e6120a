import { Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { followedProgrammes } from "../server/directorate.server";
import { requireRole } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.follow.listTitle");
export const headers = conditionalHeaders;

/** Every programme the directorate funds (a grant is recorded), running or not, to open its live summary. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const cache = notModifiedIf(request, context, user, dataRevision("national"));
  return data({ programmes: followedProgrammes() }, { headers: cache });
}

export default function FollowedProgrammes() {
  const { programmes } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("directorate.follow.listTitle")}
      </Heading>
      <Paragraph>{t("directorate.follow.listIntro")}</Paragraph>
      <Paragraph>
        <Link href="/directorate/compare">{t("directorate.compare.title")}</Link>
      </Paragraph>
      {programmes.length === 0 ? (
        <Paragraph className="muted">{t("directorate.follow.none")}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("directorate.follow.listTitle")}>
          <Table data-size="sm" zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("directorate.col.program")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.kind")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.period")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.category")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programmes.map((p) => (
                <Table.Row key={p.programId}>
                  <Table.Cell>
                    <Link href={`/directorate/programs/${p.programId}`}>{p.title}</Link>
                    <div className="muted">{p.organisationName}</div>
                  </Table.Cell>
                  <Table.Cell>{t(`organisation.kind.${p.organisationKind}`)}</Table.Cell>
                  <Table.Cell>
                    {formatDay(p.periodStart, locale)} – {formatDay(p.periodEnd, locale)}
                  </Table.Cell>
                  <Table.Cell>{p.category}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={p.status === "active" ? "success" : "neutral"}>{t(`program.status.${p.status}`)}</Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
