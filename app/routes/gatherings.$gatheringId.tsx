import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Card, Details, Heading, Input, Label, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "../components/choice-fields";
import { AgendaSection, GatheringBasics } from "../components/gathering-facts";
import { FormErrors, TextAreaField, TextField } from "../components/form";
import { PageLinks } from "../components/page-links";
import { Section } from "../components/page-parts";
import { ServerMarkup } from "../components/server-markup";
import { useIntentForm } from "../components/intent-form";
import { statusChangeError } from "../domain/gatherings";
import type { RuleViolation } from "../domain/rule-violation";
import { rsvpClosed } from "../domain/rsvp";
import { translator, uiLocaleOf, type Translate } from "../i18n/catalog";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { rollCallClosed, saveAttendance } from "../server/attendance.server";
import { requireGathering } from "../server/gathering-access.server";
import { changeStatus, sendBulkMessage } from "../server/gathering-commands.server";
import { gatheringPage, type GatheringInvitee } from "../server/gathering-queries.server";
import { removeFromInvitation } from "../server/union-invitations.server";
import { attempt, refusalResult } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { forbidden } from "../server/guards.server";
import { answerOnBehalf } from "../server/rsvp-on-behalf.server";
import { staticMarkup } from "../server/static-markup.server";
import { newToken } from "../server/tokens.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "gatherings.title", undefined, { subject: data?.gathering.title, programme: data?.program.title });

const attendanceValues = ["present", "absent", "excused"] as const;

/** The page of the invitee list (`?page=`); anything but a page number is the first. */
function inviteePageOf(request: Request): number {
  const page = new URL(request.url).searchParams.get("page") ?? "";
  return /^[1-9][0-9]{0,5}$/.test(page) ? Number(page) : 1;
}

/** `?open=message`: the message form is drawn only when its link opens it (and where a refused message is shown again). */
const messageOpen = (request: Request) => new URL(request.url).searchParams.get("open") === "message";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireGathering(request, params.gatheringId, "rollCall");
  const { user, gathering, program, canManage, canTakeRollCall } = access;
  const now = clock.now();
  const writeMessage = canManage && messageOpen(request);
  const rollCall = canTakeRollCall && !rollCallClosed(gathering, now);
  const remove = canManage && gathering.status !== "cancelled" && gathering.startsAt > now;
  const answerOnBehalf = canManage && !rsvpClosed(gathering, now);
  // The rows go to the page as HTML, drawn once per kept page of the list (staticMarkup), not as data to draw.
  const { invitees, ...page } = gatheringPage(gathering, inviteePageOf(request));
  const selectable = rollCall || remove || answerOnBehalf;
  const t = translator(uiLocaleOf(user.preferredLanguage));
  const inviteeRows = staticMarkup(
    context,
    invitees,
    () => <InviteeRows invitees={invitees} selectable={selectable} t={t} />,
    `${selectable}:${user.preferredLanguage}`,
  );
  return {
    gathering,
    program: { id: program.id, title: program.title },
    ...page,
    inviteeRows,
    selectable,
    canManage,
    canTakeRollCall: rollCall,
    can: {
      remove,
      answerOnBehalf,
      confirm: canManage && !statusChangeError(gathering, "confirmed", now),
      cancel: canManage && !statusChangeError(gathering, "cancelled", now),
      held: canManage && !statusChangeError(gathering, "held", now),
      // The coordinator and the gathering's facilitators read a held gathering's feedback (from five answers).
      feedback: canTakeRollCall && gathering.status === "held",
    },
    // A fresh key per opening of the form: the same message form sent twice queues each e-mail once.
    messageKey: writeMessage ? newToken() : null,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("held") }),
  z.object({
    intent: z.literal("cancel"),
    reason: z
      .string({ error: "gatherings.cancelReasonRequired" })
      .trim()
      .min(1, "gatherings.cancelReasonRequired")
      .max(1000, "form.tooLong"),
  }),
  z.object({
    intent: z.literal("message"),
    subject: z.string({ error: "gatherings.subjectRequired" }).trim().min(1, "gatherings.subjectRequired").max(200, "form.tooLong"),
    body: z.string({ error: "gatherings.bodyRequired" }).trim().min(1, "gatherings.bodyRequired").max(10_000, "form.tooLong"),
    messageKey: z.string().regex(/^[\w-]{8,64}$/, "form.invalid"),
  }),
  z.object({
    intent: z.literal("markSelection"),
    invitationIds: z.array(z.number().int().positive()).min(1, "gatherings.selectionRequired"),
    attendance: z.enum(attendanceValues, { error: "form.invalid" }),
  }),
  z.object({
    intent: z.literal("removeSelection"),
    invitationIds: z.array(z.number().int().positive()).min(1, "gatherings.selectionRequired"),
  }),
  z.object({
    intent: z.enum(["acceptOnBehalf", "declineOnBehalf"]),
    invitationIds: z.array(z.number().int().positive()).min(1, "gatherings.selectionRequired"),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering, canManage } = await requireGathering(request, params.gatheringId, "rollCall");
  const submission = parseWithZod(await request.formData(), { schema: actionSchema });
  // Several forms share this action; the intent tells which one shows the result.
  const intent = String(submission.payload.intent ?? "");
  if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const now = clock.now();
  // Back to the page of the invitee list the selection was made on.
  const page = inviteePageOf(request);
  const back = (done: "confirmed" | "cancelled" | "held" | "message" | "selection" | "removed" | "answered", count?: number) =>
    redirectWithFlash(`/gatherings/${gathering.id}${page > 1 ? `?page=${page}` : ""}`, {
      key: `gatherings.done.${done}`,
      ...(count !== undefined && { values: { count } }),
    });
  const refused = (violation: RuleViolation) =>
    data({ intent, result: refusalResult(submission, violation) }, { status: violation.status });
  if (value.intent === "markSelection") {
    const saved = attempt(() => saveAttendance(gathering, new Map(value.invitationIds.map((id) => [id, value.attendance])), user, now));
    if (!saved.ok) return refused(saved.violation);
    return back("selection", saved.value);
  }
  if (!canManage) throw forbidden();
  if (value.intent === "removeSelection") {
    const removed = attempt(() => removeFromInvitation(gathering, value.invitationIds, user, now));
    if (!removed.ok) return refused(removed.violation);
    return back("removed", removed.value);
  }
  if (value.intent === "acceptOnBehalf" || value.intent === "declineOnBehalf") {
    const answer = value.intent === "acceptOnBehalf" ? ("accepted" as const) : ("declined" as const);
    const answered = attempt(() => answerOnBehalf(gathering, value.invitationIds, answer, user, now));
    if (!answered.ok) return refused(answered.violation);
    return back("answered", answered.value);
  }
  if (value.intent === "message") return back("message", sendBulkMessage(gathering, user, value));
  const change =
    value.intent === "cancel"
      ? { to: "cancelled" as const, reason: value.reason }
      : { to: value.intent === "confirm" ? ("confirmed" as const) : ("held" as const) };
  const changed = attempt(() => changeStatus(gathering, change, user, now));
  if (!changed.ok) return refused(changed.violation);
  return back(change.to);
}

export default function GatheringPage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const g = d.gathering;
  const resultFor = (...intents: string[]) => (actionData && intents.includes(actionData.intent) ? actionData.result : null);
  return (
    <article className="stack" aria-labelledby="gathering-title">
      <Paragraph>
        <Link href={`/programs/${d.program.id}/gatherings`}>← {d.program.title}</Link>
      </Paragraph>
      <div>
        <Heading level={1} data-size="lg" id="gathering-title">
          {g.title}
        </Heading>
        <Tag>{t(`gathering.status.${g.status}`)}</Tag> <span className="muted">{t(`gatherings.kind.${g.kind}`)}</span>
      </div>
      {g.status === "cancelled" && <Alert data-color="warning">{t("gatherings.cancelledBanner", { reason: g.cancelReason ?? "" })}</Alert>}

      <Section id="details" title={t("gatherings.details")}>
        <dl className="facts">
          <GatheringBasics
            gathering={g}
            labels={{ when: t("gatherings.col.when"), where: t("gatherings.col.where"), theme: t("gatherings.field.theme") }}
          />
          <dt>{t("gatherings.cohorts")}</dt>
          <dd>{d.cohorts.map((c) => c.name).join(", ") || t("gatherings.noCohorts")}</dd>
          <dt>{t("gatherings.facilitators")}</dt>
          <dd>{d.facilitators.map((f) => f.name).join(", ") || t("gatherings.noFacilitators")}</dd>
          {g.capacity !== null && (
            <>
              <dt>{t("gatherings.field.capacity")}</dt>
              <dd>{t("gatherings.places", { accepted: d.accepted, capacity: g.capacity })}</dd>
            </>
          )}
        </dl>
      </Section>

      <AgendaSection id="agenda" title={t("gatherings.agenda")} emptyText={t("gatherings.noAgenda")} gathering={g} agenda={d.agenda} />

      <Paragraph>
        <Link href={`/gatherings/${g.id}/materials`}>{t("participantPages.materials.manage")}</Link> ·{" "}
        <Link href={`/my/gatherings/${g.id}`}>{t("participantPages.gathering.open")}</Link>
      </Paragraph>

      {(d.canManage || d.canTakeRollCall) && <Actions lastResult={resultFor("confirm", "held", "cancel")} />}

      {d.byLevel.length > 0 && (
        <section className="stack">
          <Heading level={2} data-size="md" id="by-level">
            {t("gatherings.byLevel")}
          </Heading>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="by-level">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("gatherings.col.level")}</Table.HeaderCell>
                  {(["invited", "accepted", "waitlisted", "declined", "present"] as const).map((k) => (
                    <Table.HeaderCell key={k}>{t(`gatherings.col.${k}`)}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.byLevel.map((row) => (
                  <Table.Row key={row.level ?? ""}>
                    <Table.HeaderCell>{row.level ?? t("gatherings.otherLevel")}</Table.HeaderCell>
                    <Table.Cell>{row.invited}</Table.Cell>
                    <Table.Cell>{row.accepted}</Table.Cell>
                    <Table.Cell>{row.waitlisted}</Table.Cell>
                    <Table.Cell>{row.declined}</Table.Cell>
                    <Table.Cell>{row.present}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </section>
      )}

      <Invitees lastResult={resultFor("markSelection", "removeSelection", "acceptOnBehalf", "declineOnBehalf")} />

      {d.canManage && d.inviteeCount > 0 && <BulkMessage lastResult={resultFor("message")} />}

      {d.canManage && <CopyGathering programId={d.program.id} gatheringId={d.gathering.id} />}
    </article>
  );
}

function Actions({ lastResult }: { lastResult: LastResult }) {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const [form, fields] = useIntentForm("status", actionSchema, null, { validate: "onSubmit", lastResult });
  const labels = { reason: t("gatherings.action.cancelReason") };
  const id = d.gathering.id;
  return (
    <Section id="actions" title={t("gatherings.action.title")}>
      <FormErrors form={form} labels={labels} />
      <div className="button-row">
        {d.canManage && d.gathering.status !== "cancelled" && (
          <Button asChild variant="secondary">
            <a href={`/gatherings/${id}/edit`}>{t("gatherings.action.edit")}</a>
          </Button>
        )}
        {d.canTakeRollCall && (
          <Button asChild variant="secondary">
            <a href={`/gatherings/${id}/roll-call`}>{t("gatherings.action.rollCall")}</a>
          </Button>
        )}
        {d.canTakeRollCall && !d.canManage && (d.gathering.status === "planned" || d.gathering.status === "confirmed") && (
          <Button asChild variant="secondary">
            <a href={`/gatherings/${id}/agenda`}>{t("facilitation.agenda.edit")}</a>
          </Button>
        )}
        {d.can.feedback && (
          <Button asChild variant="secondary">
            <a href={`/gatherings/${id}/feedback`}>{t("facilitation.feedback.view")}</a>
          </Button>
        )}
        {d.inviteeCount > 0 && (
          <>
            <Link href={`/gatherings/${id}/attendance.csv?bom=1`} download>
              {t("gatherings.action.exportExcel")}
            </Link>
            <Link href={`/gatherings/${id}/attendance.csv`} download>
              {t("gatherings.action.export")}
            </Link>
          </>
        )}
      </div>
      {d.can.confirm && (
        <Card>
          <Form method="post" className="stack">
            <Paragraph data-size="sm">{t("gatherings.action.confirmHelp")}</Paragraph>
            {d.prospective > 0 && <Paragraph data-size="sm">{t("gatherings.prospective", { count: d.prospective })}</Paragraph>}
            <Button type="submit" name="intent" value="confirm">
              {t("gatherings.action.confirm")}
            </Button>
          </Form>
        </Card>
      )}
      {d.can.held && (
        <Card>
          <Form method="post" className="stack">
            <Paragraph data-size="sm">{t("gatherings.action.markHeldHelp")}</Paragraph>
            <Button type="submit" name="intent" value="held">
              {t("gatherings.action.markHeld")}
            </Button>
          </Form>
        </Card>
      )}
      {d.can.cancel && (
        <Details defaultOpen={!!fields.reason?.errors?.length}>
          <Details.Summary>{t("gatherings.action.cancel")}</Details.Summary>
          <Details.Content>
            <Form method="post" {...getFormProps(form)} className="stack">
              <Paragraph data-size="sm">{t("gatherings.action.cancelHelp")}</Paragraph>
              {fields.reason && <TextAreaField meta={fields.reason} label={labels.reason} rows={2} />}
              <Button type="submit" name="intent" value="cancel" data-color="danger">
                {t("gatherings.action.cancel")}
              </Button>
            </Form>
          </Details.Content>
        </Details>
      )}
    </Section>
  );
}

type LastResult = SubmissionResult<string[]> | null;

function Invitees({ lastResult }: { lastResult: LastResult }) {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const [form, fields] = useIntentForm("selection", actionSchema, null, { validate: "onSubmit", lastResult });
  const labels = { invitationIds: t("gatherings.invitees"), attendance: t("gatherings.action.markSelectionAs") };
  const extra = d.extraInvitees.map((p) => p.name).join(", ");
  return (
    <section className="stack">
      <Heading level={2} data-size="md" id="invitees">
        {t("gatherings.invitees")} ({d.inviteeCount})
      </Heading>
      {d.inviteeCount === 0 ? (
        <>
          <Paragraph>{d.prospective ? t("gatherings.prospective", { count: d.prospective }) : t("gatherings.noInvitees")}</Paragraph>
          {extra && <Paragraph>{t("gatherings.extraInviteesList", { names: extra })}</Paragraph>}
        </>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors form={form} labels={labels} />
          <InviteePages />
          {/* The checkboxes' id for the error summary's link ("select at least one"). */}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="invitees" id={fields.invitationIds?.id}>
            <Table>
              <Table.Head>
                <Table.Row>
                  {d.selectable && (
                    <Table.HeaderCell>
                      <span className="visually-hidden">{t("gatherings.col.selectHeading")}</span>
                    </Table.HeaderCell>
                  )}
                  <Table.HeaderCell>{t("gatherings.col.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("gatherings.col.unit")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("gatherings.col.level")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("gatherings.col.cohort")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("gatherings.col.rsvp")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("gatherings.col.attendance")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <ServerMarkup tag="tbody" markup={d.inviteeRows} />
            </Table>
          </div>
          {d.can.answerOnBehalf && (
            <div className="button-row">
              <Button type="submit" name="intent" value="acceptOnBehalf" variant="secondary">
                {t("facilitation.onBehalf.accept")}
              </Button>
              <Button type="submit" name="intent" value="declineOnBehalf" variant="secondary">
                {t("facilitation.onBehalf.decline")}
              </Button>
            </div>
          )}
          {d.can.remove && (
            <div>
              <Button type="submit" name="intent" value="removeSelection" variant="secondary" data-color="danger">
                {t("participants.remove.action")}
              </Button>
            </div>
          )}
          {d.canTakeRollCall && fields.attendance && (
            <div className="field-row">
              <SelectField
                meta={fields.attendance}
                label={labels.attendance}
                options={attendanceValues.map((v) => ({ value: v, label: t(`attendance.status.${v}`) }))}
              />
              <Button type="submit" name="intent" value="markSelection" variant="secondary">
                {t("gatherings.action.markSelection")}
              </Button>
            </div>
          )}
        </Form>
      )}
    </section>
  );
}

function BulkMessage({ lastResult }: { lastResult: LastResult }) {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const id = d.gathering.id;
  const page = d.inviteePages.page;
  if (!d.messageKey)
    return (
      <Paragraph>
        <Link href={`/gatherings/${id}?${page > 1 ? `page=${page}&` : ""}open=message#message`}>{t("gatherings.action.message")}</Link>
      </Paragraph>
    );
  return <MessageForm messageKey={d.messageKey} lastResult={lastResult} />;
}

function MessageForm({ messageKey, lastResult }: { messageKey: string; lastResult: LastResult }) {
  const t = useT();
  const [form, fields] = useIntentForm("message", actionSchema, null, { validate: "onSubmit", lastResult });
  const labels = { subject: t("gatherings.action.messageSubject"), body: t("gatherings.action.messageBody") };
  return (
    <Section id="message" title={t("gatherings.action.message")}>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors form={form} labels={labels} />
        <input type="hidden" name="messageKey" value={messageKey} />
        {fields.subject && <TextField meta={fields.subject} label={labels.subject} />}
        {fields.body && <TextAreaField meta={fields.body} label={labels.body} rows={6} />}
        <div>
          <Button type="submit" name="intent" value="message">
            {t("gatherings.action.messageSend")}
          </Button>
        </div>
      </Form>
    </Section>
  );
}

/** A repeated gathering: opens the new-gathering form filled in from this one, on the chosen date (a GET, no JavaScript needed). */
function CopyGathering({ programId, gatheringId }: { programId: number; gatheringId: number }) {
  const t = useT();
  return (
    <Section id="copy-gathering" title={t("everyday.copy.title")}>
      <Form method="get" action={`/programs/${programId}/gatherings/new`} className="stack narrow">
        <input type="hidden" name="copy" value={gatheringId} />
        <div className="ds-field">
          <Label htmlFor="copy-date">{t("everyday.copy.date")}</Label>
          <Paragraph data-size="sm" id="copy-date-help" className="muted">
            {t("everyday.copy.help")}
          </Paragraph>
          <Input id="copy-date" name="date" type="date" required aria-describedby="copy-date-help" />
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t("everyday.copy.submit")}
          </Button>
        </div>
      </Form>
    </Section>
  );
}

/** Links to the other pages of the invitee list; a selection applies to the page it was made on. */
function InviteePages() {
  const d = useLoaderData<typeof loader>();
  const { page, pages, from, to } = d.inviteePages;
  const range = { from, to, total: d.inviteeCount };
  return <PageLinks page={page} pages={pages} range={range} href={(n) => `/gatherings/${d.gathering.id}${n > 1 ? `?page=${n}` : ""}`} />;
}

/**
 * The invitee table's rows: text and plain checkboxes only (the form reads them as it reads any
 * field), drawn on the server (see the loader); the very markup Table.Row and Table.Cell render.
 * One string: when the rows change (after a successful selection) they are drawn anew and the ticks
 * clear; a refused selection keeps them.
 */
function InviteeRows({ invitees, selectable, t }: { invitees: GatheringInvitee[]; selectable: boolean; t: Translate }) {
  return invitees.map((i) => (
    <tr key={i.id}>
      {selectable && (
        <td>
          {/* A real <label> (not only aria-label), so voice control and the no-JS check find it. */}
          <label>
            <input type="checkbox" className="ds-input" name="invitationIds" value={i.id} />
            <span className="visually-hidden">{t("gatherings.col.select", { name: i.name })}</span>
          </label>
        </td>
      )}
      <th>{i.name}</th>
      <td>{i.unit ?? ""}</td>
      <td>{i.level ?? ""}</td>
      <td>{i.cohort ?? ""}</td>
      <td>
        {t(`rsvp.status.${i.rsvp}`)}
        {i.waitlistPosition && ` (${i.waitlistPosition})`}
        {i.declineReason && <span className="muted"> ({i.declineReason})</span>}
      </td>
      <td>
        {i.attendance ? t(`attendance.status.${i.attendance}`) : ""}
        {i.addedAtGathering && <span className="muted"> ({t("rollCall.walkIn.marker")})</span>}
      </td>
    </tr>
  ));
}
