import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Fieldset, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextAreaField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { limits } from "../domain/direction";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireInvitee } from "../server/consultation-access.server";
import { reviseDrafts } from "../server/consultation-commands.server";
import { commentingState, inviteeView, myComments } from "../server/consultation-queries.server";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, rejectForm } from "../server/forms.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "direction.reviewTitle", undefined, { programme: data?.consultation.programTitle });

const removing = (intent: string) => (intent.startsWith("remove:") ? Number(intent.slice("remove:".length)) : undefined);

const schema = z
  .object({
    intent: z.string().regex(/^(save|submit|remove:\d+)$/),
    drafts: z
      .array(
        z.object({
          id: z.number().int().positive(),
          body: z.string().trim().max(limits.commentLength, "direction.commentTooLong").optional(),
        }),
      )
      .default([]),
  })
  .superRefine((value, ctx) => {
    // Every draft that stays must say something; the one being dropped may be empty.
    value.drafts.forEach((draft, i) => {
      if (draft.id !== removing(value.intent) && !draft.body) {
        ctx.addIssue({ code: "custom", path: ["drafts", i, "body"], message: "direction.commentRequired" });
      }
    });
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, context } = await requireInvitee(request, params.consultationId);
  return {
    consultation: inviteeView(context),
    blockedBy: commentingState(context),
    drafts: myComments(context.id, user.id)
      .filter((c) => c.status === "draft")
      .map((c) => ({ id: c.id, sectionTitle: c.sectionTitle, body: c.body })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, context } = await requireInvitee(request, params.consultationId);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return rejectForm("review", submission);
  const { intent, drafts } = submission.value;
  const submit = intent === "submit";
  const outcome = attempt(() =>
    reviseDrafts(context.id, user.id, {
      edits: drafts.map((d) => ({ id: d.id, body: d.body ?? "" })),
      removeId: removing(intent),
      submit,
    }),
  );
  if (!outcome.ok) return rejectForm("review", submission, outcome.violation);
  return submit
    ? redirectWithFlash(`/consultations/${context.id}`, { key: "direction.submittedNotice", values: { count: outcome.value } })
    : redirectWithFlash(`/consultations/${context.id}/review`, {
        key: intent === "save" ? "direction.reviewSaved" : "direction.reviewRemoved",
      });
}

export default function ReviewComments() {
  const data = useLoaderData<typeof loader>();
  // A new form when a draft was dropped, so its fields follow the remaining drafts.
  return <Review key={data.drafts.map((d) => d.id).join()} />;
}

function Review() {
  const data = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm(
    "review",
    schema,
    { drafts: data.drafts.map((d) => ({ id: d.id, body: d.body })) },
    { validate: "onSubmit" },
  );
  const drafts = fields.drafts.getFieldList();
  const titleOf = new Map(data.drafts.map((d) => [d.id, d.sectionTitle]));
  const commentLabel = (id: number) => t("direction.yourCommentOn", { title: titleOf.get(id) ?? "" });
  const labels = Object.fromEntries(
    drafts.map((draft) => [draft.getFieldset().body.name, commentLabel(Number(draft.getFieldset().id.initialValue))]),
  );
  const busy = navigation.state === "submitting";
  const back = `/consultations/${data.consultation.id}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("direction.reviewTitle")}
      </Heading>
      <Paragraph>
        {t("direction.versionTitle", { title: data.consultation.documentTitle, n: data.consultation.versionNumber })} ·{" "}
        {t("direction.deadlineAt", { date: formatDateTime(data.consultation.deadline, locale) })}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RemixLink to={back}>{t("direction.backToDocument")}</RemixLink>
        </Link>
      </Paragraph>
      {data.blockedBy ? (
        <Alert data-color="warning">{t(data.blockedBy)}</Alert>
      ) : data.drafts.length === 0 ? (
        <Paragraph>{t("direction.noDrafts")}</Paragraph>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack">
          <Paragraph>{t("direction.reviewIntro")}</Paragraph>
          <FormErrors form={form} labels={labels} />
          {drafts.map((draft) => {
            const f = draft.getFieldset();
            const id = Number(f.id.initialValue);
            const sectionTitle = titleOf.get(id) ?? "";
            return (
              <Fieldset key={draft.key}>
                <Fieldset.Legend>{sectionTitle}</Fieldset.Legend>
                <input type="hidden" name={f.id.name} value={id} />
                <TextAreaField meta={f.body} label={commentLabel(id)} rows={4} />
                <div>
                  <Button
                    type="submit"
                    name="intent"
                    value={`remove:${id}`}
                    variant="tertiary"
                    data-color="danger"
                    data-size="sm"
                    disabled={busy}
                  >
                    {t("direction.dropDraft")}
                    <span className="ds-sr-only"> ({sectionTitle})</span>
                  </Button>
                </div>
              </Fieldset>
            );
          })}
          <div className="button-row">
            <Button type="submit" name="intent" value="submit" disabled={busy}>
              {t("direction.submitAll", { count: drafts.length })}
            </Button>
            <Button type="submit" name="intent" value="save" variant="secondary" disabled={busy}>
              {t("direction.saveEdits")}
            </Button>
          </div>
          <Paragraph data-size="sm" className="muted">
            {t("direction.submitFinal")}
          </Paragraph>
        </Form>
      )}
    </div>
  );
}
