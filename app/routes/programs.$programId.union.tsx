import { Button, Card, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { RuleViolation } from "../domain/rule-violation";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CheckboxField, PersonField } from "../components/choice-fields";
import { TextField } from "../components/form";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { ModeHistory } from "../components/mode-history";
import { emailField, requiredText } from "../components/schemas";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { attempt, backTo, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { hasRole, requireProgramAccess } from "../server/guards.server";
import { peopleChoices, personByEmail } from "../server/programs.server";
import { addRepresentative, programRepresentatives, updateRepresentative } from "../server/union.server";
import { DataTable, Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tabs.union");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const canManage = hasRole(user, "coordinator");
  return {
    representatives: programRepresentatives(program.id),
    canManage,
    people: canManage ? peopleChoices(user.organisationId) : [],
  };
}

const repFields = {
  unionName: requiredText("union.unionRequired"),
  isChiefRepresentative: z.boolean().default(false),
};
const addSchema = z.object({ email: emailField, ...repFields });
const updateSchema = z.object(repFields);

/** The coordinator registers representatives and corrects their union; the mode is the representative's own choice. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  if (posted.intent === "addRepresentative") {
    const parsed = parseForm(posted, addSchema);
    if (!parsed.ok) return parsed.reply;
    const { email, ...values } = parsed.value;
    const person = personByEmail(user.organisationId, email);
    if (!person) return parsed.refuse(new RuleViolation("programs.personUnknown", 400, "email"));
    const outcome = attempt(() => addRepresentative(user.organisationId, program.id, { personId: person.id, ...values }, user.id));
    if (!outcome.ok) return parsed.refuse(outcome.violation);
  } else if (posted.intent === "updateRepresentative") {
    const parsed = parseForm(posted, updateSchema);
    if (!parsed.ok) return parsed.reply;
    updateRepresentative(program.id, postedId(posted, "participationId"), parsed.value);
  } else throw unknownIntent();
  return backTo(request);
}

type Rep = ReturnType<typeof useLoaderData<typeof loader>>["representatives"][number];

function EditRepresentative({ rep }: { rep: Rep }) {
  const t = useT();
  const [form, fields] = useIntentForm(`rep-${rep.id}`, updateSchema, {
    unionName: rep.unionName,
    isChiefRepresentative: rep.isChiefRepresentative ? "on" : "",
  });
  return (
    <IntentForm
      form={form}
      intent="updateRepresentative"
      aria-label={t("programs.editNamed", { name: rep.name })}
      labels={{ unionName: t("union.unionName"), isChiefRepresentative: t("union.chief") }}
    >
      <input type="hidden" name="participationId" value={rep.id} />
      <TextField meta={fields.unionName} label={t("union.unionName")} />
      <CheckboxField meta={fields.isChiefRepresentative} label={t("union.chief")} />
      <Button type="submit" variant="secondary" data-size="sm">
        {t("form.save")}
      </Button>
    </IntentForm>
  );
}

export default function UnionRepresentatives() {
  const { representatives, canManage, people } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm("add", addSchema);
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("tabs.union")}
      </Heading>
      <Paragraph>{t("union.modeIsTheirs")}</Paragraph>
      <Paragraph>
        <Link to="involvement">{t("direction.involvementTitle")}</Link>
      </Paragraph>
      {representatives.length === 0 ? (
        <Paragraph className="muted">{t("union.empty")}</Paragraph>
      ) : (
        <DataTable columns={[t("people.name"), t("union.unionName"), t("union.mode"), t("union.since")]}>
          {representatives.map((rep) => (
            <Table.Row key={rep.id}>
              <Table.Cell>
                {rep.name} {rep.isChiefRepresentative && <Tag data-color="info">{t("union.chief")}</Tag>}
              </Table.Cell>
              <Table.Cell>{rep.unionName}</Table.Cell>
              <Table.Cell>
                {t(`participation.${rep.mode}`)}
                <ModeHistory history={rep.history} />
              </Table.Cell>
              <Table.Cell>{formatDate(rep.updatedAt, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {canManage && (
        <>
          {representatives.length > 0 && (
            <Section id="edit-reps" title={t("union.editTitle")} level={3}>
              <div className="card-grid">
                {representatives.map((rep) => (
                  <Card key={rep.id} className="stack">
                    <Heading level={4} data-size="2xs">
                      {rep.name}
                    </Heading>
                    <EditRepresentative rep={rep} />
                  </Card>
                ))}
              </div>
            </Section>
          )}
          <Section id="add-rep" title={t("union.add")} level={3}>
            <IntentForm
              form={form}
              intent="addRepresentative"
              className="stack narrow"
              labels={{ email: t("programs.personEmail"), unionName: t("union.unionName"), isChiefRepresentative: t("union.chief") }}
            >
              <PersonField meta={fields.email} label={t("programs.personEmail")} people={people} />
              <TextField meta={fields.unionName} label={t("union.unionName")} />
              <CheckboxField meta={fields.isChiefRepresentative} label={t("union.chief")} />
              <Button type="submit">{t("union.add")}</Button>
            </IntentForm>
          </Section>
        </>
      )}
    </div>
  );
}
