import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, TextAreaField, translateError } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { ReflectionForm } from "../components/reflection-form";
import { ReflectionContent } from "../components/reflection-view";
import { ratingKeys } from "../domain/indicators";
import { quoteSchema, reflectionSchema } from "../domain/reflections";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, refusalResult } from "../server/forms.server";
import { notFound, parseId, requireRole } from "../server/guards.server";
import {
  addMyQuote,
  deleteMyDraft,
  formContext,
  getMine,
  saveMine,
  withdrawMyQuote,
  type MyReflection,
} from "../server/reflections.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.view.title");
export const headers = () => ({ "Cache-Control": "private, no-store" });

/** Only the author's own reflection: getMine filters by the signed-in author, so any other id is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "leader");
  const reflection = getMine(user, parseId(params.reflectionId));
  if (!reflection) throw notFound();
  return {
    reflection,
    context: reflection.status === "draft" ? formContext(user, reflection.programId) : null,
  };
}

const reply = (form: "reflection" | "quote" | "withdraw", result: SubmissionResult<string[]>) =>
  data({ formId: form, result }, { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "leader");
  const reflectionId = parseId(params.reflectionId);
  // Ownership before anything else: another person's reflection id learns nothing, not even field errors.
  if (!getMine(user, reflectionId)) throw notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "delete") {
    if (deleteMyDraft(user, reflectionId)) return redirectWithFlash("/my/reflections", { key: "reflections.deleted" });
    return reply("reflection", { status: "error", error: { "": ["reflections.alreadySubmitted"] } });
  }

  if (intent === "quote") {
    const submission = parseWithZod(formData, { schema: quoteSchema });
    if (submission.status !== "success") return reply("quote", submission.reply());
    const added = attempt(() => addMyQuote(user, reflectionId, submission.value.quote));
    if (!added.ok) return reply("quote", refusalResult(submission, added.violation));
    return redirectWithFlash(`/my/reflections/${reflectionId}`, { key: "reflections.quotes.added" });
  }

  if (intent === "withdraw") {
    const quoteId = parseId(String(formData.get("quoteId") ?? ""));
    const withdrawn = attempt(() => withdrawMyQuote(user, reflectionId, quoteId));
    if (!withdrawn.ok) return reply("withdraw", { status: "error", error: { "": [withdrawn.violation.key] } });
    return redirectWithFlash(`/my/reflections/${reflectionId}`, { key: "reflections.quotes.withdrawn" });
  }

  const submission = parseWithZod(formData, { schema: reflectionSchema(intent) });
  if (submission.status !== "success") return reply("reflection", submission.reply());
  const saved = attempt(() => saveMine(user, reflectionId, submission.value));
  if (!saved.ok) return reply("reflection", refusalResult(submission, saved.violation));
  return redirectWithFlash(`/my/reflections/${reflectionId}`, {
    key: submission.value.intent === "submit" ? "reflections.submitted" : "reflections.saved",
  });
}

const draftDefaults = (r: MyReflection) => ({
  kind: r.kind,
  gatheringId: r.gatheringId === null ? undefined : String(r.gatheringId),
  freeText: r.freeText,
  answers: Object.fromEntries(r.answers.map((a) => [`p${a.promptId}`, a.answer])),
  ...Object.fromEntries(ratingKeys.flatMap((k) => (r.ratings[k] === null ? [] : [[k, String(r.ratings[k])]]))),
});

/** Prompts on the form: the programme's current ones, plus archived ones this draft already answers. */
const draftContext = (r: MyReflection, context: NonNullable<ReturnType<typeof formContext>>) => ({
  ...context,
  prompts: [
    ...context.prompts,
    ...r.answers.filter((a) => !context.prompts.some((p) => p.id === a.promptId)).map((a) => ({ id: a.promptId, text: a.prompt })),
  ],
});

function QuoteForm({ lastResult }: { lastResult: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useIntentForm("quote", quoteSchema, null, { validate: "onSubmit", lastResult });
  const labels = { quote: t("reflections.quotes.field") };
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <FormErrors form={form} labels={labels} />
      <TextAreaField meta={fields.quote} label={labels.quote} description={t("reflections.quotes.fieldHint")} rows={3} />
      <Button type="submit" name="intent" value="quote" variant="secondary">
        {t("reflections.quotes.add")}
      </Button>
    </Form>
  );
}

function Quotes({ reflection }: { reflection: MyReflection }) {
  const t = useT();
  const locale = useLocale();
  const actionData = useActionData<typeof action>();
  const withdrawError = actionData?.formId === "withdraw" ? actionData.result.error?.[""]?.[0] : undefined;
  return (
    <section className="stack" aria-labelledby="quotes-title">
      <Heading level={2} data-size="sm" id="quotes-title">
        {t("reflections.quotes.title")}
      </Heading>
      <Paragraph>{t("reflections.quotes.intro")}</Paragraph>
      {withdrawError && (
        <Alert data-color="danger" role="alert">
          {translateError(t, withdrawError)}
        </Alert>
      )}
      {reflection.quotes.length === 0 ? (
        <Paragraph className="muted">{t("reflections.quotes.none")}</Paragraph>
      ) : (
        <ul className="quote-list">
          {reflection.quotes.map((q) => (
            <li key={q.id} className="stack">
              <blockquote className={q.withdrawnAt ? "withdrawn" : undefined}>{q.text}</blockquote>
              <Paragraph data-size="sm" className="muted">
                {q.withdrawnAt
                  ? t("reflections.quotes.withdrawnOn", { date: formatDate(q.withdrawnAt, locale) })
                  : t("reflections.quotes.consentedOn", { date: formatDate(q.consentedAt, locale) })}
              </Paragraph>
              {!q.withdrawnAt &&
                (q.locked ? (
                  <Paragraph data-size="sm">{t("reflections.quotes.locked")}</Paragraph>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="quoteId" value={q.id} />
                    <Button type="submit" name="intent" value="withdraw" variant="tertiary" data-size="sm">
                      {t("reflections.quotes.withdraw")}
                    </Button>
                  </Form>
                ))}
            </li>
          ))}
        </ul>
      )}
      <QuoteForm lastResult={actionData?.formId === "quote" ? actionData.result : null} />
    </section>
  );
}

export default function Reflection() {
  const { reflection, context } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const draft = reflection.status === "draft";
  return (
    <div className="stack narrow-form">
      <Paragraph>
        <Link asChild>
          <RemixLink to="/my/reflections">{t("reflections.view.back")}</RemixLink>
        </Link>
      </Paragraph>
      <div>
        <Heading level={1} data-size="lg">
          {draft
            ? t("reflections.edit.title", { kind: t(`reflections.kind.${reflection.kind}`) })
            : t(`reflections.kind.${reflection.kind}`)}
        </Heading>
        <Paragraph className="muted">
          {reflection.programTitle}
          {reflection.gatheringTitle && ` · ${reflection.gatheringTitle}`}
          {reflection.submittedAt && ` · ${t("reflections.view.submittedOn", { date: formatDate(reflection.submittedAt, locale) })}`}
        </Paragraph>
        <Tag data-color={draft ? "warning" : "success"}>{t(`reflections.status.${reflection.status}`)}</Tag>
      </div>
      {draft && context ? (
        <>
          <ReflectionForm
            id={`reflection-${reflection.id}`}
            context={draftContext(reflection, context)}
            defaults={draftDefaults(reflection)}
            lastResult={actionData?.formId === "reflection" ? actionData.result : null}
          />
          <Form method="post" className="stack">
            <Paragraph data-size="sm" className="muted">
              {t("reflections.form.deleteHint")}
            </Paragraph>
            <Button type="submit" name="intent" value="delete" variant="tertiary" data-color="danger">
              {t("reflections.form.delete")}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <ReflectionContent reflection={reflection} headingLevel={2} />
          {!draft && <Quotes reflection={reflection} />}
        </>
      )}
    </div>
  );
}
