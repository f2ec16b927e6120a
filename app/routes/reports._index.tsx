import { Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FilterSelect } from "../components/choice-fields";
import { attendanceText, formatMoney } from "../components/report-document";
import { keyFigures } from "../domain/report";
import { formatDate, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireRole } from "../server/guards.server";
import { portalFilterOptions, publishedReports, requestOverview, type PortalFilters } from "../server/report-portal.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.portal.title");

const filterSchemas = {
  organisationId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  year: z.coerce.number().int().min(2000).max(2100),
  category: z.string().trim().min(1).max(200),
  focus: z.string().trim().min(1).max(200),
} satisfies { [K in keyof Required<PortalFilters>]: z.ZodType<PortalFilters[K]> };
type FilterName = keyof typeof filterSchemas;

/**
 * Each filter is validated on its own: an invalid one is reported next to its field and left out,
 * so a mistyped address still shows the reports.
 */
function parseFilters(params: URLSearchParams) {
  const filters: PortalFilters = {};
  const invalid: FilterName[] = [];
  for (const name of Object.keys(filterSchemas) as FilterName[]) {
    const raw = params.get(name);
    if (!raw) continue;
    const parsed = filterSchemas[name].safeParse(raw);
    if (parsed.success) Object.assign(filters, { [name]: parsed.data });
    else invalid.push(name);
  }
  return { filters, invalid };
}

/** The directorate's portfolio: published reports of every organisation, their key figures, and the requests. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "directorate");
  const params = new URL(request.url).searchParams;
  const { filters, invalid } = parseFilters(params);
  return {
    filters,
    invalid,
    options: portalFilterOptions(),
    reports: publishedReports(filters).map(({ model, ...row }) => ({ ...row, figures: keyFigures(model) })),
    requests: requestOverview(),
  };
}

export default function ReportsPortal() {
  const { filters, invalid, options, reports, requests } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const filter = { idPrefix: "filter", all: t("report.portal.all"), invalidText: t("report.portal.invalidFilter") };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("report.portal.title")}
      </Heading>
      <Paragraph>{t("report.portal.intro")}</Paragraph>
      <Paragraph>
        <Link href="/reports/request">{t("report.portal.newRequest")}</Link>
      </Paragraph>

      <section aria-labelledby="portal-filters" className="stack">
        <Heading level={2} data-size="sm" id="portal-filters">
          {t("report.portal.filters")}
        </Heading>
        <Form method="get" className="filter-row">
          <FilterSelect
            {...filter}
            name="organisationId"
            label={t("report.portal.organisation")}
            value={filters.organisationId}
            options={options.organisations.map((o) => ({ value: o.id, label: o.name }))}
            invalid={invalid.includes("organisationId")}
          />
          <FilterSelect
            {...filter}
            name="year"
            label={t("report.portal.year")}
            value={filters.year}
            options={options.years.map((y) => ({ value: y, label: String(y) }))}
            invalid={invalid.includes("year")}
          />
          <FilterSelect
            {...filter}
            name="category"
            label={t("report.portal.category")}
            value={filters.category}
            options={options.categories.map((c) => ({ value: c, label: c }))}
            invalid={invalid.includes("category")}
          />
          <FilterSelect
            {...filter}
            name="focus"
            label={t("report.portal.focus")}
            value={filters.focus}
            options={options.focuses.map((f) => ({ value: f, label: f }))}
            invalid={invalid.includes("focus")}
          />
          <div className="row-actions">
            <Button type="submit">{t("report.portal.filter")}</Button>
            <Link href="/reports">{t("report.portal.clear")}</Link>
          </div>
        </Form>
      </section>

      <section className="stack">
        <Heading level={2} data-size="md" id="portal-comparison">
          {t("report.portal.comparison")}
        </Heading>
        {reports.length === 0 ? (
          <Paragraph className="muted">{t("report.portal.none")}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="portal-comparison">
            <Table data-size="sm" zebra>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("report.portal.col.program")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.published")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.summary.category")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.awarded")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.spent")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.cohorts")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.held")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.attendance")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.focusAttendance")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.dissemination")}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t("report.portal.col.union")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {reports.map((r) => {
                  const f = r.figures;
                  const money = (ore: number | null) => (ore === null ? t("report.notRegistered") : formatMoney(ore, f.currency, locale));
                  return (
                    <Table.Row key={r.id}>
                      <Table.Cell>
                        <Link href={`/reports/${r.id}`}>{r.programTitle}</Link>
                        <div className="muted">{r.organisationName}</div>
                      </Table.Cell>
                      <Table.Cell>{r.publishedAt ? formatDate(r.publishedAt, locale) : "–"}</Table.Cell>
                      <Table.Cell>{r.category ?? t("report.notRegistered")}</Table.Cell>
                      <Table.Cell className="numeric">{money(f.awardedOre)}</Table.Cell>
                      <Table.Cell className="numeric">{money(f.spentOre)}</Table.Cell>
                      <Table.Cell className="numeric">{f.cohorts}</Table.Cell>
                      <Table.Cell className="numeric">{f.gatheringsHeld}</Table.Cell>
                      <Table.Cell>{attendanceText(f.overall, f.overall ? null : "too_few", t, locale)}</Table.Cell>
                      <Table.Cell>
                        {f.focus
                          ? `${f.focus.name}: ${attendanceText(f.focus.figures, f.focus.withheld, t, locale)}`
                          : t("report.about.allLevels")}
                      </Table.Cell>
                      <Table.Cell className="numeric">{f.disseminationActivities}</Table.Cell>
                      <Table.Cell className="numeric">{f.unionRepresentatives}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      <section className="stack">
        <Heading level={2} data-size="md" id="portal-requests">
          {t("report.portal.requests")}
        </Heading>
        {requests.length === 0 ? (
          <Paragraph className="muted">{t("report.portal.noRequests")}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="portal-requests">
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("report.portal.col.program")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.due")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.requestedBy")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.portal.col.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {requests.map((r) => {
                  // Drafts stay with the programme: the directorate sees that work is under way, not its content.
                  const readable = r.reportId && (r.reportStatus === "submitted" || r.reportStatus === "published");
                  return (
                    <Table.Row key={r.id}>
                      <Table.Cell>
                        {readable ? <Link href={`/reports/${r.reportId}`}>{r.programTitle}</Link> : r.programTitle}
                        <div className="muted">{r.organisationName}</div>
                      </Table.Cell>
                      <Table.Cell>{formatDay(r.dueOn, locale)}</Table.Cell>
                      <Table.Cell>{r.requestedBy}</Table.Cell>
                      <Table.Cell>
                        <Tag
                          data-color={r.reportStatus === "submitted" ? "warning" : r.reportStatus === "published" ? "success" : "neutral"}
                        >
                          {r.reportStatus === "submitted"
                            ? t("report.portal.review")
                            : r.reportStatus
                              ? t(`report.status.${r.reportStatus}`)
                              : t("report.tab.notStarted")}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
