import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { materialPhases } from "../../db/schema";
import { TextField } from "../components/form";
import { IntentForm, useIntentForm, type FormReply } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { RadioGroupField } from "../components/radio-group";
import { MaterialList } from "../components/materials";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, parseForm, postedId, unknownIntent } from "../server/forms.server";
import { requireGathering } from "../server/gathering-access.server";
import { addMaterial, allowedExtensions, listMaterials, maxMaterialBytes, removeMaterial } from "../server/materials.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "participantPages.materials.manageTitle", undefined, {
    subject: data?.gathering.title,
    programme: data?.programTitle,
  });

/** The coordinator and the gathering's facilitators attach and remove its materials. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, gathering, program } = await requireGathering(request, params.gatheringId, "rollCall");
  return {
    gathering: { id: gathering.id, title: gathering.title },
    programTitle: program.title,
    materials: listMaterials(gathering, user),
    accept: allowedExtensions.map((e) => `.${e}`).join(","),
  };
}

const phase = z.enum(materialPhases, "participantPages.materials.phaseRequired");
const fileSchema = z.object({
  phase,
  title: z.string().trim().max(200, "form.tooLong").optional(),
  file: z.custom<File>((v) => v instanceof Blob && v.size > 0, "participantPages.materials.fileRequired"),
});
const linkSchema = z.object({
  phase,
  title: z
    .string({ error: "participantPages.materials.titleRequired" })
    .trim()
    .min(1, "participantPages.materials.titleRequired")
    .max(200, "form.tooLong"),
  url: z
    .string({ error: "participantPages.materials.urlInvalid" })
    .trim()
    .max(2000, "form.tooLong")
    .regex(/^https?:\/\/[^\s/]\S*$/i, "participantPages.materials.urlInvalid"),
});

const fileRefused = (message: string) =>
  data<FormReply>({ formId: "material-file", result: { status: "error", error: { file: [message] } } }, { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, gathering } = await requireGathering(request, params.gatheringId, "rollCall");
  let formData: FormData;
  if (request.headers.get("Content-Type")?.toLowerCase().startsWith("multipart/form-data")) {
    try {
      formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: maxMaterialBytes }));
    } catch (error) {
      // Too large, or a body no browser sends: either way a message at the file field, never a 500.
      return fileRefused(
        error instanceof MaxPartSizeExceededError ? "participantPages.materials.fileSize" : "participantPages.materials.fileType",
      );
    }
  } else {
    formData = await request.formData();
  }
  const text = (name: string) => String(formData.get(name) ?? "").slice(0, 100);
  const posted = { formData, formId: text("formId") };
  switch (text("intent")) {
    case "file": {
      const parsed = parseForm(posted, fileSchema);
      if (!parsed.ok) return parsed.reply;
      const { phase, title, file } = parsed.value;
      const bytes = new Uint8Array(await file.arrayBuffer());
      return parsed.run(
        () => addMaterial(gathering, user, { phase, title: title ?? "", file: { name: file.name, bytes } }),
        () => backTo(request),
      );
    }
    case "link": {
      const parsed = parseForm(posted, linkSchema);
      if (!parsed.ok) return parsed.reply;
      return parsed.run(
        (value) => addMaterial(gathering, user, value),
        () => backTo(request),
      );
    }
    case "remove":
      removeMaterial(gathering, user, postedId(posted, "materialId"));
      return backTo(request);
    default:
      throw unknownIntent();
  }
}

export default function GatheringMaterials() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Paragraph>
        <Link href={`/gatherings/${d.gathering.id}`}>← {d.gathering.title}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("participantPages.materials.manageTitle")}
      </Heading>
      <MaterialList
        materials={d.materials}
        action={(m) => (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="materialId" value={m.id} />
            <Button type="submit" variant="tertiary" data-size="sm">
              {t("participantPages.materials.remove", { title: m.title })}
            </Button>
          </Form>
        )}
      />
      <FileForm accept={d.accept} />
      <LinkForm />
    </div>
  );
}

function PhaseField({ meta }: { meta: Parameters<typeof RadioGroupField>[0]["meta"] }) {
  const t = useT();
  return (
    <RadioGroupField
      meta={meta}
      legend={t("participantPages.materials.phase")}
      options={materialPhases.map((p) => ({ value: p, label: t(`participantPages.materials.phase.${p}`) }))}
    />
  );
}

function FileForm({ accept }: { accept: string }) {
  const t = useT();
  const [form, fields] = useIntentForm("material-file", fileSchema, { phase: "before" });
  const help = t("participantPages.materials.fileHelp");
  return (
    <Section id="add-file" title={t("participantPages.materials.addFile")}>
      <IntentForm
        form={form}
        intent="file"
        encType="multipart/form-data"
        className="stack narrow"
        labels={{ file: t("participantPages.materials.file"), title: t("participantPages.materials.fileTitle") }}
      >
        <TextField type="file" meta={fields.file} label={t("participantPages.materials.file")} description={help} accept={accept} />
        <TextField
          meta={fields.title}
          label={t("participantPages.materials.fileTitle")}
          description={t("participantPages.materials.fileTitleHelp")}
        />
        <PhaseField meta={fields.phase} />
        <div>
          <Button type="submit">{t("participantPages.materials.upload")}</Button>
        </div>
      </IntentForm>
    </Section>
  );
}

function LinkForm() {
  const t = useT();
  const [form, fields] = useIntentForm("material-link", linkSchema, { phase: "before" });
  return (
    <Section id="add-link" title={t("participantPages.materials.addLink")}>
      <IntentForm
        form={form}
        intent="link"
        className="stack narrow"
        labels={{ title: t("participantPages.materials.linkTitle"), url: t("participantPages.materials.url") }}
      >
        <TextField meta={fields.title} label={t("participantPages.materials.linkTitle")} />
        <TextField meta={fields.url} label={t("participantPages.materials.url")} type="url" />
        <PhaseField meta={fields.phase} />
        <div>
          <Button type="submit">{t("participantPages.materials.saveLink")}</Button>
        </div>
      </IntentForm>
    </Section>
  );
}
