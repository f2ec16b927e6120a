import { Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { organisationKinds } from "../../db/schema";
import { CheckboxField, SelectField } from "../components/choice-fields";
import { TextAreaField, TextField } from "../components/form";
import { ActionNotice, FoldedForm, IntentButton, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { OrgPicker } from "../components/org-picker";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, parseForm, postedChoice, postedId, readIntent, unknownIntent, unlessRefused } from "../server/forms.server";
import { forbidden, hasRole } from "../server/guards.server";
import {
  createOrganisation,
  deleteFocusArea,
  deleteLevel,
  deleteUnit,
  listOrganisations,
  moveLevel,
  organisationSettings,
  renameOrganisation,
  saveFocusArea,
  saveLevel,
  saveStrategyTitle,
  saveUnit,
} from "../server/organisation.server";
import { requireOrgScope } from "../server/org-scope.server";
import { choiceId, optionalText, requiredText } from "../components/schemas";
import { Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "organisation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  return {
    ...organisationSettings(scope.organisationId),
    organisations: hasRole(scope.user, "admin") ? listOrganisations() : null,
  };
}

const name = (max = 200) => requiredText("organisation.nameRequired", max);
const optionalId = choiceId.optional();
const orgSchema = z.object({ name: name(), kind: z.enum(organisationKinds, "organisation.kindRequired") });
const unitSchema = z.object({ unitId: optionalId, name: name() });
const levelSchema = z.object({ levelId: optionalId, name: name(), isFirstLine: z.boolean().default(false) });
const strategySchema = z.object({ title: name(300) });
const focusAreaSchema = z.object({
  focusAreaId: optionalId,
  title: name(),
  goal: requiredText("organisation.goalRequired", 2000),
  measures: optionalText(4000),
  rationale: optionalText(4000),
});

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const orgId = scope.organisationId;
  const posted = await readIntent(request);
  const isAdmin = hasRole(scope.user, "admin");
  /** Runs a form's change; a RuleViolation (a taken name) goes back to that form. */
  const withForm = <S extends z.ZodObject>(schema: S, run: (value: z.output<S>) => void) => {
    const parsed = parseForm(posted, schema);
    return parsed.ok ? parsed.run(run, () => backTo(request)) : parsed.reply;
  };
  const unlessInUse = (change: () => void) => unlessRefused(change, () => backTo(request));

  switch (posted.intent) {
    case "createOrganisation": {
      if (!isAdmin) throw forbidden();
      const parsed = parseForm(posted, orgSchema);
      if (!parsed.ok) return parsed.reply;
      return parsed.run(
        (v) => createOrganisation(v.name, v.kind),
        (created) => redirect(`/organisation?org=${created.id}`),
      );
    }
    case "updateOrganisation":
      if (!isAdmin) throw forbidden();
      return withForm(orgSchema, (v) => renameOrganisation(orgId, v.name, v.kind));
    case "saveUnit":
      return withForm(unitSchema, (v) => saveUnit(orgId, v.unitId, v.name));
    case "deleteUnit":
      return unlessInUse(() => deleteUnit(orgId, postedId(posted, "unitId")));
    case "saveLevel":
      return withForm(levelSchema, ({ levelId, ...values }) => saveLevel(orgId, levelId, values));
    case "moveLevel":
      moveLevel(orgId, postedId(posted, "levelId"), postedChoice(posted, "direction", ["up", "down"]));
      return backTo(request);
    case "deleteLevel":
      return unlessInUse(() => deleteLevel(orgId, postedId(posted, "levelId")));
    case "saveStrategy":
      return withForm(strategySchema, (v) => saveStrategyTitle(orgId, v.title));
    case "saveFocusArea":
      return withForm(focusAreaSchema, ({ focusAreaId, ...values }) => saveFocusArea(orgId, focusAreaId, values));
    case "deleteFocusArea":
      return unlessInUse(() => deleteFocusArea(orgId, postedId(posted, "focusAreaId")));
    default:
      throw unknownIntent();
  }
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function OrganisationForm({ organisation, intent }: { organisation?: Data["organisation"]; intent: string }) {
  const t = useT();
  const [form, fields] = useIntentForm(intent, orgSchema, organisation && { name: organisation.name, kind: organisation.kind });
  return (
    <IntentForm
      form={form}
      intent={intent}
      className="stack narrow"
      labels={{ name: t("organisation.name"), kind: t("organisation.kind") }}
    >
      <TextField meta={fields.name} label={t("organisation.name")} />
      <SelectField
        meta={fields.kind}
        label={t("organisation.kind")}
        options={organisationKinds.map((k) => ({ value: k, label: t(`organisation.kind.${k}`) }))}
      />
      <Button type="submit" variant="secondary">
        {organisation ? t("form.save") : t("organisation.create")}
      </Button>
    </IntentForm>
  );
}

function UnitForm({ unit }: { unit?: Data["units"][number] }) {
  const t = useT();
  const [form, fields] = useIntentForm(`unit-${unit?.id ?? "new"}`, unitSchema, unit && { name: unit.name });
  return (
    <IntentForm
      form={form}
      intent="saveUnit"
      className="row-actions"
      aria-label={unit ? t("programs.editNamed", { name: unit.name }) : t("organisation.addUnit")}
      labels={{ name: unit ? t("organisation.unitName") : t("organisation.newUnit") }}
    >
      {unit && <input type="hidden" name="unitId" value={unit.id} />}
      <TextField meta={fields.name} label={unit ? t("organisation.unitName") : t("organisation.newUnit")} />
      <Button type="submit" variant="secondary" data-size="sm">
        {unit ? t("form.save") : t("organisation.addUnit")}
      </Button>
    </IntentForm>
  );
}

function LevelForm({ level }: { level?: Data["levels"][number] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    `level-${level?.id ?? "new"}`,
    levelSchema,
    level && { name: level.name, isFirstLine: level.isFirstLine ? "on" : "" },
  );
  return (
    <IntentForm
      form={form}
      intent="saveLevel"
      className="stack"
      aria-label={level ? t("programs.editNamed", { name: level.name }) : t("organisation.addLevel")}
      labels={{ name: level ? t("organisation.levelName") : t("organisation.newLevel"), isFirstLine: t("organisation.firstLine") }}
    >
      {level && <input type="hidden" name="levelId" value={level.id} />}
      <TextField meta={fields.name} label={level ? t("organisation.levelName") : t("organisation.newLevel")} />
      <CheckboxField meta={fields.isFirstLine} label={t("organisation.firstLine")} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {level ? t("form.save") : t("organisation.addLevel")}
        </Button>
      </div>
    </IntentForm>
  );
}

function StrategyForm({ title }: { title: string }) {
  const t = useT();
  const [form, fields] = useIntentForm("strategy", strategySchema, { title });
  return (
    <IntentForm form={form} intent="saveStrategy" className="stack narrow" labels={{ title: t("organisation.strategyTitle") }}>
      <TextField meta={fields.title} label={t("organisation.strategyTitle")} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {t("form.save")}
        </Button>
      </div>
    </IntentForm>
  );
}

function FocusAreaForm({ area }: { area?: Data["focusAreas"][number] }) {
  const t = useT();
  const [form, fields] = useIntentForm(`focus-${area?.id ?? "new"}`, focusAreaSchema, area);
  return (
    <IntentForm
      form={form}
      intent="saveFocusArea"
      labels={{
        title: t("organisation.focusTitle"),
        goal: t("organisation.focusGoal"),
        measures: t("organisation.focusMeasures"),
        rationale: t("organisation.focusRationale"),
      }}
    >
      {area && <input type="hidden" name="focusAreaId" value={area.id} />}
      <TextField meta={fields.title} label={t("organisation.focusTitle")} />
      <TextAreaField meta={fields.goal} label={t("organisation.focusGoal")} rows={2} />
      <TextAreaField meta={fields.measures} label={t("organisation.focusMeasures")} rows={2} />
      <TextAreaField meta={fields.rationale} label={t("organisation.focusRationale")} rows={2} />
      <div>
        <Button type="submit" variant="secondary">
          {area ? t("form.save") : t("organisation.addFocusArea")}
        </Button>
      </div>
    </IntentForm>
  );
}

export default function Organisation() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("organisation.title")}: {data.organisation.name}
      </Heading>
      <ActionNotice />
      {data.organisations && (
        <Card className="stack">
          <OrgPicker organisations={data.organisations} current={data.organisation.id} />
          <FoldedForm formId="updateOrganisation" summary={t("organisation.editOrganisation")}>
            <OrganisationForm organisation={data.organisation} intent="updateOrganisation" />
          </FoldedForm>
          <FoldedForm formId="createOrganisation" summary={t("organisation.newOrganisation")}>
            <OrganisationForm intent="createOrganisation" />
          </FoldedForm>
        </Card>
      )}

      <Section id="units" title={t("organisation.units")}>
        <ul className="stack">
          {data.units.map((unit) => (
            <li key={unit.id} className="row-actions">
              <UnitForm unit={unit} />
              <RemoveButton intent="deleteUnit" values={{ unitId: unit.id }} name={unit.name} />
            </li>
          ))}
        </ul>
        <UnitForm />
      </Section>

      <Section id="levels" title={t("organisation.levels")}>
        <Paragraph>{t("organisation.levelsHelp", { kind: data.organisation.kind })}</Paragraph>
        <ol className="stack">
          {data.levels.map((level, i) => (
            <li key={level.id}>
              <Card className="stack">
                <div className="row-actions">
                  <strong>{level.name}</strong>
                  {level.isFirstLine && <Tag data-color="info">{t("organisation.firstLine")}</Tag>}
                  {i > 0 && (
                    <IntentButton
                      intent="moveLevel"
                      values={{ levelId: level.id, direction: "up" }}
                      aria-label={t("organisation.moveUpNamed", { name: level.name })}
                    >
                      {t("organisation.moveUp")}
                    </IntentButton>
                  )}
                  {i < data.levels.length - 1 && (
                    <IntentButton
                      intent="moveLevel"
                      values={{ levelId: level.id, direction: "down" }}
                      aria-label={t("organisation.moveDownNamed", { name: level.name })}
                    >
                      {t("organisation.moveDown")}
                    </IntentButton>
                  )}
                  <RemoveButton intent="deleteLevel" values={{ levelId: level.id }} name={level.name} />
                </div>
                <LevelForm level={level} />
              </Card>
            </li>
          ))}
        </ol>
        <LevelForm />
      </Section>

      <Section id="strategy" title={t("organisation.strategy")}>
        <Paragraph>{t("organisation.strategyHelp")}</Paragraph>
        <Paragraph>
          <Link href="/organisation/strategy">{t("directorate.strategy.adoptLink")}</Link>
        </Paragraph>
        <StrategyForm title={data.strategy?.title ?? ""} />
        {data.focusAreas.map((area) => (
          <Card key={area.id} className="stack">
            <Heading level={3} data-size="xs">
              {area.title}
            </Heading>
            <Paragraph>{area.goal}</Paragraph>
            {area.national ? (
              // Adopted from the national strategy: the directorate's text, not the organisation's to change.
              <Paragraph className="muted">{t("directorate.strategy.adoptedArea")}</Paragraph>
            ) : (
              <>
                <FoldedForm formId={`focus-${area.id}`} summary={t("programs.editNamed", { name: area.title })}>
                  <FocusAreaForm area={area} />
                </FoldedForm>
                <RemoveButton intent="deleteFocusArea" values={{ focusAreaId: area.id }} name={area.title} />
              </>
            )}
          </Card>
        ))}
        <Heading level={3} data-size="xs">
          {t("organisation.addFocusArea")}
        </Heading>
        <FocusAreaForm />
      </Section>
    </div>
  );
}
