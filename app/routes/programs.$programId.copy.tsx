import { Button, Paragraph } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { TextField } from "../components/form";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { day, requiredText } from "../components/schemas";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { parseForm, readIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { copyProgramStructure } from "../server/program-copy.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programCopy.title");

const copySchema = z
  .object({ title: requiredText("programs.titleRequired"), periodStart: day, periodEnd: day })
  .refine((v) => v.periodEnd >= v.periodStart, { path: ["periodEnd"], message: "programs.periodEndBeforeStart" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return { title: program.title };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const parsed = parseForm(await readIntent(request), copySchema);
  if (!parsed.ok) return parsed.reply;
  return parsed.run(
    (value) => copyProgramStructure(user.organisationId, program.id, value, user.id),
    (copy) => redirect(`/programs/${copy.id}`),
  );
}

export default function CopyProgram() {
  const { title } = useLoaderData<typeof loader>();
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("program-copy", copySchema, { title });
  return (
    <Section id="program-copy" title={t("programCopy.title")}>
      <Paragraph>{t("programCopy.intro")}</Paragraph>
      <IntentForm
        form={form}
        intent="copy"
        labels={{ title: t("programCopy.newTitle"), periodStart: t("programs.periodStart"), periodEnd: t("programs.periodEnd") }}
      >
        <TextField meta={fields.title} label={t("programCopy.newTitle")} />
        <div className="form-grid">
          <TextField meta={fields.periodStart} label={t("programs.periodStart")} type="date" />
          <TextField meta={fields.periodEnd} label={t("programs.periodEnd")} type="date" />
        </div>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {t("programCopy.submit")}
        </Button>
      </IntentForm>
    </Section>
  );
}
