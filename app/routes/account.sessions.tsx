import { Button, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/page-parts";
import { describeBrowser } from "../domain/identity";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireUser } from "../server/guards.server";
import { sessionsOf, signOutEverywhere } from "../server/identity.server";
import { destroySession } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "identity.sessions.title");

const methods = ["password", "link", "sso"] as const;

/** "Mine innlogginger": where I am signed in, and "sign out everywhere". */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    sessions: sessionsOf(user.id).map((s) => ({
      key: s.id.slice(0, 12),
      createdAt: s.createdAt,
      browser: describeBrowser(s.userAgent),
      method: methods.find((m) => m === s.method) ?? ("unknown" as const),
      current: s.id === user.sessionId,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  signOutEverywhere(user.id, user.organisationId);
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(request) } });
}

export default function MySessions() {
  const { sessions } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <section className="stack" aria-labelledby="sessions-title">
      <Heading level={1} data-size="lg" id="sessions-title">
        {t("identity.sessions.title")}
      </Heading>
      <Paragraph>{t("identity.sessions.intro")}</Paragraph>
      <DataTable columns={[t("identity.sessions.when"), t("identity.sessions.browser"), t("identity.sessions.method")]} size="sm">
        {sessions.map((s) => (
          <Table.Row key={s.key}>
            <Table.Cell>
              {formatDateTime(s.createdAt, locale)} {s.current && <Tag data-color="info">{t("identity.sessions.current")}</Tag>}
            </Table.Cell>
            <Table.Cell>{s.browser ?? t("identity.sessions.unknownBrowser")}</Table.Cell>
            <Table.Cell>{t(`identity.sessions.method.${s.method}`)}</Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      <Form method="post">
        <Button type="submit" variant="secondary">
          {t("identity.sessions.signOutEverywhere")}
        </Button>
      </Form>
    </section>
  );
}
