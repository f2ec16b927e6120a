import { Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatDate, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { postedId, readIntent, unknownIntent } from "../server/forms.server";
import { hasRole, notFound, requireProgramAccess } from "../server/guards.server";
import { programRequests } from "../server/report-portal.server";
import { startReport } from "../server/report-workflow.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.tab.title");

/** The programme's report requests from the directorate, and where each report stands. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  return {
    programId: program.id,
    requests: programRequests(program.id),
    canStart: hasRole(user, "coordinator"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  if (posted.intent !== "start") throw unknownIntent();
  // A one-button form: the request's id in a hidden field (a tampered one is a 404, like another programme's).
  const reportId = startReport(program.id, postedId(posted, "requestId"));
  if (reportId === null) throw notFound();
  return redirect(`/programs/${program.id}/report/${reportId}`);
}

export default function ReportTab() {
  const { programId, requests, canStart } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("report.tab.title")}
      </Heading>
      <Paragraph>{t("report.tab.intro")}</Paragraph>
      {requests.length === 0 ? (
        <Paragraph className="muted">{t("report.tab.none")}</Paragraph>
      ) : (
        <ul className="card-grid">
          {requests.map((r) => {
            const returned = r.reportStatus === "draft" && r.returnComment;
            return (
              <li key={r.id}>
                <Card>
                  <Heading level={3} data-size="xs">
                    {t("report.tab.due", { date: formatDay(r.dueOn, locale) })}
                  </Heading>
                  <Paragraph data-size="sm">
                    {t("report.tab.requestedBy", { name: r.requestedBy, date: formatDate(r.createdAt, locale) })}
                  </Paragraph>
                  <Paragraph data-size="sm">
                    {t("report.tab.focus", {
                      focus: [r.focusLevelName ?? t("report.about.allLevels"), r.focusText].filter(Boolean).join(" – "),
                    })}
                  </Paragraph>
                  <Paragraph>
                    <Tag data-color={returned ? "warning" : r.reportStatus === "published" ? "success" : "neutral"}>
                      {returned
                        ? t("report.tab.returned")
                        : r.reportStatus
                          ? t(`report.status.${r.reportStatus}`)
                          : t("report.tab.notStarted")}
                    </Tag>
                  </Paragraph>
                  {r.reportId ? (
                    <Link href={`/programs/${programId}/report/${r.reportId}`}>{t("report.tab.open")}</Link>
                  ) : (
                    canStart && (
                      <Form method="post">
                        <input type="hidden" name="requestId" value={r.id} />
                        <Button type="submit" name="intent" value="start">
                          {t("report.tab.start")}
                        </Button>
                      </Form>
                    )
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
