import { Alert, Button, Fieldset, Heading, Label, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import type { AttendanceStatus } from "../domain/attendance";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { rollCallClosed, rollCallRows, saveAttendance } from "../server/attendance.server";
import { translateError } from "../components/form";
import { requireGathering } from "../server/gatherings.server";
import { attempt } from "../server/forms.server";
import { clock } from "../server/clock.server";
import { redirectWithFlash } from "../server/flash.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "attendance.title");

const marks = ["present", "absent", "excused"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { gathering } = await requireGathering(request, params.gatheringId, "rollCall");
  return {
    gathering: { id: gathering.id, title: gathering.title, startsAt: gathering.startsAt },
    closed: rollCallClosed(gathering, clock.now()),
    rows: rollCallRows(gathering.id),
  };
}

/** `mark.<invitationId>` → status, for every row of the form; anything else rejects the whole submission. */
const submissionSchema = z
  .array(z.tuple([z.string().regex(/^mark\.\d{1,15}$/), z.enum(marks)]))
  .max(5000)
  .transform((entries) => new Map<number, AttendanceStatus>(entries.map(([name, mark]) => [Number(name.slice(5)), mark])));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering } = await requireGathering(request, params.gatheringId, "rollCall");
  const entries = [...(await request.formData()).entries()].filter(([name]) => name.startsWith("mark."));
  const parsed = submissionSchema.safeParse(entries);
  if (!parsed.success || parsed.data.size === 0) return data({ error: "attendance.invalid" as const }, { status: 400 });
  const saved = attempt(() => saveAttendance(gathering, parsed.data, user, clock.now()));
  if (!saved.ok) return data({ error: saved.violation.key }, { status: saved.violation.status });
  return redirectWithFlash(`/gatherings/${gathering.id}`, { key: "gatherings.done.selection", values: { count: saved.value } });
}

export default function RollCall() {
  const { gathering, closed, rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <section className="stack" aria-labelledby="roll-call">
      <Paragraph>
        <Link href={`/gatherings/${gathering.id}`}>← {t("attendance.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg" id="roll-call">
        {t("attendance.title")}: {gathering.title}
      </Heading>
      <Paragraph className="muted">{formatDateTime(gathering.startsAt, locale)}</Paragraph>
      {actionData?.error && (
        <Alert data-color="danger" role="alert">
          {translateError(t, actionData.error)}
        </Alert>
      )}
      {closed ? (
        <Alert data-color="info">{t(closed)}</Alert>
      ) : rows.length === 0 ? (
        <Paragraph>{t("attendance.none")}</Paragraph>
      ) : (
        <Form method="post" className="stack">
          <Paragraph>{t("attendance.intro")}</Paragraph>
          <ul className="roll-call">
            {rows.map((r) => (
              <li key={r.id}>
                <Fieldset>
                  <Fieldset.Legend>
                    {r.name}
                    <span className="muted">
                      {" "}
                      · {[r.level, r.unit].filter(Boolean).join(", ")} · {t(`rsvp.status.${r.rsvp}`)}
                    </span>
                  </Fieldset.Legend>
                  <div className="radio-row">
                    {marks.map((m) => {
                      const id = `mark-${r.id}-${m}`;
                      return (
                        <div className="ds-field checkbox-row" key={m}>
                          <input type="radio" className="ds-input" id={id} name={`mark.${r.id}`} value={m} defaultChecked={r.mark === m} />
                          <Label htmlFor={id} weight="regular">
                            {t(`attendance.status.${m}`)}
                          </Label>
                        </div>
                      );
                    })}
                  </div>
                </Fieldset>
              </li>
            ))}
          </ul>
          <Button type="submit">{t("attendance.save")}</Button>
        </Form>
      )}
    </section>
  );
}
