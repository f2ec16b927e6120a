import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { ratingKeys, ratingMax, type Ratings } from "../domain/indicators";
import { useT } from "../i18n/react";

type Content = {
  ratings: Ratings;
  freeText: string;
  answers: { promptId: number; prompt: string; answer: string }[];
};

/** A reflection's answers, free text and ratings as its author reads them (their own page and printout). */
export function ReflectionContent({ reflection, headingLevel }: { reflection: Content; headingLevel: 2 | 3 }) {
  const t = useT();
  const sub = (headingLevel + 1) as 3 | 4;
  const rated = ratingKeys.filter((k) => reflection.ratings[k] !== null);
  return (
    <div className="stack">
      {reflection.answers.length > 0 && (
        <section className="stack">
          <Heading level={headingLevel} data-size="sm">
            {t("reflections.view.answers")}
          </Heading>
          {reflection.answers.map((a) => (
            <div key={a.promptId}>
              <Heading level={sub} data-size="xs">
                {a.prompt}
              </Heading>
              <Paragraph className="pre-wrap">{a.answer}</Paragraph>
            </div>
          ))}
        </section>
      )}
      <section className="stack">
        <Heading level={headingLevel} data-size="sm">
          {t("reflections.form.freeText")}
        </Heading>
        <Paragraph className="pre-wrap">{reflection.freeText || t("reflections.view.noText")}</Paragraph>
      </section>
      {rated.length > 0 && (
        <section className="stack">
          <Heading level={headingLevel} data-size="sm">
            {t("reflections.view.ratings")}
          </Heading>
          <dl className="ratings-list">
            {rated.map((k) => (
              <div key={k}>
                <dt>{t(`reflections.measure.${k}`)}</dt>
                <dd>{t("reflections.scaleOption", { value: reflection.ratings[k]!, max: ratingMax[k] })}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
