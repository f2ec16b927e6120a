import { Heading } from "@digdir/designsystemet-react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GatheringForm } from "../components/gathering-form";
import { gatheringFormDefaults } from "../domain/gathering-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { checkGatheringForm } from "../server/gathering-form.server";
import { createGathering, gatheringFormOptions } from "../server/gatherings.server";
import { requireProgramAccess } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "gatherings.new");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return { options: gatheringFormOptions(program.organisationId, program.id), defaults: gatheringFormDefaults() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const checked = checkGatheringForm(await request.formData(), program, null);
  if (!checked.ok) return data(checked.body, { status: checked.status });
  const id = createGathering(program.id, checked.input, user);
  return redirect(`/gatherings/${id}`);
}

export default function NewGathering() {
  const { options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <section aria-labelledby="new-gathering" className="stack">
      <Heading level={2} data-size="md" id="new-gathering">
        {t("gatherings.new")}
      </Heading>
      <GatheringForm reply={actionData} defaults={defaults} options={options} />
    </section>
  );
}
