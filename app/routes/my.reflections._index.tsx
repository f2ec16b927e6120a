import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { LineChart } from "../components/charts";
import { Section } from "../components/page-parts";
import { ratingKeys } from "../domain/indicators";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireRole } from "../server/guards.server";
import { listMine } from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.mine.title");
export const headers = () => ({ "Cache-Control": "private, no-store" });

/** The leader's own timeline: every reflection they wrote, and how their ratings moved. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "leader");
  return { reflections: listMine(user) };
}

const indicatorKeys = ratingKeys.filter((k) => k !== "roleIdentity");

function Development({ submitted }: { submitted: ReturnType<typeof listMine> }) {
  const t = useT();
  const locale = useLocale();
  if (submitted.length === 0) return <Paragraph className="muted">{t("reflections.mine.chartEmpty")}</Paragraph>;
  const dates = submitted.map((r) => formatDate(r.submittedAt!, locale));
  const span = { count: submitted.length, first: dates[0]!, last: dates.at(-1)! };
  return (
    <div className="stack">
      <div className="chart-pair">
        <LineChart
          id="identity-chart"
          title={t("reflections.chart.identityTitle")}
          desc={t("reflections.chart.identityDesc", span)}
          xLabels={dates}
          yMax={7}
          series={[{ label: t("reflections.measure.roleIdentity"), values: submitted.map((r) => r.ratings.roleIdentity) }]}
        />
        <LineChart
          id="indicators-chart"
          title={t("reflections.chart.indicatorsTitle")}
          desc={t("reflections.chart.indicatorsDesc", span)}
          xLabels={dates}
          yMax={5}
          series={indicatorKeys.map((k) => ({
            label: t(`reflections.measure.${k}`),
            values: submitted.map((r) => r.ratings[k]),
          }))}
        />
      </div>
      <div className="table-scroll">
        <Table>
          <caption>{t("reflections.mine.tableCaption")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("reflections.mine.date")}</TableHeaderCell>
              <TableHeaderCell>{t("reflections.mine.kind")}</TableHeaderCell>
              {ratingKeys.map((k) => (
                <TableHeaderCell key={k}>{t(`reflections.measure.${k}`)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {submitted.map((r, i) => (
              <TableRow key={r.id}>
                <TableCell>{dates[i]}</TableCell>
                <TableCell>{t(`reflections.kind.${r.kind}`)}</TableCell>
                {ratingKeys.map((k) => (
                  <TableCell key={k}>{r.ratings[k] ?? "–"}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

export default function MyReflections() {
  const { reflections } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const submitted = reflections.filter((r) => r.status === "submitted" && r.submittedAt).sort((a, b) => +a.submittedAt! - +b.submittedAt!);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("reflections.mine.title")}
      </Heading>
      <Paragraph>{t("reflections.mine.intro")}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <RemixLink to="/my/reflections/new">{t("reflections.mine.new")}</RemixLink>
        </Button>
        {reflections.length > 0 && (
          <>
            <Button asChild variant="secondary">
              <RemixLink to="/my/reflections/print">{t("reflections.mine.print")}</RemixLink>
            </Button>
            <Button asChild variant="tertiary">
              <a href="/my/reflections/export.json" download>
                {t("reflections.mine.download")}
              </a>
            </Button>
          </>
        )}
      </div>

      <Section id="development-title" title={t("reflections.mine.developmentTitle")}>
        <Development submitted={submitted} />
      </Section>

      <Section id="list-title" title={t("reflections.mine.listTitle")}>
        {reflections.length === 0 ? (
          <Paragraph>{t("reflections.mine.empty")}</Paragraph>
        ) : (
          <ol className="reflection-list">
            {reflections.map((r) => (
              <li key={r.id}>
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RemixLink to={`/my/reflections/${r.id}`}>
                      {t(`reflections.kind.${r.kind}`)}
                      {r.gatheringTitle && `: ${r.gatheringTitle}`}
                    </RemixLink>
                  </Link>
                </Heading>
                <Paragraph data-size="sm" className="muted">
                  <Tag data-color={r.status === "draft" ? "warning" : "success"} data-size="sm">
                    {t(`reflections.status.${r.status}`)}
                  </Tag>{" "}
                  {r.programTitle} ·{" "}
                  {r.submittedAt
                    ? formatDate(r.submittedAt, locale)
                    : t("reflections.mine.updated", { date: formatDate(r.updatedAt ?? r.createdAt, locale) })}
                </Paragraph>
                {r.excerpt && <Paragraph data-size="sm">{r.excerpt}</Paragraph>}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
