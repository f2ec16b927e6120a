import {
  Button,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { hasRole, requireRole } from "../server/guards.server";
import { listAuditEvents } from "../server/audit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()));
const filterSchema = z.object({
  entity: z.string().max(50).optional().catch(undefined),
  action: z.string().max(50).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Coordinators read their organisation's log; administrators read every organisation's. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const filter = filterSchema.parse(params);
  const result = listAuditEvents({
    ...filter,
    // "To" is inclusive of the whole day.
    to: filter.to && new Date(filter.to.getTime() + 86_400_000),
    organisationId: hasRole(user, "admin") ? null : user.organisationId,
  });
  const shown = Object.fromEntries(Object.entries(params).filter(([key]) => ["entity", "action", "from", "to"].includes(key)));
  return { ...result, filter: shown };
}

export default function Audit() {
  const { events, nextBefore, entities, actions, filter } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const olderHref = `?${new URLSearchParams({ ...filter, before: String(nextBefore) })}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" id="audit-title">
        {t("audit.title")}
      </Heading>
      <Form method="get" className="filter-row">
        <div>
          <Label htmlFor="audit-entity">{t("audit.entity")}</Label>
          <Select id="audit-entity" name="entity" defaultValue={filter.entity ?? ""}>
            <option value="">{t("audit.any")}</option>
            {entities.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="audit-action">{t("audit.action")}</Label>
          <Select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("audit.any")}</option>
            {actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="audit-from">{t("audit.from")}</Label>
          <input className="ds-input" type="date" id="audit-from" name="from" defaultValue={filter.from ?? ""} />
        </div>
        <div>
          <Label htmlFor="audit-to">{t("audit.to")}</Label>
          <input className="ds-input" type="date" id="audit-to" name="to" defaultValue={filter.to ?? ""} />
        </div>
        <Button type="submit" variant="secondary">
          {t("audit.filter")}
        </Button>
      </Form>
      {events.length === 0 ? (
        <Paragraph>{t("audit.empty")}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-title">
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("audit.when")}</TableHeaderCell>
                <TableHeaderCell>{t("audit.who")}</TableHeaderCell>
                <TableHeaderCell>{t("audit.what")}</TableHeaderCell>
                <TableHeaderCell>{t("audit.details")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {events.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{formatDateTime(e.at, locale)}</TableCell>
                  <TableCell>{e.actorName ?? t("audit.system")}</TableCell>
                  <TableCell>
                    {e.entity}
                    {e.entityId ? ` #${e.entityId}` : ""}: {e.action}
                  </TableCell>
                  <TableCell>
                    <code>{e.details ? JSON.stringify(e.details) : ""}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {nextBefore && <Link to={olderHref}>{t("audit.older")}</Link>}
    </div>
  );
}
