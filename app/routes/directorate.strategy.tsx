import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { organisationKinds } from "../../db/schema";
import { SelectField } from "../components/choice-fields";
import { TextAreaField, TextField } from "../components/form";
import { ActionNotice, FoldedForm, IntentButton, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { choiceId, optionalText, requiredText } from "../components/schemas";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { backTo, conflict, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireRole } from "../server/guards.server";
import {
  createNationalStrategy,
  deleteNationalFocusArea,
  directorateStrategies,
  publishNationalStrategy,
  saveNationalFocusArea,
} from "../server/national-strategy.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.strategy.title");

const year = z
  .number("directorate.strategy.yearInvalid")
  .int("directorate.strategy.yearInvalid")
  .min(2000, "directorate.strategy.yearInvalid")
  .max(2100, "directorate.strategy.yearInvalid");
const versionSchema = z.object({
  title: requiredText("directorate.strategy.nameRequired", 300),
  sectorKind: z.enum(organisationKinds, "directorate.strategy.kindRequired"),
  fromYear: year,
  toYear: year,
});
const areaSchema = z.object({
  areaId: choiceId.optional(),
  title: requiredText("directorate.strategy.nameRequired", 200),
  goal: requiredText("directorate.strategy.goalRequired", 2000),
  measures: optionalText(4000),
  rationale: optionalText(4000),
});

/** The directorate writes the national strategy, version by version, and publishes it for adoption. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  return { versions: directorateStrategies(user.organisationId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const posted = await readIntent(request);
  const orgId = user.organisationId;
  switch (posted.intent) {
    case "createVersion": {
      const parsed = parseForm(posted, versionSchema);
      if (!parsed.ok) return parsed.reply;
      return parsed.run(
        (values) => createNationalStrategy(orgId, values),
        () => backTo(request),
      );
    }
    case "saveArea": {
      const strategyId = postedId(posted, "strategyId");
      const parsed = parseForm(posted, areaSchema);
      if (!parsed.ok) return parsed.reply;
      const { areaId, ...values } = parsed.value;
      saveNationalFocusArea(orgId, strategyId, areaId, values);
      return backTo(request);
    }
    case "deleteArea":
      deleteNationalFocusArea(orgId, postedId(posted, "strategyId"), postedId(posted, "areaId"));
      return backTo(request);
    case "publish": {
      const refusal = publishNationalStrategy(orgId, postedId(posted, "strategyId"));
      return refusal ? conflict(refusal) : backTo(request);
    }
    default:
      throw unknownIntent();
  }
}

type Version = ReturnType<typeof useLoaderData<typeof loader>>["versions"][number];

function VersionForm() {
  const t = useT();
  const [form, fields] = useIntentForm("version-new", versionSchema);
  return (
    <IntentForm
      form={form}
      intent="createVersion"
      className="stack narrow"
      labels={{
        title: t("directorate.strategy.name"),
        sectorKind: t("directorate.strategy.sector"),
        fromYear: t("directorate.strategy.fromYear"),
        toYear: t("directorate.strategy.toYear"),
      }}
    >
      <TextField meta={fields.title} label={t("directorate.strategy.name")} />
      <SelectField
        meta={fields.sectorKind}
        label={t("directorate.strategy.sector")}
        options={organisationKinds.map((k) => ({ value: k, label: t(`organisation.kind.${k}`) }))}
      />
      <TextField meta={fields.fromYear} label={t("directorate.strategy.fromYear")} inputMode="numeric" />
      <TextField meta={fields.toYear} label={t("directorate.strategy.toYear")} inputMode="numeric" />
      <div>
        <Button type="submit" variant="secondary">
          {t("directorate.strategy.create")}
        </Button>
      </div>
    </IntentForm>
  );
}

function AreaForm({ strategyId, area }: { strategyId: number; area?: Version["areas"][number] }) {
  const t = useT();
  const [form, fields] = useIntentForm(`area-${strategyId}-${area?.id ?? "new"}`, areaSchema, area);
  return (
    <IntentForm
      form={form}
      intent="saveArea"
      className="stack"
      labels={{
        title: t("directorate.strategy.areaTitle"),
        goal: t("directorate.strategy.goal"),
        measures: t("directorate.strategy.measures"),
        rationale: t("directorate.strategy.rationale"),
      }}
    >
      <input type="hidden" name="strategyId" value={strategyId} />
      {area && <input type="hidden" name="areaId" value={area.id} />}
      <TextField meta={fields.title} label={t("directorate.strategy.areaTitle")} />
      <TextAreaField meta={fields.goal} label={t("directorate.strategy.goal")} rows={2} />
      <TextAreaField meta={fields.measures} label={t("directorate.strategy.measures")} rows={2} />
      <TextAreaField meta={fields.rationale} label={t("directorate.strategy.rationale")} rows={2} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {area ? t("form.save") : t("directorate.strategy.addArea")}
        </Button>
      </div>
    </IntentForm>
  );
}

export default function NationalStrategy() {
  const { versions } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("directorate.strategy.title")}
      </Heading>
      <Paragraph>{t("directorate.strategy.intro")}</Paragraph>
      <ActionNotice />
      {versions.length === 0 && <Paragraph className="muted">{t("directorate.strategy.none")}</Paragraph>}
      {versions.map((v) => (
        <Section
          key={v.id}
          id={`strategy-${v.id}`}
          title={`${v.title} (${t("directorate.strategy.period", { from: v.fromYear, to: v.toYear })})`}
        >
          <Paragraph>
            {t(`organisation.kind.${v.sectorKind}`)} ·{" "}
            <Tag data-color={v.status === "published" ? "success" : "neutral"}>
              {v.status === "published" ? t("directorate.strategy.published") : t("directorate.strategy.draft")}
            </Tag>
            {v.publishedAt && ` ${formatDate(v.publishedAt, locale)}`}
          </Paragraph>
          {v.areas.length === 0 && <Paragraph className="muted">{t("directorate.strategy.noAreas")}</Paragraph>}
          {v.areas.map((area) => (
            <Card key={area.id} className="stack">
              <Heading level={3} data-size="xs">
                {area.title}
              </Heading>
              <dl className="report-facts">
                <div>
                  <dt>{t("directorate.strategy.goal")}</dt>
                  <dd>{area.goal}</dd>
                </div>
                {area.measures && (
                  <div>
                    <dt>{t("directorate.strategy.measures")}</dt>
                    <dd>{area.measures}</dd>
                  </div>
                )}
                {area.rationale && (
                  <div>
                    <dt>{t("directorate.strategy.rationale")}</dt>
                    <dd>{area.rationale}</dd>
                  </div>
                )}
              </dl>
              {v.status === "draft" && (
                <>
                  <FoldedForm formId={`area-${v.id}-${area.id}`} summary={t("programs.editNamed", { name: area.title })}>
                    <AreaForm strategyId={v.id} area={area} />
                  </FoldedForm>
                  <RemoveButton intent="deleteArea" values={{ strategyId: v.id, areaId: area.id }} name={area.title} />
                </>
              )}
            </Card>
          ))}
          {v.status === "draft" && (
            <>
              <Heading level={3} data-size="xs">
                {t("directorate.strategy.addArea")}
              </Heading>
              <AreaForm strategyId={v.id} />
              <div>
                <IntentButton intent="publish" values={{ strategyId: v.id }} variant="primary">
                  {t("directorate.strategy.publish")}
                </IntentButton>
              </div>
            </>
          )}
        </Section>
      ))}
      <Section id="strategy-new" title={t("directorate.strategy.new")}>
        <VersionForm />
      </Section>
    </div>
  );
}
