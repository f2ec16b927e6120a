import { dayMs } from "../domain/time";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Card, Details, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CheckboxGroupField } from "../components/checkbox-group";
import { DispositionTable, DispositionTag } from "../components/direction";
import { FormErrors, TextAreaField, TextField } from "../components/form";
import { Section } from "../components/page-parts";
import { useIntentForm } from "../components/intent-form";
import { RadioGroupField } from "../components/radio-group";
import {
  consultationOpen,
  deadlineBlock,
  dispositionOptions,
  groupOrder,
  limits,
  reasonRequired,
  type ConsultationGroup,
} from "../domain/direction";
import { formatDateTime, osloLocalToUtc, toOsloLocalInput } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { answerComment, changeDeadline, openConsultation } from "../server/consultation-commands.server";
import { consultationReport, inviteeGroupSizes } from "../server/consultation-queries.server";
import { requireDirectionAccess, requireVersion } from "../server/direction-access.server";
import { isSettled } from "../server/direction-queries.server";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, rejectForm } from "../server/forms.server";
import { forbidden, notFound } from "../server/guards.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.consultationTitle");

/**
 * A wall-clock time in Oslo, in the future and within the longest consultation allowed. The clock
 * is the server's: the browser's copy of the schema (no `now`) checks only that it is a time, so
 * the server-only clock module stays out of the client bundle.
 */
const deadlineField = (now?: Date) =>
  z.string({ error: "direction.deadlineRequired" }).transform((value, ctx) => {
    const instant = osloLocalToUtc(value);
    const problem = !instant ? "direction.deadlineInvalid" : now ? deadlineBlock(instant, now) : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return instant!;
  });

/** The groups chosen by checkbox; cohorts are chosen one by one and imply the "cohort" group. */
const memberGroups = ["union_reps", "secretariat", "working_group"] as const satisfies readonly ConsultationGroup[];

const openSchema = (now?: Date) =>
  z
    .object({
      intent: z.literal("open"),
      groups: z.array(z.enum(memberGroups)).default([]),
      cohortIds: z.array(z.number().int().positive()).default([]),
      deadline: deadlineField(now),
    })
    .superRefine((value, ctx) => {
      if (!value.groups.length && !value.cohortIds.length) {
        ctx.addIssue({ code: "custom", path: ["groups"], message: "direction.groupsRequired" });
      }
    });

const deadlineSchema = (now?: Date) => z.object({ intent: z.literal("deadline"), deadline: deadlineField(now) });

const answerSchema = z
  .object({
    intent: z.literal("answer"),
    commentId: z.number().int().positive(),
    disposition: z.enum(dispositionOptions, { error: "direction.dispositionRequired" }),
    reason: z.string().trim().max(limits.reasonLength, "form.tooLong").default(""),
  })
  .superRefine((value, ctx) => {
    if (reasonRequired(value.disposition) && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "direction.reasonRequired" });
    }
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "read");
  const version = requireVersion(access, params.version);
  const now = clock.now();
  const heading = { number: version.number, documentTitle: version.documentTitle, programId: access.programId };
  if (!version.consultationId || !version.deadline) {
    if (version.status !== "draft") throw notFound();
    if (!access.isCoordinator) throw forbidden();
    return {
      ...heading,
      opening: {
        sizes: inviteeGroupSizes(access.programId),
        defaultDeadline: `${toOsloLocalInput(now.getTime() + 14 * dayMs).slice(0, 10)}T16:00`,
      },
      consultation: null,
    };
  }
  const settled = isSettled(version.documentId, version.number);
  const report = consultationReport(
    version.consultationId,
    access.programId,
    version.sections.map((s) => s.key),
  );
  return {
    ...heading,
    opening: null,
    consultation: {
      deadline: version.deadline,
      open: consultationOpen(version.state, now),
      deadlineValue: toOsloLocalInput(version.deadline),
      canChangeDeadline: access.isCoordinator && version.status === "consultation" && version.number === version.latestNumber,
      answerable: access.canEdit && !settled,
      userId: access.user.id,
      sections: version.sections.map((s) => ({ id: s.id, key: s.key, title: s.title })),
      ...report,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "answer") {
    const access = await requireDirectionAccess(request, params.programId, "edit");
    const version = requireVersion(access, params.version);
    const submission = parseWithZod(formData, { schema: answerSchema });
    const form = `answer-${formData.get("commentId")}`;
    if (submission.status !== "success") return rejectForm(form, submission);
    const { commentId, disposition, reason } = submission.value;
    const outcome = attempt(() => answerComment(access, version.consultationId ?? 0, commentId, { disposition, reason }));
    if (!outcome.ok) return rejectForm(form, submission, outcome.violation);
    return redirect(`/programs/${access.programId}/direction/${version.number}/consultation#comment-${commentId}`);
  }

  const access = await requireDirectionAccess(request, params.programId, "coordinate");
  const version = requireVersion(access, params.version);
  const page = `/programs/${access.programId}/direction/${version.number}/consultation`;
  if (intent === "deadline") {
    const submission = parseWithZod(formData, { schema: deadlineSchema(clock.now()) });
    if (submission.status !== "success") return rejectForm("deadline", submission);
    const outcome = attempt(() => changeDeadline(access.programId, version.number, submission.value.deadline, access.user));
    if (!outcome.ok) return rejectForm("deadline", submission, outcome.violation);
    return redirectWithFlash(page, { key: "direction.deadlineChangedNotice" });
  }
  const submission = parseWithZod(formData, { schema: openSchema(clock.now()) });
  if (submission.status !== "success") return rejectForm("open", submission);
  const { groups, cohortIds } = submission.value;
  const chosen: ConsultationGroup[] = cohortIds.length ? [...groups, "cohort"] : groups;
  const outcome = attempt(() =>
    openConsultation(access.programId, version.number, { groups: chosen, cohortIds, deadline: submission.value.deadline }, access.user),
  );
  if (!outcome.ok) return rejectForm("open", submission, outcome.violation);
  return redirectWithFlash(page, { key: "direction.openedNotice", values: { count: outcome.value.invitees } });
}

export default function ConsultationPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("direction.consultationOn", { title: data.documentTitle, n: data.number })}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RemixLink to={`/programs/${data.programId}/direction/${data.number}`}>
            {t("direction.backToVersion", { n: data.number })}
          </RemixLink>
        </Link>
      </Paragraph>
      {data.opening && <OpenConsultation {...data.opening} />}
      {data.consultation && <ManageConsultation consultation={data.consultation} />}
    </div>
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function OpenConsultation({ sizes, defaultDeadline }: NonNullable<LoaderData["opening"]>) {
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("open", openSchema(), { deadline: defaultDeadline }, { validate: "onSubmit" });
  const labels = {
    groups: t("direction.inviteGroups"),
    cohortIds: t("direction.inviteCohorts"),
    deadline: t("direction.deadline"),
  };
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <Paragraph>{t("direction.openIntro")}</Paragraph>
      <FormErrors form={form} labels={labels} />
      <CheckboxGroupField
        meta={fields.groups}
        legend={labels.groups}
        options={memberGroups.map((g) => ({ value: g, label: t(`direction.groupWithCount.${g}`, { count: sizes[g] }) }))}
      />
      {sizes.cohorts.length > 0 && (
        <CheckboxGroupField
          meta={fields.cohortIds}
          legend={labels.cohortIds}
          description={t("direction.inviteCohortsHelp")}
          options={sizes.cohorts.map((c) => ({
            value: String(c.id),
            label: t("direction.cohortWithCount", { name: c.name, count: c.members }),
          }))}
        />
      )}
      <TextField meta={fields.deadline} type="datetime-local" label={labels.deadline} description={t("direction.deadlineHelp")} />
      <input type="hidden" name="intent" value="open" />
      <Button type="submit" disabled={navigation.state === "submitting"}>
        {t("direction.openConsultation")}
      </Button>
    </Form>
  );
}

function ManageConsultation({ consultation }: { consultation: NonNullable<LoaderData["consultation"]> }) {
  const t = useT();
  const locale = useLocale();
  const sectionTitle = new Map(consultation.sections.map((s) => [s.key, s.title]));
  const byGroup = groupOrder
    .map((g) => ({ group: g, people: consultation.invitees.filter((i) => i.group === g) }))
    .filter((g) => g.people.length > 0);
  const { summary } = consultation;
  return (
    <>
      <Paragraph>
        {consultation.open
          ? t("direction.openUntil", { date: formatDateTime(consultation.deadline, locale) })
          : t("direction.closedAt", { date: formatDateTime(consultation.deadline, locale) })}
      </Paragraph>
      <Details>
        <Details.Summary>{t("direction.inviteesCount", { count: consultation.invitees.length })}</Details.Summary>
        <Details.Content>
          {byGroup.map(({ group, people }) => (
            <div key={group}>
              <Heading level={3} data-size="2xs">
                {t(`direction.group.${group}`)} ({people.length})
              </Heading>
              <Paragraph data-size="sm">{people.map((p) => p.name).join(", ")}</Paragraph>
            </div>
          ))}
        </Details.Content>
      </Details>
      {consultation.canChangeDeadline && <ChangeDeadline current={consultation.deadlineValue} />}

      <Section id="summary-title" level={3} title={t("direction.summaryTitle")}>
        <DispositionTable
          caption={t("direction.summaryBySection")}
          rowHeader={t("direction.section")}
          rows={[
            ...summary.bySection.map((r) => ({ key: r.key, label: sectionTitle.get(r.key) ?? r.key, counts: r.counts })),
            { key: "total", label: t("direction.total"), counts: summary.total },
          ]}
        />
        <DispositionTable
          caption={t("direction.summaryByGroup")}
          rowHeader={t("direction.group")}
          rows={[
            ...summary.byGroup.map((r) => ({ key: r.group, label: t(`direction.group.${r.group}`), counts: r.counts })),
            { key: "union", label: t("direction.ofWhichUnionReps"), counts: summary.unionReps },
          ]}
        />
      </Section>

      <Section id="comments-title" level={3} title={t("direction.commentsTitle")}>
        {consultation.comments.length === 0 && <Paragraph>{t("direction.noComments")}</Paragraph>}
        {consultation.sections.map((section) => {
          const here = consultation.comments.filter((c) => c.sectionId === section.id);
          if (!here.length) return null;
          return (
            <div key={section.id} className="stack">
              <Heading level={4} data-size="xs">
                {section.title}
              </Heading>
              {here.map((comment) => (
                <Card key={comment.id} id={`comment-${comment.id}`} data-color="neutral" className="stack">
                  <Paragraph data-size="sm">
                    <strong>{comment.authorName}</strong> · {t(`direction.group.${comment.group}`)}
                    {comment.byUnionRep && comment.group !== "union_reps" && <> · {t("direction.unionRep")}</>}
                    {comment.submittedAt && <> · {formatDateTime(comment.submittedAt, locale)}</>}
                  </Paragraph>
                  <Paragraph className="comment-body">{comment.body}</Paragraph>
                  <div>
                    <DispositionTag disposition={comment.disposition} />
                    {comment.reason && <Paragraph data-size="sm">{comment.reason}</Paragraph>}
                    {comment.answeredBy && comment.answeredAt && (
                      <Paragraph data-size="sm" className="muted">
                        {t("direction.answeredBy", {
                          name: comment.answeredBy,
                          date: formatDateTime(comment.answeredAt, locale),
                        })}
                      </Paragraph>
                    )}
                  </div>
                  {consultation.answerable &&
                    (comment.authorId === consultation.userId ? (
                      <Paragraph data-size="sm" className="muted">
                        {t("direction.error.ownComment")}
                      </Paragraph>
                    ) : (
                      <AnswerForm
                        key={`${comment.disposition}:${comment.reason}`}
                        commentId={comment.id}
                        disposition={comment.disposition}
                        reason={comment.reason}
                      />
                    ))}
                </Card>
              ))}
            </div>
          );
        })}
      </Section>
    </>
  );
}

function ChangeDeadline({ current }: { current: string }) {
  const t = useT();
  const [form, fields] = useIntentForm("deadline", deadlineSchema(), { deadline: current }, { validate: "onSubmit" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack narrow">
      <FormErrors form={form} labels={{ deadline: t("direction.changeDeadline") }} />
      <TextField
        meta={fields.deadline}
        type="datetime-local"
        label={t("direction.changeDeadline")}
        description={t("direction.deadlineHelp")}
      />
      <input type="hidden" name="intent" value="deadline" />
      <div>
        <Button type="submit" variant="secondary">
          {t("direction.saveDeadline")}
        </Button>
      </div>
    </Form>
  );
}

function AnswerForm({
  commentId,
  disposition,
  reason,
}: {
  commentId: number;
  disposition: (typeof dispositionOptions)[number] | null;
  reason: string | null;
}) {
  const t = useT();
  const id = `answer-${commentId}`;
  const [form, fields] = useIntentForm(
    id,
    answerSchema,
    { disposition: disposition ?? undefined, reason: reason ?? "" },
    { validate: "onSubmit" },
  );
  const labels = { disposition: t("direction.disposition"), reason: t("direction.reason") };
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <FormErrors form={form} labels={labels} />
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="commentId" value={commentId} />
      <RadioGroupField
        meta={fields.disposition}
        legend={labels.disposition}
        options={dispositionOptions.map((d) => ({ value: d, label: t(`direction.disposition.${d}`) }))}
      />
      <TextAreaField meta={fields.reason} label={labels.reason} description={t("direction.reasonHelp")} rows={2} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {disposition ? t("direction.updateAnswer") : t("direction.saveAnswer")}
        </Button>
      </div>
    </Form>
  );
}
