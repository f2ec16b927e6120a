import {
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
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { IndicatorFigures } from "../components/indicator-figures";
import { Section } from "../components/page-parts";
import { ratingKeys, type GroupFigures, type Stat } from "../domain/indicators";
import { formatChange, formatPercent } from "../i18n/numbers";
import { pageTitle } from "../i18n/meta";
import { useT, useUiLocale } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { requireProgramAccess } from "../server/guards.server";
import { programIndicators } from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.analytics.title");
export const headers = conditionalHeaders;

/**
 * `?open=<group>`: the one level or cohort whose figures (chart, means table) are drawn under its
 * section's summary table; `?open=distribution-<group>` also draws its distribution of answers. The
 * whole programme's figures are always drawn; its distribution opens the same way.
 */
const openedSchema = z.string().regex(/^(distribution-)?(overall|level-\d+|cohort-\d+)$/);

/** The figures without their distributions, for a group whose distribution is closed (a lighter page). */
function withoutDistribution<K>(figures: GroupFigures<K>): GroupFigures<K> {
  if (!figures.shown) return figures;
  const bare = (stat: Stat | null) => stat && { ...stat, distribution: [] };
  const measures = Object.fromEntries(
    Object.entries(figures.measures).map(([key, m]) => [key, { ...m, baseline: bare(m.baseline), latest: bare(m.latest) }]),
  ) as typeof figures.measures;
  return { ...figures, measures };
}

/** A group's line in its section's table: who answered, and the change of each measure. */
function summaryOf<K>(figures: GroupFigures<K>) {
  return figures.shown
    ? {
        shown: true as const,
        members: figures.members,
        authors: figures.authors,
        responseRate: figures.responseRate,
        change: ratingKeys.map((k) => figures.measures[k].change),
      }
    : { shown: false as const, members: figures.members };
}

/**
 * Anonymous role-understanding figures for the programme: the whole programme's in full, each level
 * and cohort as a line of its section's table, and the one group opened in full under it — so the page
 * stays light however many cohorts a programme has, and only what is drawn is sent.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Read before anything the page shows (an unchecked id only picks a counter; the guard still decides).
  const revision = dataRevision({ programId: Number(params.programId) });
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const cache = notModifiedIf(request, context, user, revision);
  const opened = openedSchema.safeParse(new URL(request.url).searchParams.get("open")).data ?? null;
  const full = <K,>(id: string, figures: GroupFigures<K>) => (`distribution-${id}` === opened ? figures : withoutDistribution(figures));
  const { overall, levels, cohorts } = programIndicators(program);
  // The level or cohort opened under its section's table, whichever of the two it is.
  const groups = [
    ...levels.map(({ level, figures }) => ({ id: `level-${level.id}`, name: level.name, firstLine: level.isFirstLine, figures })),
    ...cohorts.map(({ cohort, figures }) => ({ id: `cohort-${cohort.id}`, name: cohort.name, firstLine: false, figures })),
  ];
  const openedGroup = groups.find((group) => group.id === opened?.replace(/^distribution-/, ""));
  const indicators = {
    overall: full("overall", overall),
    levels: levels.map(({ level, figures }) => ({ level, summary: summaryOf(figures) })),
    cohorts: cohorts.map(({ cohort, figures }) => ({ cohort, summary: summaryOf(figures) })),
    opened: openedGroup ? { ...openedGroup, figures: full(openedGroup.id, openedGroup.figures) } : null,
  };
  return data({ programId: program.id, opened, indicators }, { headers: cache });
}

type Indicators = ReturnType<typeof useLoaderData<typeof loader>>["indicators"];

/** Whether a group's distribution is open, and the same page with it open (scrolled to it). */
function useDistribution(id: string) {
  const { opened } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  return { open: opened === `distribution-${id}`, href: `${pathname}?open=distribution-${id}#${id}-distribution` };
}

/** One level or cohort in full; the first-line level stands out, as the directorate asks about it. */
function FigureGroup({ group }: { group: NonNullable<Indicators["opened"]> }) {
  const t = useT();
  const distribution = useDistribution(group.id);
  return (
    <article className={group.firstLine ? "figure-group first-line" : "figure-group"} aria-labelledby={group.id}>
      <Heading level={4} data-size="xs" id={group.id}>
        {group.name} {group.firstLine && <Tag data-color="info">{t("reflections.analytics.firstLine")}</Tag>}
      </Heading>
      <IndicatorFigures figures={group.figures} name={group.name} id={group.id} distribution={distribution} />
    </article>
  );
}

type SummaryRow = { id: string; name: string; firstLine: boolean; summary: Indicators["levels"][number]["summary"] };

/** A section's groups, one line each; a group's name opens its figures under the table. */
function SummaryTable({ caption, rows, opened }: { caption: string; rows: SummaryRow[]; opened: string | null }) {
  const t = useT();
  const locale = useUiLocale();
  const { pathname } = useLocation();
  const none = t("reflections.analytics.none");
  return (
    // Focusable, so keyboard users can scroll a table wider than the screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("analyticsSummary.group")}</TableHeaderCell>
            <TableHeaderCell>{t("analyticsSummary.response")}</TableHeaderCell>
            {ratingKeys.map((k) => (
              <TableHeaderCell key={k} className="numeric">
                {t(`reflections.measure.${k}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ id, name, firstLine, summary }) => (
            <TableRow key={id}>
              <TableHeaderCell scope="row">
                <Link href={`${pathname}?open=${id}#${id}`} aria-current={opened === id ? "true" : undefined}>
                  {name}
                </Link>
                {firstLine && <> ({t("reflections.analytics.firstLine")})</>}
                {opened === id && <span className="muted"> {t("analyticsSummary.opened")}</span>}
              </TableHeaderCell>
              <TableCell>
                {!summary.shown
                  ? t("reflections.analytics.tooFew")
                  : summary.responseRate === null
                    ? t("analyticsSummary.noMembers", { authors: summary.authors })
                    : t("analyticsSummary.responseCell", {
                        rate: formatPercent(summary.responseRate, locale),
                        authors: summary.authors,
                        members: summary.members,
                      })}
              </TableCell>
              {ratingKeys.map((k, i) => {
                const change = summary.shown ? summary.change[i] : null;
                return (
                  <TableCell key={k} className="numeric">
                    {change === null || change === undefined ? none : formatChange(change, locale)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export default function ReflectionIndicators() {
  const { programId, indicators } = useLoaderData<typeof loader>();
  const t = useT();
  const overallDistribution = useDistribution("overall");
  const openedId = indicators.opened?.id ?? null;
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("reflections.analytics.title")}
      </Heading>
      <Paragraph>{t("reflections.analytics.intro")}</Paragraph>
      <Paragraph>
        <Link href={`/programs/${programId}/reflections/export.csv`} download>
          {t("reflections.analytics.export")}
        </Link>
      </Paragraph>

      <Section id="overall-title" level={3} title={t("reflections.analytics.overall")}>
        <IndicatorFigures
          figures={indicators.overall}
          name={t("reflections.analytics.overall")}
          id="overall"
          distribution={overallDistribution}
        />
      </Section>

      <Section id="levels-title" level={3} title={t("reflections.analytics.byLevel")}>
        <Paragraph>{t("analyticsSummary.hint")}</Paragraph>
        <SummaryTable
          caption={t("analyticsSummary.levelsCaption")}
          opened={openedId}
          rows={indicators.levels.map(({ level, summary }) => ({
            id: `level-${level.id}`,
            name: level.name,
            firstLine: level.isFirstLine,
            summary,
          }))}
        />
        {openedId?.startsWith("level-") && <FigureGroup group={indicators.opened!} />}
      </Section>

      <Section id="cohorts-title" level={3} title={t("reflections.analytics.byCohort")}>
        <SummaryTable
          caption={t("analyticsSummary.cohortsCaption")}
          opened={openedId}
          rows={indicators.cohorts.map(({ cohort, summary }) => ({
            id: `cohort-${cohort.id}`,
            name: cohort.name,
            firstLine: false,
            summary,
          }))}
        />
        {openedId?.startsWith("cohort-") && <FigureGroup group={indicators.opened!} />}
      </Section>
    </div>
  );
}
