import { Alert, Button, Fieldset, Heading, Label, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { gatheringDays, markFromDays, type AttendanceStatus } from "../domain/attendance";
import { formatDateTime, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { translateError } from "../components/form";
import type { FormReply } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { addWalkIn, rollCallClosed, rollCallRows, saveAttendance, walkInCandidates } from "../server/attendance.server";
import { attempt, parseForm } from "../server/forms.server";
import { requireGathering } from "../server/gathering-access.server";
import { clock } from "../server/clock.server";
import { redirectWithFlash } from "../server/flash.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "attendance.title", undefined, { subject: data?.gathering.title, programme: data?.programTitle });

const marks = ["present", "absent", "excused"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, gathering, program } = await requireGathering(request, params.gatheringId, "rollCall");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return {
    walkIn: { q, candidates: walkInCandidates(user.organisationId, gathering.id, q) },
    gathering: { id: gathering.id, title: gathering.title, startsAt: gathering.startsAt },
    programTitle: program.title,
    closed: rollCallClosed(gathering, clock.now()),
    days: gatheringDays(gathering.startsAt, gathering.endsAt),
    rows: rollCallRows(gathering),
  };
}

/** `mark.<invitationId>` → status, for every row of the form; anything else rejects the whole submission. */
const submissionSchema = z
  .array(z.tuple([z.string().regex(/^mark\.\d{1,15}$/), z.enum(marks)]))
  .max(5000)
  .transform((entries) => new Map<number, AttendanceStatus>(entries.map(([name, mark]) => [Number(name.slice(5)), mark])));

/**
 * Over several days: `row.<invitationId>` for every row, `day.<invitationId>` once per day ticked
 * (unticked boxes send nothing), `excused.<invitationId>` when an absence was agreed.
 */
const daysSchema = z
  .array(z.tuple([z.string().regex(/^(row|day|excused)\.\d{1,15}$/), z.string().max(10)]))
  .max(50_000)
  .transform((entries) => {
    const rows = new Map<number, { days: string[]; excused: boolean }>();
    const row = (name: string) => {
      const id = Number(name.slice(name.indexOf(".") + 1));
      const found = rows.get(id) ?? { days: [], excused: false };
      rows.set(id, found);
      return found;
    };
    for (const [name, value] of entries) {
      if (name.startsWith("day.")) row(name).days.push(value);
      else if (name.startsWith("excused.")) row(name).excused = true;
      else row(name);
    }
    return {
      marks: new Map<number, AttendanceStatus>([...rows].map(([id, r]) => [id, markFromDays(r.days, r.excused)])),
      days: new Map([...rows].map(([id, r]) => [id, r.days])),
    };
  });

const walkInSchema = z.object({ personId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering } = await requireGathering(request, params.gatheringId, "rollCall");
  const formData = await request.formData();
  if (formData.get("intent") === "walkIn") {
    const form = parseForm({ formData, formId: "walk-in" }, walkInSchema);
    if (!form.ok) return form.reply;
    return form.run(
      ({ personId }) => addWalkIn(gathering, personId, user, clock.now()),
      () => redirect(`/gatherings/${gathering.id}/roll-call`),
    );
  }
  // The roll-call table: one radio group per invitee (and day), named by id, read from the entries
  // with its own schema; a refusal is one message for the whole table, not a field's (no parseForm).
  const entries = [...formData.entries()];
  const perDay = gatheringDays(gathering.startsAt, gathering.endsAt).length > 1;
  const parsed = perDay
    ? daysSchema.safeParse(entries.filter(([name]) => /^(row|day|excused)\./.test(name)))
    : submissionSchema.transform((marks) => ({ marks, days: undefined })).safeParse(entries.filter(([name]) => name.startsWith("mark.")));
  if (!parsed.success || parsed.data.marks.size === 0) return data({ error: "attendance.invalid" as const }, { status: 400 });
  const saved = attempt(() => saveAttendance(gathering, parsed.data.marks, user, clock.now(), parsed.data.days));
  if (!saved.ok) return data({ error: saved.violation.key }, { status: saved.violation.status });
  return redirectWithFlash(`/gatherings/${gathering.id}`, { key: "gatherings.done.selection", values: { count: saved.value } });
}

export default function RollCall() {
  const { gathering, closed, rows, days } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ error?: string }>();
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
          <Paragraph>{t(days.length > 1 ? "rollCall.introDays" : "attendance.intro")}</Paragraph>
          <ul className={days.length > 1 ? "roll-call roll-call-days" : "roll-call"}>
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
                  {days.length > 1 ? (
                    <div className="radio-row">
                      <input type="hidden" name={`row.${r.id}`} value="" />
                      {days.map((day) => (
                        <Mark
                          key={day}
                          type="checkbox"
                          id={`day-${r.id}-${day}`}
                          name={`day.${r.id}`}
                          value={day}
                          checked={r.days.includes(day)}
                          person={r.name}
                        >
                          {t("rollCall.presentOn", { day: formatDay(day, locale) })}
                        </Mark>
                      ))}
                      <Mark
                        type="checkbox"
                        id={`excused-${r.id}`}
                        name={`excused.${r.id}`}
                        value="1"
                        checked={r.mark === "excused"}
                        person={r.name}
                      >
                        {t("rollCall.excused")}
                      </Mark>
                    </div>
                  ) : (
                    <div className="radio-row">
                      {marks.map((m) => (
                        <Mark key={m} type="radio" id={`mark-${r.id}-${m}`} name={`mark.${r.id}`} value={m} checked={r.mark === m}>
                          {t(`attendance.status.${m}`)}
                        </Mark>
                      ))}
                    </div>
                  )}
                </Fieldset>
              </li>
            ))}
          </ul>
          <Button type="submit">{t("attendance.save")}</Button>
        </Form>
      )}
      {!closed && <WalkIn />}
    </section>
  );
}

/** Search the organisation by name (a GET, so it works without JavaScript), then add one person as present. */
/**
 * One mark of a person's row: a radio (one-day gathering) or a checkbox (a day, or excused). `person`
 * goes into the label, hidden, where the visible text alone ("Til stede tirsdag") does not say whose.
 */
function Mark({
  type,
  id,
  name,
  value,
  checked,
  person,
  children,
}: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  checked: boolean;
  person?: string;
  children: ReactNode;
}) {
  return (
    <div className="ds-field checkbox-row">
      <input type={type} className="ds-input" id={id} name={name} value={value} defaultChecked={checked} />
      <Label htmlFor={id} weight="regular">
        {person && <span className="visually-hidden">{person}: </span>}
        {children}
      </Label>
    </div>
  );
}

function WalkIn() {
  const { walkIn } = useLoaderData<typeof loader>();
  const reply = useActionData<Partial<FormReply>>();
  const t = useT();
  const errors = reply?.formId === "walk-in" && reply.result ? Object.values(reply.result.error ?? {}).flatMap((e) => e ?? []) : [];
  return (
    <Section id="walk-in" title={t("rollCall.walkIn.title")}>
      <Paragraph>{t("rollCall.walkIn.help")}</Paragraph>
      {errors.map((e) => (
        <Alert data-color="danger" role="alert" key={e}>
          {translateError(t, e)}
        </Alert>
      ))}
      <Form method="get" className="inline-form" role="search" aria-labelledby="walk-in">
        <div className="ds-field">
          <Label htmlFor="walk-in-q">{t("rollCall.walkIn.search")}</Label>
          <input type="search" className="ds-input" id="walk-in-q" name="q" defaultValue={walkIn.q} maxLength={100} />
        </div>
        <Button type="submit" variant="secondary">
          {t("rollCall.walkIn.find")}
        </Button>
      </Form>
      {walkIn.q &&
        (walkIn.candidates.length === 0 ? (
          <Paragraph>{t("rollCall.walkIn.noMatch")}</Paragraph>
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="walkIn" />
            <Fieldset>
              <Fieldset.Legend>{t("rollCall.walkIn.person")}</Fieldset.Legend>
              {walkIn.candidates.map((p, i) => (
                <div className="ds-field checkbox-row" key={p.id}>
                  <input type="radio" className="ds-input" id={`walk-in-${p.id}`} name="personId" value={p.id} defaultChecked={i === 0} />
                  <Label htmlFor={`walk-in-${p.id}`} weight="regular">
                    {p.name}
                    <span className="muted"> {[p.level, p.unit].filter(Boolean).join(", ")}</span>
                  </Label>
                </div>
              ))}
            </Fieldset>
            <Button type="submit">{t("rollCall.walkIn.add")}</Button>
          </Form>
        ))}
    </Section>
  );
}
