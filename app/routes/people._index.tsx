import { Alert, Button, Heading, Input, Label, Link, Paragraph, Select, Table, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { roles } from "../../db/schema";
import { OrgPicker } from "../components/org-picker";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { orgCohortChoices } from "../server/cohorts.server";
import { hasRole } from "../server/guards.server";
import { listOrganisations, orgLevels, orgUnits } from "../server/organisation.server";
import { requireOrgScope } from "../server/org-scope.server";
import { listPeople, pageSize } from "../server/people.server";
import { invitePeople, signInStatuses } from "../server/identity.server";
import { conflict } from "../server/forms.server";
import { DataTable } from "../components/page-parts";
import { PageLinks } from "../components/page-links";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.title");

const id = z.coerce.number().int().positive().optional().catch(undefined);
/** Filters come from the address; anything unreadable is ignored rather than refused. */
const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  unit: id,
  level: id,
  cohort: id,
  role: z.enum(roles).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).catch("active"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = filterSchema.parse(params);
  const orgId = scope.organisationId;
  const result = listPeople(orgId, {
    q: filters.q || undefined,
    unitId: filters.unit,
    levelId: filters.level,
    cohortId: filters.cohort,
    role: filters.role,
    status: filters.status,
    page: filters.page,
  });
  return {
    ...result,
    signIn: Object.fromEntries(signInStatuses(result.people.map((p) => p.id))),
    filters,
    query: scope.query,
    organisationId: orgId,
    organisations: hasRole(scope.user, "admin") ? listOrganisations() : null,
    isCoordinator: hasRole(scope.user, "coordinator"),
    units: orgUnits(orgId),
    levels: orgLevels(orgId),
    cohorts: orgCohortChoices(orgId),
    pages: Math.max(1, Math.ceil(result.total / pageSize)),
  };
}

/** "Invite the selected people": each gets a 14-day link to activate their account. */
export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const form = await request.formData();
  const ids = form
    .getAll("personId")
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  const invited = invitePeople(scope.organisationId, ids.slice(0, 1000), scope.user.id);
  if (invited === 0) return conflict("identity.people.noneSelected");
  return { invited };
}

function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
}) {
  const t = useT();
  return (
    <div className="ds-field">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)}>
        <option value="">{t("people.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

type Listed = ReturnType<typeof useLoaderData<typeof loader>>["people"][number];

/** One person in the list, with a box to select them for an invitation while they have not activated. */
function PersonRow({ person: p, status }: { person: Listed; status: "activated" | "invited" | "none" }) {
  const t = useT();
  return (
    <Table.Row>
      <Table.Cell>
        {status !== "activated" && !p.deactivated && (
          <label>
            <input type="checkbox" name="personId" value={p.id} id={`select-${p.id}`} />
            <span className="visually-hidden">{t("identity.people.select", { name: p.name })}</span>
          </label>
        )}
      </Table.Cell>
      <Table.Cell>
        <Link asChild>
          <RemixLink to={`/people/${p.id}`}>{p.name}</RemixLink>
        </Link>
        <br />
        <span className="muted">{p.email}</span>
        {p.deactivated && (
          <>
            {" "}
            <Tag data-color="neutral">{t("people.deactivated")}</Tag>
          </>
        )}
      </Table.Cell>
      <Table.Cell>
        {status === "activated"
          ? t("identity.people.activated")
          : status === "invited"
            ? t("identity.people.invited")
            : t("identity.people.notInvited")}
      </Table.Cell>
      <Table.Cell>{p.unit ?? "–"}</Table.Cell>
      <Table.Cell>{p.level ?? "–"}</Table.Cell>
      <Table.Cell>{p.cohorts ?? "–"}</Table.Cell>
      <Table.Cell>{p.roles.map((r) => t(`role.${r}`)).join(", ")}</Table.Cell>
    </Table.Row>
  );
}

export default function People() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { filters, query } = data;
  const t = useT();
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page })) {
      if (value !== undefined && value !== "") params.set(key, String(value));
    }
    if (data.organisations) params.set("org", String(data.organisationId));
    return `?${params}`;
  };
  return (
    <div className="stack">
      <div className="section-head">
        <Heading level={1} data-size="lg">
          {t("people.title")}
        </Heading>
        <div className="row-actions">
          <Button asChild>
            <RemixLink to={`/people/new${query}`}>{t("people.new")}</RemixLink>
          </Button>
          <Button asChild variant="secondary">
            <RemixLink to={`/people/import${query}`}>{t("import.title")}</RemixLink>
          </Button>
          {data.isCoordinator && (
            <Link asChild>
              <RemixLink to="/facilitators">{t("facilitators.title")}</RemixLink>
            </Link>
          )}
        </div>
      </div>
      {data.organisations && <OrgPicker organisations={data.organisations} current={data.organisationId} />}

      <Form method="get" className="form-grid" role="search" aria-label={t("people.search")}>
        {data.organisations && <input type="hidden" name="org" value={data.organisationId} />}
        <div className="ds-field">
          <Label htmlFor="filter-q">{t("people.search")}</Label>
          <Input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <FilterSelect
          name="unit"
          label={t("people.unit")}
          value={filters.unit}
          options={data.units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <FilterSelect
          name="level"
          label={t("people.level")}
          value={filters.level}
          options={data.levels.map((l) => ({ value: l.id, label: l.name }))}
        />
        <FilterSelect
          name="cohort"
          label={t("people.cohort")}
          value={filters.cohort}
          options={data.cohorts.map((c) => ({ value: c.id, label: `${c.program} – ${c.name}` }))}
        />
        <FilterSelect
          name="role"
          label={t("people.role")}
          value={filters.role}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <div className="ds-field">
          <Label htmlFor="filter-status">{t("people.status")}</Label>
          <Select id="filter-status" name="status" defaultValue={filters.status}>
            <option value="active">{t("people.statusActive")}</option>
            <option value="inactive">{t("people.statusInactive")}</option>
            <option value="all">{t("people.statusAll")}</option>
          </Select>
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t("people.filter")}
          </Button>
        </div>
      </Form>

      <Paragraph aria-live="polite">{t("people.count", { count: data.total })}</Paragraph>
      {actionData && "invited" in actionData && (
        <Alert data-color="success" role="status">
          {t("identity.people.invitedCount", { count: actionData.invited })}
        </Alert>
      )}
      {actionData && "notice" in actionData && (
        <Alert data-color="warning" role="alert">
          {t("identity.people.noneSelected")}
        </Alert>
      )}
      {data.people.length > 0 && (
        <Form method="post" className="stack">
          <DataTable
            columns={[
              { label: t("gatherings.col.selectHeading"), hidden: true },
              t("people.name"),
              t("identity.people.status"),
              t("people.unit"),
              t("people.level"),
              t("people.cohort"),
              t("people.roles"),
            ]}
          >
            {data.people.map((p) => (
              <PersonRow key={p.id} person={p} status={data.signIn[p.id]?.state ?? "none"} />
            ))}
          </DataTable>
          <div>
            <Button type="submit" variant="secondary">
              {t("identity.people.inviteSelected")}
            </Button>
          </div>
        </Form>
      )}
      <PageLinks page={filters.page} pages={data.pages} href={pageLink} />
    </div>
  );
}
