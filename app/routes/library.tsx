import { Button, Heading, Input, Label, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FilterSelect } from "../components/choice-fields";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { forbidden, requireUser } from "../server/guards.server";
import { libraryReports, readsLibrary, type LibraryFilters } from "../server/report-library.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.library.title");

const filterSchema = z.object({
  focus: z.string().trim().max(200).optional().catch(undefined),
  level: z.string().trim().max(200).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  text: z.string().trim().max(200).optional().catch(undefined),
});

/** Published final reports of the reader's sector, searchable by focus area, level, year and text. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!readsLibrary(user)) throw forbidden();
  const params = new URL(request.url).searchParams;
  const filters: LibraryFilters = filterSchema.parse({
    focus: params.get("focus") || undefined,
    level: params.get("level") || undefined,
    year: params.get("year") || undefined,
    text: params.get("text") || undefined,
  });
  return { filters, ...libraryReports(user, filters) };
}

/** A filter of the library: its id starts with `library-`, "all" comes first, the names are shown as they are. */
function Choice({ options, ...props }: { name: string; label: string; value?: string; options: string[] }) {
  const t = useT();
  const named = options.map((o) => ({ value: o, label: o }));
  return <FilterSelect idPrefix="library" all={t("directorate.compare.all")} options={named} {...props} />;
}

export default function Library() {
  const { filters, options, reports } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("directorate.library.title")}
      </Heading>
      <Paragraph>{t("directorate.library.intro")}</Paragraph>
      <Form method="get" className="filter-row" role="search" aria-label={t("directorate.library.search")}>
        <div className="ds-field">
          <Label htmlFor="library-text">{t("directorate.library.text")}</Label>
          <Input id="library-text" name="text" type="search" defaultValue={filters.text ?? ""} />
        </div>
        <Choice name="focus" label={t("directorate.compare.focusArea")} value={filters.focus} options={options.focusAreas} />
        <Choice name="level" label={t("directorate.library.level")} value={filters.level} options={options.levels} />
        <Choice name="year" label={t("directorate.library.year")} value={filters.year?.toString()} options={options.years.map(String)} />
        <div className="row-actions">
          <Button type="submit">{t("directorate.library.search")}</Button>
          <Link href="/library">{t("directorate.compare.clear")}</Link>
        </div>
      </Form>
      {reports.length === 0 ? (
        <Paragraph className="muted">{t("directorate.library.none")}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("directorate.library.title")}>
          <Table data-size="sm" zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("directorate.col.program")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.library.year")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.focusLevel")}</Table.HeaderCell>
                <Table.HeaderCell>{t("directorate.col.focusAreas")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {reports.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link href={`/reports/${r.id}`}>{r.programTitle}</Link>
                    <div className="muted">{r.organisationName}</div>
                  </Table.Cell>
                  <Table.Cell>{r.publishedAt ? formatDate(r.publishedAt, locale) : "–"}</Table.Cell>
                  <Table.Cell>{r.focusLevelName ?? "–"}</Table.Cell>
                  <Table.Cell>{r.focusAreas.join(", ") || "–"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
