import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { dayMs } from "../domain/time";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { coordinatorReminderEveryMs, remindMissing } from "../server/email/reflection-reminders.server";
import { requireProgramAccess } from "../server/guards.server";
import { submissionStatus } from "../server/reflections.server";
import { Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.status.title");

/** For reminding: per cohort, who has submitted the baseline and closing reflections. Nothing else. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return { cohorts: submissionStatus(program.id), reminderDays: coordinatorReminderEveryMs / dayMs };
}

/** "Remind those who are missing": one e-mail per missing person, at most once per three days each. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return data({ reminder: remindMissing(program.id) });
}

function RemindMissing({ days }: { days: number }) {
  const t = useT();
  const result = useActionData<typeof action>();
  return (
    <Section id="remind-missing" level={3} title={t("notifications.remind.title")}>
      <Paragraph>{t("notifications.remind.intro", { days })}</Paragraph>
      {result && (
        <Alert data-color="info" role="status">
          <Paragraph>{t("notifications.remind.reminded", { count: result.reminder.reminded })}</Paragraph>
          {result.reminder.recent > 0 && <Paragraph>{t("notifications.remind.recent", { count: result.reminder.recent })}</Paragraph>}
          {result.reminder.optedOut > 0 && <Paragraph>{t("notifications.remind.optedOut", { count: result.reminder.optedOut })}</Paragraph>}
        </Alert>
      )}
      <Form method="post">
        <Button type="submit" variant="secondary">
          {t("notifications.remind.submit")}
        </Button>
      </Form>
    </Section>
  );
}

function State({ submitted, due }: { submitted: boolean; due: boolean }) {
  const t = useT();
  if (submitted) return <Tag data-color="success">{t("reflections.status.isSubmitted")}</Tag>;
  if (!due) return <span className="muted">{t("reflections.status.notDue")}</span>;
  return <Tag data-color="warning">{t("reflections.status.missing")}</Tag>;
}

export default function SubmissionStatus() {
  const { cohorts, reminderDays } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("reflections.status.title")}
      </Heading>
      <Paragraph>{t("reflections.status.intro")}</Paragraph>
      <RemindMissing days={reminderDays} />
      {cohorts.map((c) => (
        <section key={c.id} className="stack" aria-labelledby={`cohort-${c.id}`}>
          <div>
            <Heading level={3} data-size="sm" id={`cohort-${c.id}`}>
              {c.name}
            </Heading>
            {c.startsOn && c.endsOn && (
              <Paragraph data-size="sm" className="muted">
                {t("reflections.status.period", {
                  start: formatDay(c.startsOn, locale),
                  end: formatDay(c.endsOn, locale),
                })}
              </Paragraph>
            )}
          </div>
          {c.members.length === 0 ? (
            <Paragraph>{t("reflections.status.noMembers")}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t("reflections.status.summary", {
                  members: c.members.length,
                  baseline: c.baselineCount,
                  closing: c.closingCount,
                })}
              </Paragraph>
              <div className="table-scroll">
                <Table aria-labelledby={`cohort-${c.id}`}>
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>{t("reflections.status.name")}</TableHeaderCell>
                      <TableHeaderCell>{t("reflections.status.baseline")}</TableHeaderCell>
                      <TableHeaderCell>{t("reflections.status.closing")}</TableHeaderCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {c.members.map((m) => (
                      <TableRow key={m.personId}>
                        <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                        <TableCell>
                          <State submitted={m.baseline} due={c.started} />
                        </TableCell>
                        <TableCell>
                          <State submitted={m.closing} due={c.closingOpen} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
