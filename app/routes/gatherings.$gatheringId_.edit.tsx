import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GatheringForm } from "../components/gathering-form";
import { gatheringFormDefaults } from "../domain/gathering-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { checkGatheringForm } from "../server/gathering-form.server";
import { requireGathering } from "../server/gathering-access.server";
import { updateGathering } from "../server/gathering-commands.server";
import { gatheringFormOptions, gatheringInputOf } from "../server/gathering-queries.server";
import { clock } from "../server/clock.server";
import { redirectWithFlash } from "../server/flash.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "gatherings.edit", undefined, { subject: data?.gathering.title, programme: data?.programTitle });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { gathering, program } = await requireGathering(request, params.gatheringId, "manage");
  return {
    gathering: { id: gathering.id, title: gathering.title, status: gathering.status },
    programTitle: program.title,
    options: gatheringFormOptions(program.organisationId, program.id),
    defaults: gatheringFormDefaults(gatheringInputOf(gathering)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering, program } = await requireGathering(request, params.gatheringId, "manage");
  // The page shows why; nothing is saved.
  if (gathering.status === "cancelled") return data({ result: undefined, warnings: [], warningsKey: "" }, { status: 400 });
  const checked = checkGatheringForm(await request.formData(), program, gathering.id);
  if (!checked.ok) return data(checked.body, { status: checked.status });
  updateGathering(gathering, checked.input, user, clock.now());
  return redirectWithFlash(`/gatherings/${gathering.id}`, { key: "gatherings.saved" });
}

export default function EditGathering() {
  const { gathering, options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <section aria-labelledby="edit-gathering" className="stack">
      <Paragraph>
        <Link href={`/gatherings/${gathering.id}`}>← {gathering.title}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg" id="edit-gathering">
        {t("gatherings.edit")}
      </Heading>
      {gathering.status === "cancelled" ? (
        <Alert data-color="info">{t("gatherings.notEditable")}</Alert>
      ) : (
        <>
          {gathering.status === "confirmed" && <Alert data-color="info">{t("gatherings.editNotice")}</Alert>}
          <GatheringForm reply={actionData} defaults={defaults} options={options} />
        </>
      )}
    </section>
  );
}
