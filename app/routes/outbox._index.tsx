import { Button, Heading, Label, Link, Paragraph, Select, Table, ValidationMessage } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { emailStatuses } from "../../db/schema";
import { kindLabel, StatusTag } from "../components/email-status";
import { PageLinks } from "../components/page-links";
import { ActionNotice } from "../components/intent-form";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { getConfig } from "../server/config.server";
import { listOutbox, outboxScope, retryFromForm } from "../server/email/outbox-view.server";
import { requireRole } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.title");

const filters = z.object({
  status: z.enum(emailStatuses).or(z.literal("")).optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The outbox of the coordinator's organisation (every organisation's for an administrator). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  // A GET filter, not a form: a bad value shows everything rather than an error (no parseForm).
  const parsed = filters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const status = parsed.success ? parsed.data.status || null : null;
  const page = parsed.success ? parsed.data.page : 1;
  const scope = outboxScope(user);
  const result = {
    ...listOutbox(scope, { status, page }),
    status,
    page,
    statusError: parsed.success ? null : ("outbox.filter.invalid" as const),
    allOrganisations: scope.organisationId === null,
    localMailbox: !getConfig().smtpUrl,
  };
  return parsed.success ? result : data(result, { status: 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const url = new URL(request.url);
  const back = new URLSearchParams();
  for (const key of ["status", "page"]) {
    const value = url.searchParams.get(key);
    if (value) back.set(key, value);
  }
  const query = back.toString();
  return retryFromForm(request, outboxScope(user), query ? `/outbox?${query}` : "/outbox");
}

export default function Outbox() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (d.status) params.set("status", d.status);
    params.set("page", String(page));
    return `/outbox?${params}`;
  };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("outbox.title")}
      </Heading>
      <Paragraph>{t(d.allOrganisations ? "outbox.introAdmin" : "outbox.intro")}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t(d.localMailbox ? "outbox.localMailbox" : "outbox.smtp")}
      </Paragraph>
      <Paragraph>
        <Link href="/outbox/preview">{t("outbox.previewLink")}</Link>
      </Paragraph>

      <ActionNotice />

      <section aria-labelledby="outbox-counts">
        <Heading level={2} data-size="xs" id="outbox-counts">
          {t("outbox.counts")}
        </Heading>
        <ul className="outbox-counts">
          {emailStatuses.map((s) => (
            <li key={s}>
              <Link href={`/outbox?status=${s}`}>
                {t(`outbox.status.${s}`)}: {d.counts[s]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <Form method="get" className="outbox-filter" aria-label={t("outbox.filter.legend")}>
        <div className="ds-field">
          <Label htmlFor="outbox-status">{t("outbox.filter.status")}</Label>
          <Select
            id="outbox-status"
            name="status"
            defaultValue={d.status ?? ""}
            aria-invalid={d.statusError ? true : undefined}
            aria-describedby={d.statusError ? "outbox-status-error" : undefined}
          >
            <Select.Option value="">{t("outbox.filter.all")}</Select.Option>
            {emailStatuses.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`outbox.status.${s}`)}
              </Select.Option>
            ))}
          </Select>
          {d.statusError && <ValidationMessage id="outbox-status-error">{t(d.statusError)}</ValidationMessage>}
        </div>
        <Button type="submit" variant="secondary">
          {t("outbox.filter.submit")}
        </Button>
      </Form>

      {d.messages.length === 0 ? (
        <Paragraph>{t("outbox.empty")}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("outbox.title")}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("outbox.col.created")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.kind")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.recipient")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.attempts")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.outcome")}</Table.HeaderCell>
                <Table.HeaderCell>{t("outbox.col.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {d.messages.map((m) => {
                const recipient = m.recipientName ?? m.recipientEmail;
                return (
                  <Table.Row key={m.id}>
                    <Table.Cell>{formatDateTime(m.createdAt, locale)}</Table.Cell>
                    <Table.Cell>
                      <Link href={`/outbox/${m.id}`} aria-label={t("outbox.open", { kind: t(kindLabel(m.kind)), recipient })}>
                        {t(kindLabel(m.kind))}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {recipient}
                      {m.recipientName && (
                        <>
                          <br />
                          <span className="muted">{m.recipientEmail}</span>
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <StatusTag status={m.status} />
                      {m.lastError && m.status !== "sent" && (
                        <>
                          <br />
                          <span className="muted outbox-error">{m.lastError}</span>
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>{m.attempts}</Table.Cell>
                    <Table.Cell>
                      {m.sentAt
                        ? t("outbox.sentAt", { date: formatDateTime(m.sentAt, locale) })
                        : m.status === "queued"
                          ? t("outbox.nextAttempt", { date: formatDateTime(m.dueAt, locale) })
                          : ""}
                    </Table.Cell>
                    <Table.Cell>
                      {m.status === "failed" && (
                        <Form method="post">
                          <input type="hidden" name="messageId" value={m.id} />
                          <Button type="submit" name="intent" value="retry" variant="secondary" data-size="sm">
                            {t("outbox.retry")}
                          </Button>
                        </Form>
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}

      {/* Newest first, so the next page holds older messages; the outbox is not counted, only whether more follow. */}
      <PageLinks page={d.page} hasMore={d.hasMore} href={pageLink} />
    </div>
  );
}
