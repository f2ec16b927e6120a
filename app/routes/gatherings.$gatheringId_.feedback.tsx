import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TextAreaField } from "../components/form";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { RatingScaleField } from "../components/radio-group";
import { GatheringWhen } from "../components/gathering-facts";
import { feedbackSchema } from "../domain/feedback";
import { pageTitle } from "../i18n/meta";
import { formatMean } from "../i18n/numbers";
import { useT, useUiLocale } from "../i18n/react";
import { redirectWithFlash } from "../server/flash.server";
import { parseForm, readIntent, unknownIntent } from "../server/forms.server";
import { feedbackOf, requireFeedbackAccess, submitFeedback } from "../server/feedback.server";
import { forbidden } from "../server/guards.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "participants.feedback.title", undefined, { subject: data?.gathering.title, programme: data?.programTitle });

/** Present participants answer; the coordinator, the gathering's facilitators and the secretariat read the figures. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireFeedbackAccess(request, params.gatheringId);
  const g = access.gathering;
  return {
    gathering: {
      id: g.id,
      title: g.title,
      startsAt: g.startsAt,
      endsAt: g.endsAt,
    },
    programTitle: access.programTitle,
    canAnswer: access.canAnswer,
    answered: access.answered,
    results: access.canSeeResults ? feedbackOf(g.id) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFeedbackAccess(request, params.gatheringId);
  if (!access.canAnswer) throw forbidden();
  const posted = await readIntent(request);
  if (posted.intent !== "answer") throw unknownIntent();
  const parsed = parseForm(posted, feedbackSchema);
  if (!parsed.ok) return parsed.reply;
  if (!submitFeedback(access.gathering.id, access.user.id, parsed.value)) throw forbidden();
  return redirectWithFlash(`/gatherings/${access.gathering.id}/feedback`, { key: "participants.feedback.thanks" });
}

function AnswerForm() {
  const t = useT();
  const [form, fields] = useIntentForm("feedback", feedbackSchema);
  return (
    <IntentForm
      form={form}
      intent="answer"
      labels={{
        overall: t("participants.feedback.overall"),
        relevance: t("participants.feedback.relevance"),
        takeaway: t("participants.feedback.takeaway"),
      }}
    >
      <RatingScaleField
        meta={fields.overall}
        legend={t("participants.feedback.overall")}
        max={5}
        low={t("participants.feedback.overallLow")}
        high={t("participants.feedback.overallHigh")}
      />
      <RatingScaleField
        meta={fields.relevance}
        legend={t("participants.feedback.relevance")}
        max={5}
        low={t("participants.feedback.relevanceLow")}
        high={t("participants.feedback.relevanceHigh")}
      />
      <TextAreaField
        meta={fields.takeaway}
        label={t("participants.feedback.takeaway")}
        description={t("participants.feedback.takeawayHelp")}
      />
      <div>
        <Button type="submit">{t("participants.feedback.submit")}</Button>
      </div>
    </IntentForm>
  );
}

type Results = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["results"]>;

function ResultsView({ results }: { results: Results }) {
  const t = useT();
  const locale = useUiLocale();
  return (
    <Section id="feedback-results" title={t("participants.feedback.results")}>
      <Paragraph>{t("participants.feedback.count", { n: results.answers })}</Paragraph>
      {!results.shown ? (
        <Paragraph>{t("participants.feedback.tooFew")}</Paragraph>
      ) : (
        <>
          {(["overall", "relevance"] as const).map((key) => (
            <Card key={key} className="stack">
              <Heading level={3} data-size="xs">
                {t(`participants.feedback.${key}`)}
              </Heading>
              <Paragraph>
                {t("participants.feedback.mean", {
                  mean: formatMean(results[key].mean, locale),
                })}
              </Paragraph>
              <Paragraph data-size="sm">
                {t("participants.feedback.distribution", {
                  values: results[key].distribution.join(" · "),
                })}
              </Paragraph>
            </Card>
          ))}
          <Heading level={3} data-size="xs">
            {t("participants.feedback.takeaways")}
          </Heading>
          {results.takeaways.length === 0 ? (
            <Paragraph>{t("participants.feedback.noTakeaways")}</Paragraph>
          ) : (
            <ul>
              {results.takeaways.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}

export default function GatheringFeedback() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("participants.feedback.title")}
      </Heading>
      <Paragraph>
        <strong>{d.gathering.title}</strong> ({d.programTitle})
        <br />
        <GatheringWhen startsAt={new Date(d.gathering.startsAt)} endsAt={new Date(d.gathering.endsAt)} />
      </Paragraph>
      {d.canAnswer && (
        <>
          <Paragraph>{t("participants.feedback.intro")}</Paragraph>
          <AnswerForm />
        </>
      )}
      {d.answered && <Paragraph>{t("participants.feedback.answered")}</Paragraph>}
      {d.results && <ResultsView results={d.results} />}
    </div>
  );
}
