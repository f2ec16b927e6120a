import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { TextField } from "../components/form";
import { ActionNotice, IntentButton, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, conflict, parseForm, postedChoice, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import {
  addCollaborator,
  addPartner,
  programOverview,
  removeCollaborator,
  removePartner,
  stateNoCollaborators,
} from "../server/programs.server";
import { optionalText, requiredText } from "../components/schemas";
import { Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.partnersAndCollaborators");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  const { partners, collaborators } = programOverview(program);
  return { partners, collaborators, noCollaborators: program.noCollaborators };
}

const name = requiredText("programs.nameRequired");
const partnerSchema = z.object({ name, role: optionalText(500) });
const collaboratorSchema = z.object({ name, description: optionalText(1000) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  switch (posted.intent) {
    case "addPartner": {
      const parsed = parseForm(posted, partnerSchema);
      if (!parsed.ok) return parsed.reply;
      addPartner(program.id, parsed.value);
      break;
    }
    case "removePartner":
      if (!removePartner(program.id, postedId(posted, "partnerId"))) return conflict("programs.partnerInUse");
      break;
    case "addCollaborator": {
      const parsed = parseForm(posted, collaboratorSchema);
      if (!parsed.ok) return parsed.reply;
      addCollaborator(program.id, parsed.value);
      break;
    }
    case "removeCollaborator":
      removeCollaborator(program.id, postedId(posted, "collaboratorId"));
      break;
    case "noCollaborators":
      stateNoCollaborators(program.id, postedChoice(posted, "none", ["true", "false"]) === "true");
      break;
    default:
      throw unknownIntent();
  }
  return backTo(request);
}

export default function ProgramPartners() {
  const { partners, collaborators, noCollaborators } = useLoaderData<typeof loader>();
  const t = useT();
  const [partnerForm, partnerFields] = useIntentForm("partner", partnerSchema);
  const [collaboratorForm, collaboratorFields] = useIntentForm("collaborator", collaboratorSchema);
  return (
    <div className="stack">
      <ActionNotice />
      <Section id="partners" title={t("programs.externalPartners")}>
        <Paragraph>{t("programs.partnersHelp")}</Paragraph>
        {partners.length > 0 && (
          <ul>
            {partners.map((p) => (
              <li key={p.id} className="row-actions">
                <span>
                  {p.name} {p.role && <span className="muted">— {p.role}</span>}
                </span>
                <RemoveButton intent="removePartner" values={{ partnerId: p.id }} name={p.name} />
              </li>
            ))}
          </ul>
        )}
        <IntentForm
          form={partnerForm}
          intent="addPartner"
          className="stack narrow"
          labels={{ name: t("programs.partnerName"), role: t("programs.partnerRole") }}
        >
          <TextField meta={partnerFields.name} label={t("programs.partnerName")} />
          <TextField meta={partnerFields.role} label={t("programs.partnerRole")} />
          <Button type="submit" variant="secondary">
            {t("programs.addPartner")}
          </Button>
        </IntentForm>
      </Section>

      <Section id="collaborators" title={t("programs.collaborators")}>
        <Paragraph>{t("programs.collaboratorsHelp")}</Paragraph>
        {collaborators.length > 0 ? (
          <ul>
            {collaborators.map((c) => (
              <li key={c.id} className="row-actions">
                <span>
                  {c.name} {c.description && <span className="muted">— {c.description}</span>}
                </span>
                <RemoveButton intent="removeCollaborator" values={{ collaboratorId: c.id }} name={c.name} />
              </li>
            ))}
          </ul>
        ) : noCollaborators ? (
          <div className="row-actions">
            <Paragraph>{t("programs.noneStated")}</Paragraph>
            <IntentButton intent="noCollaborators" values={{ none: "false" }}>
              {t("programs.withdrawNone")}
            </IntentButton>
          </div>
        ) : (
          <div className="row-actions">
            <Paragraph className="muted">{t("programs.notStated")}</Paragraph>
            <IntentButton intent="noCollaborators" values={{ none: "true" }} variant="secondary">
              {t("programs.stateNone")}
            </IntentButton>
          </div>
        )}
        <IntentForm
          form={collaboratorForm}
          intent="addCollaborator"
          className="stack narrow"
          labels={{ name: t("programs.collaboratorName"), description: t("programs.collaboratorDescription") }}
        >
          <TextField meta={collaboratorFields.name} label={t("programs.collaboratorName")} />
          <TextField meta={collaboratorFields.description} label={t("programs.collaboratorDescription")} />
          <Button type="submit" variant="secondary">
            {t("programs.addCollaborator")}
          </Button>
        </IntentForm>
      </Section>
    </div>
  );
}
