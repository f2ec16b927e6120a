import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { IndicatorFigures } from "../components/indicator-figures";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requireProgramAccess } from "../server/guards.server";
import { programIndicators } from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.analytics.title");

/** Anonymous role-understanding figures for the programme, by level and by cohort. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  return { programId: program.id, indicators: programIndicators(program) };
}

export default function ReflectionIndicators() {
  const { programId, indicators } = useLoaderData<typeof loader>();
  const t = useT();
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

      <section className="stack" aria-labelledby="overall-title">
        <Heading level={3} data-size="sm" id="overall-title">
          {t("reflections.analytics.overall")}
        </Heading>
        <IndicatorFigures figures={indicators.overall} name={t("reflections.analytics.overall")} id="overall" />
      </section>

      <section className="stack" aria-labelledby="levels-title">
        <Heading level={3} data-size="sm" id="levels-title">
          {t("reflections.analytics.byLevel")}
        </Heading>
        {indicators.levels.map(({ level, figures }) => (
          <article
            key={level.id}
            className={level.isFirstLine ? "figure-group first-line" : "figure-group"}
            aria-labelledby={`level-${level.id}`}
          >
            <Heading level={4} data-size="xs" id={`level-${level.id}`}>
              {level.name} {level.isFirstLine && <Tag data-color="info">{t("reflections.analytics.firstLine")}</Tag>}
            </Heading>
            <IndicatorFigures figures={figures} name={level.name} id={`level-${level.id}`} />
          </article>
        ))}
      </section>

      <section className="stack" aria-labelledby="cohorts-title">
        <Heading level={3} data-size="sm" id="cohorts-title">
          {t("reflections.analytics.byCohort")}
        </Heading>
        {indicators.cohorts.map(({ cohort, figures }) => (
          <article key={cohort.id} className="figure-group" aria-labelledby={`cohort-${cohort.id}`}>
            <Heading level={4} data-size="xs" id={`cohort-${cohort.id}`}>
              {cohort.name}
            </Heading>
            <IndicatorFigures figures={figures} name={cohort.name} id={`cohort-${cohort.id}`} />
          </article>
        ))}
      </section>
    </div>
  );
}
