import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { RuleViolation } from "../domain/rule-violation";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { memberGroups } from "../../db/schema";
import { PersonField } from "../components/choice-fields";
import { RadioGroupField } from "../components/radio-group";
import { IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { emailField } from "../components/schemas";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, parseForm, postedChoice, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { addMember, peopleChoices, personByEmail, programOverview, removeMember } from "../server/programs.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programs.members");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const { secretariat, workingGroup } = programOverview(program);
  return { secretariat, workingGroup, people: peopleChoices(user.organisationId) };
}

const addSchema = z.object({
  email: emailField,
  group: z.enum(memberGroups, "programs.groupRequired"),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  if (posted.intent === "removeMember") {
    removeMember(program.id, postedId(posted, "personId"), postedChoice(posted, "group", memberGroups));
    return backTo(request);
  }
  if (posted.intent !== "addMember") throw unknownIntent();
  const parsed = parseForm(posted, addSchema);
  if (!parsed.ok) return parsed.reply;
  const person = personByEmail(user.organisationId, parsed.value.email);
  if (!person) return parsed.refuse(new RuleViolation("programs.personUnknown", 400, "email"));
  addMember(user.organisationId, program.id, person.id, parsed.value.group);
  return backTo(request);
}

function Group({ title, group, people }: { title: string; group: string; people: { personId: number; name: string; email: string }[] }) {
  const t = useT();
  return (
    <section className="stack" aria-label={title}>
      <Heading level={3} data-size="sm">
        {title}
      </Heading>
      {people.length === 0 ? (
        <Paragraph className="muted">{t("programs.nobody")}</Paragraph>
      ) : (
        <ul>
          {people.map((p) => (
            <li key={p.personId} className="row-actions">
              <span>
                {p.name} <span className="muted">({p.email})</span>
              </span>
              <RemoveButton intent="removeMember" values={{ personId: p.personId, group }} name={p.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function ProgramMembers() {
  const { secretariat, workingGroup, people } = useLoaderData<typeof loader>();
  const t = useT();
  const [form, fields] = useIntentForm("member", addSchema);
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("programs.members")}
      </Heading>
      <Paragraph>{t("programs.membersHelp")}</Paragraph>
      <Group title={t("programs.secretariat")} group="secretariat" people={secretariat} />
      <Group title={t("programs.workingGroup")} group="working_group" people={workingGroup} />
      <Heading level={3} data-size="sm">
        {t("programs.addMember")}
      </Heading>
      <IntentForm
        form={form}
        intent="addMember"
        className="stack narrow"
        labels={{ email: t("programs.personEmail"), group: t("programs.group") }}
      >
        <PersonField meta={fields.email} label={t("programs.personEmail")} people={people} />
        <RadioGroupField
          meta={fields.group}
          legend={t("programs.group")}
          options={[
            { value: "secretariat", label: t("programs.secretariat") },
            { value: "working_group", label: t("programs.workingGroup") },
          ]}
        />
        <Button type="submit">{t("programs.addMember")}</Button>
      </IntentForm>
    </div>
  );
}
