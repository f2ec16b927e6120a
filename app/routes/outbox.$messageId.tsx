import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { kindLabel, StatusTag } from "../components/email-status";
import { ActionNotice } from "../components/intent-form";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { getOutboxMessage, outboxScope, retryFromForm } from "../server/email/outbox-view.server";
import { notFound, parseId, requireRole } from "../server/guards.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "outbox.message.title", { recipient: data?.message.recipientName ?? data?.message.recipientEmail ?? "" });

/** One message: what became of it and, from the local mailbox, what it said. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const id = parseId(params.messageId);
  const message = getOutboxMessage(outboxScope(user), id);
  if (!message) throw notFound();
  const { payload: _payload, leaseOwner: _owner, leaseUntil: _until, ...shown } = message;
  return { message: shown };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const id = parseId(params.messageId);
  if (!getOutboxMessage(outboxScope(user), id)) throw notFound();
  return retryFromForm(request, outboxScope(user), `/outbox/${id}`);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export default function OutboxMessage() {
  const { message: m } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const recipient = m.recipientName ?? m.recipientEmail;
  return (
    <div className="stack">
      <Paragraph>
        <Link href="/outbox">{t("outbox.message.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("outbox.message.title", { recipient })}
      </Heading>
      <ActionNotice />

      <section aria-labelledby="message-details" className="stack">
        <Heading level={2} data-size="sm" id="message-details">
          {t("outbox.message.details")}
        </Heading>
        <dl className="facts">
          <Fact label={t("outbox.message.kind")}>{t(kindLabel(m.kind))}</Fact>
          <Fact label={t("outbox.message.recipient")}>
            {m.recipientName ? `${m.recipientName} <${m.recipientEmail}>` : m.recipientEmail}
          </Fact>
          <Fact label={t("outbox.message.language")}>{t(`language.${m.locale}`)}</Fact>
          <Fact label={t("outbox.message.status")}>
            <StatusTag status={m.status} />
          </Fact>
          <Fact label={t("outbox.message.attempts")}>{m.attempts}</Fact>
          <Fact label={t("outbox.message.created")}>{formatDateTime(m.createdAt, locale)}</Fact>
          {!m.sentAt && <Fact label={t("outbox.message.due")}>{formatDateTime(m.dueAt, locale)}</Fact>}
          {m.sentAt && <Fact label={t("outbox.message.sent")}>{formatDateTime(m.sentAt, locale)}</Fact>}
          {m.messageId && <Fact label={t("outbox.message.messageId")}>{m.messageId}</Fact>}
          {m.lastError && (
            <Fact label={t(m.status === "skipped" ? "outbox.message.skipReason" : "outbox.message.lastError")}>{m.lastError}</Fact>
          )}
          <Fact label={t("outbox.message.idempotencyKey")}>
            <code>{m.idempotencyKey}</code>
          </Fact>
        </dl>
        {m.status === "failed" && (
          <Form method="post">
            <input type="hidden" name="messageId" value={m.id} />
            <Button type="submit" name="intent" value="retry">
              {t("outbox.retry")}
            </Button>
          </Form>
        )}
      </section>

      <section aria-labelledby="message-content" className="stack">
        <Heading level={2} data-size="sm" id="message-content">
          {t("outbox.message.content")}
        </Heading>
        {m.delivered ? (
          <>
            <Paragraph>
              <strong>{t("outbox.message.subject")}:</strong> {m.delivered.subject}
            </Paragraph>
            <Heading level={3} data-size="xs">
              {t("outbox.message.html")}
            </Heading>
            <iframe
              className="email-frame"
              src={`/outbox/${m.id}/html`}
              title={t("outbox.message.frameTitle", { subject: m.delivered.subject })}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
            />
            {m.kind === "reflection_prompt" && (
              <Paragraph data-size="sm" className="muted">
                {t("outbox.message.secretsHidden")}
              </Paragraph>
            )}
            <Heading level={3} data-size="xs">
              {t("outbox.message.text")}
            </Heading>
            <pre className="email-text">{m.delivered.text}</pre>
            <Heading level={3} data-size="xs">
              {t("outbox.message.attachments")}
            </Heading>
            {m.delivered.attachments.length === 0 ? (
              <Paragraph>{t("outbox.message.noAttachments")}</Paragraph>
            ) : (
              <ul>
                {m.delivered.attachments.map((a, index) => (
                  <li key={a.filename}>
                    <Link href={`/outbox/${m.id}/attachments/${index}`} download={a.filename}>
                      {a.filename}
                    </Link>{" "}
                    <span className="muted">({a.contentType.split(";")[0]})</span>
                  </li>
                ))}
              </ul>
            )}
            <Paragraph>
              <Link href={`/outbox/${m.id}/eml`} download={`message-${m.id}.eml`}>
                {t("outbox.message.eml")}
              </Link>
            </Paragraph>
          </>
        ) : m.status === "sent" ? (
          <Paragraph>{t("outbox.message.notKept")}</Paragraph>
        ) : (
          (m.status === "queued" || m.status === "sending") && <Paragraph>{t("outbox.message.notYet")}</Paragraph>
        )}
      </section>
    </div>
  );
}
