import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { participationModes } from "../../db/schema";
import { RadioGroupField } from "../components/radio-group";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { ModeHistory } from "../components/mode-history";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireRole } from "../server/guards.server";
import { myParticipations, setMyMode } from "../server/union.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "union.myTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "union_rep");
  return { participations: myParticipations(user.id) };
}

const modeSchema = z.object({ mode: z.enum(participationModes, "union.modeRequired") });

/** Only the representative chooses how they take part; someone else's participation is a 404. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "union_rep");
  const posted = await readIntent(request);
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
    <IntentForm form={form} intent="setMode">
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

export default function MyParticipation() {
  const { participations } = useLoaderData<typeof loader>();
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
          <ModeHistory history={p.history} />
        </Card>
      ))}
    </div>
  );
}
