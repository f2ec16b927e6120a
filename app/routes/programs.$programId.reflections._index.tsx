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
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { IndicatorFigures } from "../components/indicator-figures";
import { Section } from "../components/page-parts";
import { ServerMarkup } from "../components/server-markup";
import { ratingKeys, type GroupFigures } from "../domain/indicators";
import { translator, uiLocaleOf, type Translate, type UiLocale } from "../i18n/catalog";
import { formatChange, formatPercent } from "../i18n/numbers";
import { pageTitle } from "../i18n/meta";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { requireProgramAccess } from "../server/guards.server";
import { programIndicators, type ProgramIndicators } from "../server/reflections.server";
import { staticMarkup } from "../server/static-markup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.analytics.title");
export const headers = conditionalHeaders;

/**
 * `?open=<group>`: the one level or cohort whose figures (chart, means table) are drawn under its
 * section's summary table; `?open=distribution-<group>` also draws its distribution of answers. The
 * whole programme's figures are always drawn; its distribution opens the same way.
 */
const openedSchema = z.string().regex(/^(distribution-)?(overall|level-\d+|cohort-\d+)$/);

type Group = { id: string; name: string; firstLine: boolean; figures: GroupFigures<unknown> };

/** The programme's levels and cohorts, each with the id its `?open=` link names. */
const groupsOf = ({ levels, cohorts }: ProgramIndicators): Group[] => [
  ...levels.map(({ level, figures }) => ({ id: `level-${level.id}`, name: level.name, firstLine: level.isFirstLine, figures })),
  ...cohorts.map(({ cohort, figures }) => ({ id: `cohort-${cohort.id}`, name: cohort.name, firstLine: false, figures })),
];

/** What `?open=` opens: the overall distribution, or one of this programme's groups (with its distribution or not); else nothing. */
function openedOf(request: Request, groups: Group[]) {
  const requested = openedSchema.safeParse(new URL(request.url).searchParams.get("open")).data;
  const id = requested?.replace(/^distribution-/, "");
  return requested === "distribution-overall" || groups.some((group) => group.id === id) ? requested! : null;
}

/**
 * Anonymous role-understanding figures for the programme: the whole programme's in full, each level
 * and cohort as a line of its section's table, and the one group opened in full under it — so the page
 * stays light however many cohorts a programme has. The page goes as HTML, drawn once per kept set
 * of figures, opened group and language (staticMarkup), not as data to draw: the key's `opened` is
 * one of the programme's own groups, never the request's text.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Read before anything the page shows (an unchecked id only picks a counter; the guard still decides).
  const revision = dataRevision({ programId: Number(params.programId) });
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const cache = notModifiedIf(request, context, user, revision);
  const indicators = programIndicators(program);
  const groups = groupsOf(indicators);
  const opened = openedOf(request, groups);
  const locale = uiLocaleOf(user.preferredLanguage);
  const page = staticMarkup(
    context,
    indicators,
    () => (
      <AnalyticsPage
        programId={program.id}
        overall={indicators.overall}
        groups={groups}
        opened={opened}
        t={translator(locale)}
        locale={locale}
      />
    ),
    `${opened ?? ""}:${locale}`,
  );
  return data({ page }, { headers: cache });
}

type Drawing = { programId: number; opened: string | null; t: Translate; locale: UiLocale };

/** Whether a group's distribution is open, and the same page with it open (scrolled to it). */
const distributionOf = (id: string, { programId, opened }: Drawing) => ({
  open: opened === `distribution-${id}`,
  href: `/programs/${programId}/reflections?open=distribution-${id}#${id}-distribution`,
});

/** One level or cohort in full; the first-line level stands out, as the directorate asks about it. */
function FigureGroup({ group, drawing }: { group: Group; drawing: Drawing }) {
  const { t, locale } = drawing;
  return (
    <article className={group.firstLine ? "figure-group first-line" : "figure-group"} aria-labelledby={group.id}>
      <Heading level={4} data-size="xs" id={group.id}>
        {group.name} {group.firstLine && <Tag data-color="info">{t("reflections.analytics.firstLine")}</Tag>}
      </Heading>
      <IndicatorFigures
        figures={group.figures}
        name={group.name}
        id={group.id}
        distribution={distributionOf(group.id, drawing)}
        t={t}
        locale={locale}
      />
    </article>
  );
}

/** A section's groups, one line each; a group's name opens its figures under the table. */
function SummaryTable({ caption, groups, drawing }: { caption: string; groups: Group[]; drawing: Drawing }) {
  const { programId, opened, t, locale } = drawing;
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
          {groups.map(({ id, name, firstLine, figures }) => {
            const isOpen = opened?.replace(/^distribution-/, "") === id;
            return (
              <TableRow key={id}>
                <TableHeaderCell scope="row">
                  <Link href={`/programs/${programId}/reflections?open=${id}#${id}`} aria-current={isOpen ? "true" : undefined}>
                    {name}
                  </Link>
                  {firstLine && <> ({t("reflections.analytics.firstLine")})</>}
                  {isOpen && <span className="muted"> {t("analyticsSummary.opened")}</span>}
                </TableHeaderCell>
                <TableCell>
                  {!figures.shown
                    ? t("reflections.analytics.tooFew")
                    : figures.responseRate === null
                      ? t("analyticsSummary.noMembers", { authors: figures.authors })
                      : t("analyticsSummary.responseCell", {
                          rate: formatPercent(figures.responseRate, locale),
                          responding: figures.respondingMembers,
                          members: figures.members,
                        })}
                </TableCell>
                {ratingKeys.map((k) => {
                  const change = figures.shown ? figures.measures[k].change : null;
                  return (
                    <TableCell key={k} className="numeric">
                      {change === null ? none : formatChange(change, locale)}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The page: the whole programme's figures, then the levels' and the cohorts' tables, each with its opened group. */
function AnalyticsPage({ overall, groups, ...drawing }: Drawing & { overall: GroupFigures<unknown>; groups: Group[] }) {
  const { t, locale, opened } = drawing;
  const openedGroup = groups.find((group) => group.id === opened?.replace(/^distribution-/, ""));
  const section = (kind: "level" | "cohort", caption: string) => (
    <>
      <SummaryTable caption={caption} groups={groups.filter((group) => group.id.startsWith(`${kind}-`))} drawing={drawing} />
      {openedGroup?.id.startsWith(`${kind}-`) && <FigureGroup group={openedGroup} drawing={drawing} />}
    </>
  );
  return (
    <>
      <Heading level={2} data-size="md">
        {t("reflections.analytics.title")}
      </Heading>
      <Paragraph>{t("reflections.analytics.intro")}</Paragraph>
      <Paragraph>
        <Link href={`/programs/${drawing.programId}/reflections/export.csv`} download>
          {t("reflections.analytics.export")}
        </Link>
      </Paragraph>
      <Section id="overall-title" level={3} title={t("reflections.analytics.overall")}>
        <IndicatorFigures
          figures={overall}
          name={t("reflections.analytics.overall")}
          id="overall"
          distribution={distributionOf("overall", drawing)}
          t={t}
          locale={locale}
        />
      </Section>
      <Section id="levels-title" level={3} title={t("reflections.analytics.byLevel")}>
        <Paragraph>{t("analyticsSummary.hint")}</Paragraph>
        {section("level", t("analyticsSummary.levelsCaption"))}
      </Section>
      <Section id="cohorts-title" level={3} title={t("reflections.analytics.byCohort")}>
        {section("cohort", t("analyticsSummary.cohortsCaption"))}
      </Section>
    </>
  );
}

export default function ReflectionIndicators() {
  const { page } = useLoaderData<typeof loader>();
  // Drawn by React on the server (see the loader): text, plain links and a native <details>, nothing to hydrate.
  return <ServerMarkup tag="div" className="stack" markup={page} />;
}
