import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Alert, Button, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "@remix-run/react";
import { ratingKeys } from "../domain/indicators";
import { kinds, reflectionSchema, type ReflectionKind } from "../domain/reflections";
import { formatDate } from "../i18n/dates";
import { useLocale, useT } from "../i18n/react";
import { SelectField } from "./choice-fields";
import { FormErrors, TextAreaField } from "./form";
import { useIntentForm } from "./intent-form";
import { RadioGroupField, RatingScaleField } from "./radio-group";

export type ReflectionFormContext = {
  program: { id: number; title: string };
  prompts: { id: number; text: string }[];
  gatherings: { id: number; title: string; startsAt: Date }[];
  hasBaseline: boolean;
  hasClosing: boolean;
};

export type ReflectionDefaults = {
  kind?: ReflectionKind;
  gatheringId?: string;
  freeText?: string;
  answers?: Record<string, string>;
} & Partial<Record<(typeof ratingKeys)[number], string>>;

const indicatorKeys = ratingKeys.filter((k) => k !== "roleIdentity");

/**
 * The reflection form for a new reflection or a draft: kind and gathering, answers to the
 * programme's prompts, free text, the five ratings; saved as a draft or submitted.
 */
export function ReflectionForm({
  id,
  context,
  defaults,
  lastResult,
}: {
  id: string;
  context: ReflectionFormContext;
  defaults: ReflectionDefaults;
  /** The action's answer for this form (`null`: none). */
  lastResult: SubmissionResult<string[]> | null;
}) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm(id, (formData) => reflectionSchema(formData.get("intent")), defaults, {
    validate: "onSubmit",
    lastResult,
  });
  const answers = fields.answers.getFieldset();
  // In the order of the form, for the error summary.
  const labels = {
    kind: t("reflections.form.kind"),
    gatheringId: t("reflections.form.gathering"),
    ...Object.fromEntries(context.prompts.map((p) => [answers[`p${p.id}`]!.name, p.text])),
    freeText: t("reflections.form.freeText"),
    roleIdentity: t("reflections.identityQuestion"),
    ...Object.fromEntries(indicatorKeys.map((k) => [k, t(`reflections.measure.${k}`)])),
  };
  // A kind already submitted in this programme is not offered again (unless this draft already is one).
  const offered = kinds.filter(
    (k) =>
      k === defaults.kind ||
      (k === "baseline" && !context.hasBaseline) ||
      (k === "closing" && !context.hasClosing) ||
      (k === "gathering" && context.gatherings.length > 0) ||
      k === "free",
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack reflection-form">
      <FormErrors form={form} labels={labels} />
      <input type="hidden" name="programId" value={context.program.id} />
      <Paragraph>
        <strong>{t("reflections.form.program")}:</strong> {context.program.title}
      </Paragraph>
      <RadioGroupField
        meta={fields.kind}
        legend={t("reflections.form.kind")}
        options={offered.map((k) => ({
          value: k,
          label: t(`reflections.kind.${k}`),
          hint: t(`reflections.kindHint.${k}`),
        }))}
      />
      {context.gatherings.length > 0 && (
        <SelectField
          meta={fields.gatheringId}
          label={t("reflections.form.gathering")}
          description={t("reflections.form.gatheringHint")}
          placeholder={t("reflections.form.noGathering")}
          options={context.gatherings.map((g) => ({ value: String(g.id), label: `${g.title} (${formatDate(g.startsAt, locale)})` }))}
        />
      )}
      {context.prompts.length > 0 && (
        <Fieldset className="stack">
          <Fieldset.Legend>{t("reflections.form.prompts")}</Fieldset.Legend>
          <Fieldset.Description>{t("reflections.form.promptsHint")}</Fieldset.Description>
          {context.prompts.map((p) => (
            <TextAreaField key={p.id} meta={answers[`p${p.id}`]!} label={p.text} rows={4} />
          ))}
        </Fieldset>
      )}
      <TextAreaField
        meta={fields.freeText}
        label={t("reflections.form.freeText")}
        description={t("reflections.form.freeTextHint")}
        rows={8}
      />
      <Fieldset className="stack">
        <Fieldset.Legend>{t("reflections.form.ratings")}</Fieldset.Legend>
        <Fieldset.Description>{t("reflections.form.ratingsHint")}</Fieldset.Description>
        <RatingScaleField
          meta={fields.roleIdentity}
          legend={t("reflections.identityQuestion")}
          max={7}
          low={t("reflections.identityLow")}
          high={t("reflections.identityHigh")}
        />
        {indicatorKeys.map((k) => (
          <RatingScaleField
            key={k}
            meta={fields[k]}
            legend={t(`reflections.measure.${k}`)}
            max={5}
            low={t("reflections.indicatorLow")}
            high={t("reflections.indicatorHigh")}
          />
        ))}
      </Fieldset>
      <Alert data-color="info">{t("reflections.form.privacy")}</Alert>
      <div className="button-row">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={navigation.state === "submitting"}>
          {t("reflections.form.save")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={navigation.state === "submitting"}>
          {t("reflections.form.submit")}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t("reflections.form.submitHint")}
      </Paragraph>
    </Form>
  );
}
