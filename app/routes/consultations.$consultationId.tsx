import { Alert, Button, Card, Heading, Label, Link, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { DispositionTag, SectionBody } from "../components/direction";
import { translateError } from "../components/form";
import { limits } from "../domain/direction";
import { formatDateTime, formatTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireInvitee } from "../server/consultation-access.server";
import { saveDraft } from "../server/consultation-commands.server";
import { commentingState, inviteeView, myComments, sectionsOfVersion } from "../server/consultation-queries.server";
import { renderSections } from "../server/direction-queries.server";
import { attempt } from "../server/forms.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "direction.consultationTitle", undefined, { programme: data?.consultation.programTitle });

const draftSchema = z.object({
  intent: z.literal("save-draft"),
  sectionId: z.coerce.number().int().positive(),
  body: z.string().max(limits.commentLength, "direction.commentTooLong"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, context } = await requireInvitee(request, params.consultationId);
  const mine = myComments(context.id, user.id);
  const sections = renderSections(sectionsOfVersion(context.versionId), 3);
  return {
    consultation: inviteeView(context),
    blockedBy: commentingState(context),
    draftCount: mine.filter((c) => c.status === "draft").length,
    sections: sections.map((s) => ({
      ...s,
      draft: mine.find((c) => c.sectionId === s.id && c.status === "draft")?.body ?? "",
      submitted: mine.filter((c) => c.sectionId === s.id && c.status === "submitted"),
    })),
  };
}

/** Saves one section's draft: called by autosave (fetcher) and by the per-section button without JavaScript. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { user, context } = await requireInvitee(request, params.consultationId);
  // The autosave's fetcher reads its section's status (saved at, removed, or the one field's error) and stays
  // on the page: not a Conform form, so no parseForm; the button without JavaScript gets the same answer.
  const parsed = draftSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "body");
    return data(
      { sectionId: null as number | null, error: issue?.message ?? "form.invalid", savedAt: null, removed: false },
      { status: 400 },
    );
  }
  const { sectionId, body } = parsed.data;
  const outcome = attempt(() => saveDraft(context.id, user.id, sectionId, body));
  if (!outcome.ok) {
    return data({ sectionId, error: outcome.violation.key, savedAt: null, removed: false }, { status: outcome.violation.status });
  }
  return data({ sectionId, error: null, savedAt: outcome.value.savedAt.getTime(), removed: outcome.value.removed });
}

export default function Consultation() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { consultation } = data;
  return (
    <div className="stack">
      <div>
        <Paragraph data-size="sm" className="muted">
          {consultation.programTitle}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t("direction.versionTitle", { title: consultation.documentTitle, n: consultation.versionNumber })}
        </Heading>
      </div>
      {data.blockedBy ? (
        <Alert data-color="warning">{t(data.blockedBy)}</Alert>
      ) : (
        <>
          <Paragraph>{t("direction.commentIntro", { date: formatDateTime(consultation.deadline, locale) })}</Paragraph>
          <ReviewLink consultationId={consultation.id} count={data.draftCount} />
        </>
      )}
      {data.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="stack direction-section">
          <Heading level={2} data-size="md" id={`section-${section.id}`}>
            {section.title}
          </Heading>
          <SectionBody html={section.html} />
          {section.submitted.map((comment) => (
            <Card key={comment.id} data-color="neutral" className="stack">
              <Paragraph data-size="sm" className="muted">
                {t("direction.yourComment", { date: comment.submittedAt ? formatDateTime(comment.submittedAt, locale) : "" })}
              </Paragraph>
              <Paragraph className="comment-body">{comment.body}</Paragraph>
              <div>
                <DispositionTag disposition={comment.disposition} />
                {comment.reason && <Paragraph data-size="sm">{comment.reason}</Paragraph>}
              </div>
            </Card>
          ))}
          {!data.blockedBy && <DraftForm sectionId={section.id} sectionTitle={section.title} initial={section.draft} />}
        </section>
      ))}
      {!data.blockedBy && <ReviewLink consultationId={consultation.id} count={data.draftCount} />}
    </div>
  );
}

function ReviewLink({ consultationId, count }: { consultationId: number; count: number }) {
  const t = useT();
  return (
    <Paragraph>
      <Link asChild>
        <RemixLink to={`/consultations/${consultationId}/review`}>{t("direction.reviewLink", { count })}</RemixLink>
      </Link>
    </Paragraph>
  );
}

const autosaveDelayMs = 800;

/**
 * One section's comment. While typing, the draft is saved after a pause (and when leaving the
 * field); the status line says so politely. Without JavaScript the button posts the same form.
 */
function DraftForm({ sectionId, sectionTitle, initial }: { sectionId: number; sectionTitle: string; initial: string }) {
  const t = useT();
  const fetcher = useFetcher<typeof action>({ key: `draft-${sectionId}` });
  const actionData = useActionData<typeof action>();
  const [text, setText] = useState(initial);
  const lastSent = useRef<string | null>(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const result = fetcher.data ?? (actionData?.sectionId === sectionId ? actionData : undefined);
  // A failed save is tried again with the next change.
  useEffect(() => {
    if (fetcher.data?.error) lastSent.current = null;
  }, [fetcher.data]);

  const save = (body: string) => {
    clearTimeout(timer.current);
    if (body === lastSent.current) return;
    lastSent.current = body;
    fetcher.submit({ intent: "save-draft", sectionId: String(sectionId), body }, { method: "post" });
  };

  const id = `comment-${sectionId}`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const status =
    fetcher.state !== "idle"
      ? t("direction.draftSaving")
      : result?.error
        ? ""
        : result?.removed
          ? t("direction.draftRemoved")
          : result?.savedAt
            ? t("direction.draftSaved", { time: formatTime(result.savedAt) })
            : initial
              ? t("direction.draftStored")
              : "";
  return (
    <fetcher.Form
      method="post"
      className="stack draft-form"
      onSubmit={(event) => {
        event.preventDefault();
        save(text);
      }}
    >
      <input type="hidden" name="intent" value="save-draft" />
      <input type="hidden" name="sectionId" value={sectionId} />
      <div className="ds-field">
        <Label htmlFor={id}>{t("direction.yourCommentOn", { title: sectionTitle })}</Label>
        <Textarea
          id={id}
          name="body"
          rows={4}
          value={text}
          maxLength={limits.commentLength}
          aria-invalid={result?.error ? true : undefined}
          aria-describedby={[statusId, result?.error ? errorId : null].filter(Boolean).join(" ")}
          onChange={(event) => {
            const body = event.target.value;
            setText(body);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => save(body), autosaveDelayMs);
          }}
          onBlur={() => save(text)}
        />
        {result?.error && <ValidationMessage id={errorId}>{translateError(t, result.error)}</ValidationMessage>}
      </div>
      <div className="draft-bar">
        <Button type="submit" variant="secondary" data-size="sm">
          {t("direction.saveCommentDraft")}
        </Button>
        <span id={statusId} role="status" aria-live="polite" className="muted">
          {status}
        </span>
      </div>
    </fetcher.Form>
  );
}
