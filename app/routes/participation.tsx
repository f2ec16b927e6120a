import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { participationModes } from "../../db/schema";
import { RadioGroupField } from "../components/radio-group";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { ModeHistory } from "../components/mode-history";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { formatDateTime } from "../i18n/dates";
import { CheckboxGroupField } from "../components/checkbox-group";
import { backTo, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireRole } from "../server/guards.server";
import { gatheringChoices, myParticipations, setMyGatherings, setMyMode } from "../server/union.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "union.myTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "union_rep");
  const participations = myParticipations(user.id);
  return { participations, choices: gatheringChoices(participations) };
}

const modeSchema = z.object({ mode: z.enum(participationModes, "union.modeRequired") });
// Ids are checked against the programme's choosable gatherings on the server.
const gatheringsSchema = z.object({
  gatheringIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().regex(/^\d{1,15}$/, "form.invalid")).max(500),
  ),
});

/** Only the representative chooses how they take part; someone else's participation is a 404. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "union_rep");
  const posted = await readIntent(request);
  if (posted.intent === "setGatherings") {
    const parsed = parseForm(posted, gatheringsSchema);
    if (!parsed.ok) return parsed.reply;
    setMyGatherings(user.id, postedId(posted, "participationId"), parsed.value.gatheringIds.map(Number));
    return backTo(request);
  }
  if (posted.intent !== "setMode") throw unknownIntent();
  const parsed = parseForm(posted, modeSchema);
  if (!parsed.ok) return parsed.reply;
  setMyMode(user.id, postedId(posted, "participationId"), parsed.value.mode);
  return backTo(request);
}

type Participation = ReturnType<typeof useLoaderData<typeof loader>>["participations"][number];

function ModeForm({ participation }: { participation: Participation }) {
  const t = useT();
  const [form, fields] = useIntentForm(`mode-${participation.id}`, modeSchema, { mode: participation.mode });
  return (
    <IntentForm form={form} intent="setMode" labels={{ mode: t("union.chooseMode") }}>
      <input type="hidden" name="participationId" value={participation.id} />
      <RadioGroupField
        meta={fields.mode}
        legend={t("union.chooseMode")}
        options={participationModes.map((mode) => ({
          value: mode,
          label: t(`participation.${mode}`),
          hint: t(`union.modeHelp.${mode}`),
        }))}
      />
      <Button type="submit">{t("union.saveMode")}</Button>
    </IntentForm>
  );
}

type Choices = ReturnType<typeof useLoaderData<typeof loader>>["choices"][number];

/** The "selected gatherings" mode's pick: upcoming gatherings, planned ones marked as not confirmed. */
function GatheringsForm({ choices }: { choices: Choices }) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm(`gatherings-${choices.participationId}`, gatheringsSchema, {
    gatheringIds: choices.gatherings.filter((g) => g.chosen).map((g) => String(g.id)),
  });
  if (choices.gatherings.length === 0) return <Paragraph>{t("participants.union.noGatherings")}</Paragraph>;
  return (
    <IntentForm form={form} intent="setGatherings" labels={{ gatheringIds: t("participants.union.chooseGatherings") }}>
      <input type="hidden" name="participationId" value={choices.participationId} />
      <CheckboxGroupField
        meta={fields.gatheringIds}
        legend={t("participants.union.chooseGatherings")}
        description={t("participants.union.chooseGatheringsHelp")}
        options={choices.gatherings.map((g) => ({
          value: String(g.id),
          label: `${g.title}, ${formatDateTime(g.startsAt, locale)}${g.status === "planned" ? ` (${t("participants.union.planned")})` : ""}`,
        }))}
      />
      <div>
        <Button type="submit" variant="secondary">
          {t("participants.union.saveGatherings")}
        </Button>
      </div>
    </IntentForm>
  );
}

export default function MyParticipation() {
  const { participations, choices } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("union.myTitle")}
      </Heading>
      <Paragraph>{t("union.myIntro")}</Paragraph>
      {participations.length === 0 && <Paragraph className="muted">{t("home.union.empty")}</Paragraph>}
      {participations.map((p) => (
        <Card key={p.id} className="stack">
          <Heading level={2} data-size="sm">
            {p.programTitle}
          </Heading>
          <Paragraph>
            {p.unionName} {p.isChiefRepresentative && <Tag data-color="info">{t("union.chief")}</Tag>}
          </Paragraph>
          <Paragraph>
            {t("union.current")} <strong>{t(`participation.${p.mode}`)}</strong>
          </Paragraph>
          <ModeForm participation={p} />
          {p.mode === "selected_gatherings" && <GatheringsForm choices={choices.find((c) => c.participationId === p.id)!} />}
          <ModeHistory history={p.history} />
        </Card>
      ))}
    </div>
  );
}
