import { Alert } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GatheringForm } from "../components/gathering-form";
import { Section } from "../components/page-parts";
import { copyGatheringDefaults, gatheringFormDefaults } from "../domain/gathering-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { checkGatheringForm } from "../server/gathering-form.server";
import { createGathering } from "../server/gathering-commands.server";
import { gatheringFormOptions, gatheringToCopy } from "../server/gathering-queries.server";
import { parseId, requireProgramAccess } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "gatherings.new");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  // ?copy=<id>&date=<yyyy-mm-dd>: a repeated gathering starts as a copy on its new date. It is saved
  // as planned like any new one, so nobody is invited until it is confirmed.
  const query = new URL(request.url).searchParams;
  const copy = query.get("copy");
  const defaults = copy ? copyGatheringDefaults(gatheringToCopy(program.id, parseId(copy)), query.get("date")) : gatheringFormDefaults();
  return { options: gatheringFormOptions(program.organisationId, program.id), defaults, copied: copy !== null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const checked = checkGatheringForm(await request.formData(), program, null);
  if (!checked.ok) return data(checked.body, { status: checked.status });
  const id = createGathering(program.id, checked.input, user);
  return redirect(`/gatherings/${id}`);
}

export default function NewGathering() {
  const { options, defaults, copied } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <Section id="new-gathering" title={t("gatherings.new")}>
      {copied && <Alert data-color="info">{t("everyday.copy.notice")}</Alert>}
      <GatheringForm reply={actionData} defaults={defaults} options={options} />
    </Section>
  );
}
