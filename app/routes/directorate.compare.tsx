import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { FilterSelect } from "../components/choice-fields";
import { PageLinks } from "../components/page-links";
import { Section } from "../components/page-parts";
import { ServerMarkup } from "../components/server-markup";
import type { SortKey } from "../domain/directorate";
import { indicatorKeys } from "../domain/report";
import { pageTitle } from "../i18n/meta";
import { formatChange } from "../i18n/numbers";
import { useT, useUiLocale } from "../i18n/react";
import { conditionalHeaders, notModifiedIf } from "../server/conditional-get.server";
import { comparisonPage, currentComparison, type ComparisonPage } from "../server/directorate.server";
import { requireRole } from "../server/guards.server";
import { staticMarkup } from "../server/static-markup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.compare.title");
export const headers = conditionalHeaders;

/**
 * Funded programmes side by side, by year, kind of organisation and focus area; sorted and filtered
 * on the server, a page at a time (`?page=`), the charts drawn when asked for (`?open=charts`); the
 * exports hold every programme the filters let through.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const current = await currentComparison();
  const cache = notModifiedIf(request, context, user, current.label);
  const view = comparisonPage(current, new URL(request.url).searchParams, user.preferredLanguage);
  // The rows go to the page as HTML, drawn once per kept view (staticMarkup), not as data to draw.
  const { rows, ...withoutRows } = view;
  const rowsMarkup = staticMarkup(context, view, () => <ComparisonRows view={view} />);
  return data({ ...withoutRows, rowCount: rows.length, rowsMarkup }, { headers: cache });
}

/** The table's rows: text and plain links only, drawn on the server (see the loader). */
function ComparisonRows({ view }: { view: ComparisonPage }) {
  return view.rows.map((r) => (
    <tr key={r.programId}>
      {r.cells.map((text, i) => (
        <td key={i} className={view.columns[i]!.numeric ? "numeric" : undefined}>
          {i === 1 ? (
            <a className="ds-link" href={`/directorate/programs/${r.programId}`}>
              {text}
            </a>
          ) : (
            text
          )}
        </td>
      ))}
    </tr>
  ));
}

/** A diverging bar per programme around zero on a −2…+2 scale; the table beside it carries the figures. */
function ChangeChart({ caption, bars }: { caption: string; bars: { label: string; value: number | null }[] }) {
  const t = useT();
  const ui = useUiLocale();
  const width = 240;
  const row = 22;
  const mid = width / 2;
  const scale = mid / 2;
  return (
    <figure className="compare-chart">
      <figcaption>
        <strong>{caption}</strong>
      </figcaption>
      <div className="compare-chart-body">
        <svg width={width} height={bars.length * row + 4} role="img" aria-label={caption}>
          <line x1={mid} x2={mid} y1={0} y2={bars.length * row + 4} stroke="currentColor" strokeWidth={1} />
          {bars.map((bar, i) => {
            if (bar.value === null) return null;
            const length = Math.max(-mid, Math.min(mid, bar.value * scale));
            return (
              <rect
                key={i}
                x={length < 0 ? mid + length : mid}
                y={i * row + 4}
                width={Math.abs(length)}
                height={row - 8}
                fill={length < 0 ? "#a8461f" : "#1f5fa8"}
              />
            );
          })}
        </svg>
        <table className="compare-chart-table">
          <tbody>
            {bars.map((bar, i) => (
              <tr key={i}>
                <th scope="row">{bar.label}</th>
                <td className="numeric">{bar.value === null ? t("directorate.compare.tooFew") : formatChange(bar.value, ui)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export default function Comparison() {
  const { rowCount, rowsMarkup, columns, charts, options, filters, indicator, sort, descending, invalid, page, pages, first, total } =
    useLoaderData<typeof loader>();
  const t = useT();
  const filter = { idPrefix: "compare", invalidText: t("directorate.compare.invalidFilter") };
  const location = useLocation();
  /** This address with some parameters set (a value) or removed (null). */
  const query = (changes: Record<string, string | null>, hash = "") => {
    const params = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    return `?${params}${hash}`;
  };
  // Another order starts on its first page.
  const sortHref = (key: SortKey) => query({ sort: key, dir: sort === key && !descending ? "desc" : "asc", page: null });
  const pageHref = (n: number) => query({ page: String(n) });
  // The files hold every programme of the selection, whichever page is shown.
  const exportQuery = query({ page: null, open: null });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("directorate.compare.title")}
      </Heading>
      <Paragraph>{t("directorate.compare.intro")}</Paragraph>

      <section aria-labelledby="compare-filters" className="stack">
        <Heading level={2} data-size="sm" id="compare-filters">
          {t("directorate.compare.filters")}
        </Heading>
        <Form method="get" className="filter-row">
          <FilterSelect
            {...filter}
            name="year"
            label={t("directorate.compare.year")}
            value={filters.year?.toString()}
            options={options.years.map((y) => ({ value: String(y), label: String(y) }))}
            invalid={invalid.includes("year")}
            all={t("directorate.compare.all")}
          />
          <FilterSelect
            {...filter}
            name="kind"
            label={t("directorate.compare.kind")}
            value={filters.kind}
            options={options.kinds.map((k) => ({ value: k, label: t(`organisation.kind.${k as "agency"}`) }))}
            invalid={invalid.includes("kind")}
            all={t("directorate.compare.all")}
          />
          <FilterSelect
            {...filter}
            name="focusArea"
            label={t("directorate.compare.focusArea")}
            value={filters.focusArea}
            options={options.focusAreas.map((f) => ({ value: f, label: f }))}
            invalid={invalid.includes("focusArea")}
            all={t("directorate.compare.all")}
          />
          <FilterSelect
            {...filter}
            name="indicator"
            label={t("directorate.compare.indicator")}
            value={indicator}
            options={indicatorKeys.map((k) => ({ value: k, label: t(`report.indicator.${k}`) }))}
            invalid={invalid.includes("indicator")}
          />
          {sort !== "organisation" && <input type="hidden" name="sort" value={sort} />}
          {descending && <input type="hidden" name="dir" value="desc" />}
          <div className="row-actions">
            <Button type="submit">{t("directorate.compare.show")}</Button>
            <Link href="/directorate/compare">{t("directorate.compare.clear")}</Link>
          </div>
        </Form>
      </section>

      {/* The table's scrolling region carries the heading's name; a second landmark of that name would repeat it. */}
      <section className="stack">
        <Heading level={2} data-size="md" id="compare-table">
          {t("directorate.compare.table")}
        </Heading>
        <Paragraph className="row-actions">
          <Link href={`/directorate/compare.csv${exportQuery}`} download>
            {t("directorate.compare.exportCsv")}
          </Link>
          <Link href={`/directorate/compare.xlsx${exportQuery}`} download>
            {t("directorate.compare.exportXlsx")}
          </Link>
        </Paragraph>
        {rowCount === 0 ? (
          <Paragraph className="muted">{t("directorate.compare.none")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("directorateCompare.showing", { first, last: first + rowCount - 1, count: total })}</Paragraph>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-table">
              <Table data-size="sm" zebra>
                <Table.Head>
                  <Table.Row>
                    {columns.map((c) => (
                      <Table.HeaderCell
                        key={c.header}
                        className={c.numeric ? "numeric" : undefined}
                        aria-sort={c.sort && c.sort === sort ? (descending ? "descending" : "ascending") : undefined}
                      >
                        {c.sort ? (
                          <Link href={sortHref(c.sort)} aria-label={t("directorate.compare.sortBy", { column: c.header })}>
                            {c.header}
                            {c.sort === sort && (descending ? " ▼" : " ▲")}
                          </Link>
                        ) : (
                          c.header
                        )}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                {/* What Table.Body/Row/Cell render, as the loader drew it. */}
                <ServerMarkup tag="tbody" markup={rowsMarkup} />
              </Table>
            </div>
            <PageLinks page={page} pages={pages} href={pageHref} />
          </>
        )}
      </section>

      {rowCount > 0 && (
        <Section id="compare-charts" title={t("directorate.compare.chartsTitle")}>
          <Paragraph className="muted">{t("directorate.compare.chartNote")}</Paragraph>
          {charts ? (
            <>
              <Paragraph>
                <Link href={query({ open: null }, "#compare-charts")}>{t("directorateCompare.hideCharts")}</Link>
              </Paragraph>
              <div className="compare-charts">
                {indicatorKeys.map((key, k) => (
                  <ChangeChart
                    key={key}
                    caption={t("directorate.compare.chartCaption", { indicator: t(`report.indicator.${key}`) })}
                    bars={charts.map((r) => ({ label: r.label, value: r.changes[k] ?? null }))}
                  />
                ))}
              </div>
            </>
          ) : (
            <Paragraph>
              <Link href={query({ open: "charts" }, "#compare-charts")}>{t("directorateCompare.showCharts")}</Link>
            </Paragraph>
          )}
        </Section>
      )}
    </div>
  );
}
