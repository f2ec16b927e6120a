import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { NotificationCategory } from "../domain/notification-preferences";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { getDb } from "../server/db.server";
import { readUnsubscribeToken, setPreference } from "../server/notification-preferences.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.unsubscribe.title");

const noStore = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
const invalid = () => data({ state: "invalid" as const }, { status: 400, headers: noStore });

/**
 * The List-Unsubscribe link of an optional e-mail. GET only asks (mail scanners open links); the
 * POST — the confirm button, or the mail program's one-click POST (RFC 8058) — turns that group of
 * e-mails off, without signing in: the signed link is the credential. A forged or altered link
 * changes nothing and answers 400.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const link = readUnsubscribeToken(params.token ?? "");
  if (!link) return invalid();
  return data({ state: "confirm" as const, category: link.category }, { headers: noStore });
}

export async function action({ params }: ActionFunctionArgs) {
  const link = readUnsubscribeToken(params.token ?? "");
  if (!link) return invalid();
  const db = getDb();
  db.transaction((tx) => setPreference(tx, link.personId, link.category, false));
  return data({ state: "done" as const, category: link.category }, { headers: noStore });
}

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  const page = acted ?? loaded;
  const label = (category: NotificationCategory) => t(`notifications.category.${category}`);
  return (
    <section className="stack" aria-labelledby="unsubscribe-title">
      <Heading level={1} data-size="lg" id="unsubscribe-title">
        {t("notifications.unsubscribe.title")}
      </Heading>
      {page.state === "invalid" ? (
        <Alert data-color="danger">{t("notifications.unsubscribe.invalid")}</Alert>
      ) : page.state === "done" ? (
        <Alert data-color="success" role="status">
          {t("notifications.unsubscribe.done", { category: label(page.category) })}
        </Alert>
      ) : (
        <Form method="post" className="stack">
          <Paragraph>{t("notifications.unsubscribe.confirm", { category: label(page.category) })}</Paragraph>
          <div>
            <Button type="submit">{t("notifications.unsubscribe.submit")}</Button>
          </div>
        </Form>
      )}
    </section>
  );
}
