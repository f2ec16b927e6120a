import { Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CheckboxGroupField } from "../components/checkbox-group";
import { TextAreaField, TextField } from "../components/form";
import { IntentButton, IntentForm, useIntentForm } from "../components/intent-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { orgFocusAreas } from "../server/organisation.server";
import { deleteGoal, programOverview, saveGoal } from "../server/programs.server";
import { choiceId, optionalText, requiredText } from "../components/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.goals");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  return {
    goals: programOverview(program).goals,
    focusAreas: orgFocusAreas(user.organisationId).map((f) => ({ value: String(f.id), label: f.title })),
  };
}

const goalSchema = z.object({
  goalId: choiceId.optional(),
  title: requiredText("programs.goalTitleRequired", 300),
  description: optionalText(2000),
  focusAreaIds: z.array(choiceId).min(1, "programs.goalNeedsFocusArea"),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  if (posted.intent === "deleteGoal") {
    deleteGoal(program.id, postedId(posted, "goalId"));
    return backTo(request);
  }
  if (posted.intent !== "saveGoal") throw unknownIntent();
  const parsed = parseForm(posted, goalSchema);
  if (!parsed.ok) return parsed.reply;
  const { goalId, ...values } = parsed.value;
  saveGoal(user.organisationId, program.id, goalId, values);
  return backTo(request);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function GoalForm({ goal, focusAreas }: { goal?: Loaded["goals"][number]; focusAreas: Loaded["focusAreas"] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    `goal-${goal?.id ?? "new"}`,
    goalSchema,
    goal && { title: goal.title, description: goal.description, focusAreaIds: goal.focusAreas.map((f) => String(f.id)) },
  );
  return (
    <IntentForm
      form={form}
      intent="saveGoal"
      labels={{ title: t("programs.goalTitle"), description: t("programs.goalDescription"), focusAreaIds: t("programs.focusAreas") }}
    >
      {goal && <input type="hidden" name="goalId" value={goal.id} />}
      <TextField meta={fields.title} label={t("programs.goalTitle")} />
      <TextAreaField meta={fields.description} label={t("programs.goalDescription")} rows={2} />
      <CheckboxGroupField
        meta={fields.focusAreaIds}
        legend={t("programs.focusAreas")}
        description={t("programs.focusAreasHelp")}
        options={focusAreas}
      />
      <Button type="submit" variant={goal ? "secondary" : "primary"}>
        {goal ? t("form.save") : t("programs.addGoal")}
      </Button>
    </IntentForm>
  );
}

export default function ProgramGoals() {
  const { goals, focusAreas } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("programs.goals")}
      </Heading>
      {focusAreas.length === 0 ? (
        <Paragraph>
          {t("programs.noFocusAreas")}{" "}
          <Link asChild>
            <RemixLink to="/organisation">{t("organisation.title")}</RemixLink>
          </Link>
        </Paragraph>
      ) : (
        <>
          {goals.map((goal) => (
            <Card key={goal.id} className="stack">
              <GoalForm goal={goal} focusAreas={focusAreas} />
              <IntentButton intent="deleteGoal" values={{ goalId: goal.id }} color="danger">
                {t("programs.deleteGoal")}
              </IntentButton>
            </Card>
          ))}
          <Heading level={3} data-size="sm">
            {t("programs.addGoal")}
          </Heading>
          <GoalForm focusAreas={focusAreas} />
        </>
      )}
    </div>
  );
}
