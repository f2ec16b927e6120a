import { Button, Card, Heading, Label, Link, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { RuleViolation } from "../domain/rule-violation";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CheckboxGroupField } from "../components/checkbox-group";
import { PersonField } from "../components/choice-fields";
import { CohortFields, cohortLabels, cohortSchema } from "../components/cohort-form";
import { ActionNotice, IntentButton, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { choiceId, emailField } from "../components/schemas";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { addToCohort, cohortDetail, deleteCohort, removeFromCohort, saveCohort } from "../server/cohorts.server";
import { backTo, conflict, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { parseId, requireProgramAccess } from "../server/guards.server";
import { orgLevels } from "../server/organisation.server";
import { peopleChoices, personByEmail } from "../server/programs.server";
import { DataTable, Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tabs.cohorts");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const detail = cohortDetail(user.organisationId, program.id, parseId(params.cohortId));
  return { programId: program.id, ...detail, levels: orgLevels(user.organisationId), people: peopleChoices(user.organisationId) };
}

const addSchema = z
  .object({
    personIds: z.array(choiceId).default([]),
    email: emailField.optional(),
  })
  .refine((v) => v.personIds.length > 0 || v.email, { path: ["personIds"], message: "cohorts.chooseSomeone" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const cohortId = parseId(params.cohortId);
  const posted = await readIntent(request);
  switch (posted.intent) {
    case "update": {
      const parsed = parseForm(posted, cohortSchema);
      if (!parsed.ok) return parsed.reply;
      saveCohort(user.organisationId, program.id, cohortId, parsed.value);
      break;
    }
    case "delete":
      if (!deleteCohort(program.id, cohortId)) return conflict("cohorts.inUse");
      return redirect(`/programs/${program.id}/cohorts`);
    case "addMembers": {
      const parsed = parseForm(posted, addSchema);
      if (!parsed.ok) return parsed.reply;
      const ids = [...parsed.value.personIds];
      if (parsed.value.email) {
        const person = personByEmail(user.organisationId, parsed.value.email);
        if (!person) return parsed.refuse(new RuleViolation("programs.personUnknown", 400, "email"));
        ids.push(person.id);
      }
      if (!addToCohort(user.organisationId, program.id, cohortId, ids, user.id))
        return parsed.refuse(new RuleViolation("cohorts.personInactive", 400, "personIds"));
      break;
    }
    case "move": {
      const moved = addToCohort(user.organisationId, program.id, postedId(posted, "toCohortId"), [postedId(posted, "personId")], user.id);
      if (!moved) return conflict("cohorts.personInactive");
      break;
    }
    case "remove":
      removeFromCohort(program.id, cohortId, postedId(posted, "personId"), user);
      break;
    default:
      throw unknownIntent();
  }
  return backTo(request);
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** Per member: move to another cohort of the programme, keeping what they took part in. */
function MoveForm({ member, cohorts }: { member: Data["members"][number]; cohorts: Data["otherCohorts"] }) {
  const t = useT();
  const id = `move-${member.personId}`;
  return (
    <Form method="post" className="row-actions nowrap">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="personId" value={member.personId} />
      <Label htmlFor={id} className="visually-hidden">
        {t("cohorts.moveNamed", { name: member.name })}
      </Label>
      <Select id={id} name="toCohortId" width="auto" data-size="sm">
        {cohorts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" data-size="sm">
        {t("cohorts.move")}
      </Button>
    </Form>
  );
}

export default function CohortPage() {
  const data = useLoaderData<typeof loader>();
  const { cohort } = data;
  const t = useT();
  const locale = useLocale();
  const [editForm, editFields] = useIntentForm("cohort", cohortSchema, {
    name: cohort.name,
    leaderLevelId: cohort.leaderLevelId ? String(cohort.leaderLevelId) : "",
    rolloutOrder: String(cohort.rolloutOrder),
    startsOn: cohort.startsOn ?? "",
    endsOn: cohort.endsOn ?? "",
  });
  const [addForm, addFields] = useIntentForm("add", addSchema);
  return (
    <div className="stack">
      <ActionNotice />
      <div className="section-head">
        <Heading level={2} data-size="md">
          {cohort.name}
        </Heading>
        <Link asChild>
          <RemixLink to={`/programs/${data.programId}/cohorts`}>{t("cohorts.all")}</RemixLink>
        </Link>
      </div>

      <Section id="members" title={t("cohorts.membersNow", { count: data.members.length })} level={3}>
        <Paragraph className="muted">{t("cohorts.moveHelp")}</Paragraph>
        {data.members.length > 0 && (
          <DataTable
            columns={[
              t("people.name"),
              t("people.level"),
              t("people.unit"),
              t("cohorts.joined"),
              { label: t("budget.actions"), muted: true },
            ]}
          >
            {data.members.map((m) => (
              <Table.Row key={m.membershipId}>
                <Table.Cell>
                  {m.name}
                  <br />
                  <span className="muted">{m.email}</span>
                </Table.Cell>
                <Table.Cell>{m.level ?? "–"}</Table.Cell>
                <Table.Cell>{m.unit ?? "–"}</Table.Cell>
                <Table.Cell>{formatDate(m.joinedAt, locale)}</Table.Cell>
                <Table.Cell>
                  <div className="row-actions">
                    {data.otherCohorts.length > 0 && <MoveForm member={m} cohorts={data.otherCohorts} />}
                    <RemoveButton intent="remove" values={{ personId: m.personId }} name={m.name} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </Section>

      <Card className="stack">
        <Heading level={3} data-size="sm">
          {t("cohorts.addMembers")}
        </Heading>
        <Paragraph className="muted">{t("cohorts.addHelp")}</Paragraph>
        <IntentForm form={addForm} intent="addMembers" labels={{ personIds: t("cohorts.candidates"), email: t("cohorts.addByEmail") }}>
          {data.candidates.length > 0 && (
            <CheckboxGroupField
              meta={addFields.personIds}
              legend={t("cohorts.candidates")}
              options={data.candidates.map((c) => ({ value: String(c.id), label: c.level ? `${c.name} (${c.level})` : c.name }))}
            />
          )}
          <div className="narrow">
            <PersonField meta={addFields.email} label={t("cohorts.addByEmail")} people={data.people} />
          </div>
          <Button type="submit">{t("cohorts.add")}</Button>
        </IntentForm>
      </Card>

      {data.formerMembers.length > 0 && (
        <Section id="former" title={t("cohorts.formerMembers")} level={3}>
          <ul>
            {data.formerMembers.map((m) => (
              <li key={m.membershipId}>
                {m.name} — {formatDate(m.joinedAt, locale)}–{m.leftAt ? formatDate(m.leftAt, locale) : ""}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="edit-cohort" title={t("cohorts.edit")} level={3}>
        <IntentForm form={editForm} intent="update" labels={cohortLabels(t)}>
          <CohortFields fields={editFields} levels={data.levels} />
          <Button type="submit" variant="secondary">
            {t("form.save")}
          </Button>
        </IntentForm>
        <IntentButton intent="delete" color="danger">
          {t("cohorts.delete")}
        </IntentButton>
      </Section>
    </div>
  );
}
