import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { IndicatorFigures } from "../components/indicator-figures";
import { Section } from "../components/page-parts";
import type { GroupFigures, Stat } from "../domain/indicators";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { requireProgramAccess } from "../server/guards.server";
import { programIndicators } from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.analytics.title");
export const headers = conditionalHeaders;

/** `?open=distribution-<group>`: the one group whose distribution of answers is shown. */
const openedSchema = z.string().regex(/^distribution-(overall|level-\d+|cohort-\d+)$/);

/** The figures without their distributions, for a group whose distribution is closed (a lighter page). */
function withoutDistribution<K>(figures: GroupFigures<K>): GroupFigures<K> {
  if (!figures.shown) return figures;
  const bare = (stat: Stat | null) => stat && { ...stat, distribution: [] };
  const measures = Object.fromEntries(
    Object.entries(figures.measures).map(([key, m]) => [key, { ...m, baseline: bare(m.baseline), latest: bare(m.latest) }]),
  ) as typeof figures.measures;
  return { ...figures, measures };
}

/** Anonymous role-understanding figures for the programme, by level and by cohort. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Read before anything the page shows (an unchecked id only picks a counter; the guard still decides).
  const revision = dataRevision({ programId: Number(params.programId) });
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const cache = notModifiedIf(request, context, user, revision);
  const opened = openedSchema.safeParse(new URL(request.url).searchParams.get("open")).data ?? null;
  const only = <K,>(id: string, figures: GroupFigures<K>) => (`distribution-${id}` === opened ? figures : withoutDistribution(figures));
  const { overall, levels, cohorts } = programIndicators(program);
  const indicators = {
    overall: only("overall", overall),
    levels: levels.map((l) => ({ ...l, figures: only(`level-${l.level.id}`, l.figures) })),
    cohorts: cohorts.map((c) => ({ ...c, figures: only(`cohort-${c.cohort.id}`, c.figures) })),
  };
  return data({ programId: program.id, opened, indicators }, { headers: cache });
}

/** Whether a group's distribution is open, and the same page with it open (scrolled to it). */
function useDistribution(id: string) {
  const { opened } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  return { open: opened === `distribution-${id}`, href: `${pathname}?open=distribution-${id}#${id}-distribution` };
}

/** One level or cohort; the first-line level stands out, as the directorate asks about it. */
function FigureGroup({ id, name, firstLine, figures }: { id: string; name: string; firstLine: boolean; figures: GroupFigures<number> }) {
  const t = useT();
  const distribution = useDistribution(id);
  return (
    <article className={firstLine ? "figure-group first-line" : "figure-group"} aria-labelledby={id}>
      <Heading level={4} data-size="xs" id={id}>
        {name} {firstLine && <Tag data-color="info">{t("reflections.analytics.firstLine")}</Tag>}
      </Heading>
      <IndicatorFigures figures={figures} name={name} id={id} distribution={distribution} />
    </article>
  );
}

export default function ReflectionIndicators() {
  const { programId, indicators } = useLoaderData<typeof loader>();
  const t = useT();
  const overallDistribution = useDistribution("overall");
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
        {indicators.levels.map(({ level, figures }) => (
          <FigureGroup key={level.id} id={`level-${level.id}`} name={level.name} firstLine={level.isFirstLine} figures={figures} />
        ))}
      </Section>

      <Section id="cohorts-title" level={3} title={t("reflections.analytics.byCohort")}>
        {indicators.cohorts.map(({ cohort, figures }) => (
          <FigureGroup key={cohort.id} id={`cohort-${cohort.id}`} name={cohort.name} firstLine={false} figures={figures} />
        ))}
      </Section>
    </div>
  );
}
