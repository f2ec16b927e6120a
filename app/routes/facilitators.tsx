import { Button, Card, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { RuleViolation } from "../domain/rule-violation";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { PersonField, SelectField } from "../components/choice-fields";
import { TextField } from "../components/form";
import { ActionNotice, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { choiceId, emailField, optionalText, requiredText } from "../components/schemas";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { deleteFacilitator, listFacilitators, saveFacilitator } from "../server/facilitators.server";
import { attempt, conflict, parseForm, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { requireRole } from "../server/guards.server";
import { peopleChoices, personByEmail } from "../server/programs.server";
import { DataTable, EditLink } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "facilitators.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const list = listFacilitators(user.organisationId);
  const editing = Number(new URL(request.url).searchParams.get("edit"));
  return { ...list, editing: list.facilitators.find((f) => f.id === editing) ?? null, people: peopleChoices(user.organisationId) };
}

const facilitatorId = choiceId.optional();
const affiliation = optionalText(200);
const internalSchema = z.object({ facilitatorId, email: emailField, affiliation });
const externalSchema = z.object({
  facilitatorId,
  name: requiredText("facilitators.nameRequired"),
  affiliation,
  email: emailField.optional(),
  externalPartnerId: choiceId.optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const orgId = user.organisationId;
  const posted = await readIntent(request);
  switch (posted.intent) {
    case "saveInternal": {
      const parsed = parseForm(posted, internalSchema);
      if (!parsed.ok) return parsed.reply;
      const person = personByEmail(orgId, parsed.value.email);
      if (!person) return parsed.refuse(new RuleViolation("programs.personUnknown", 400, "email"));
      const outcome = attempt(() =>
        saveFacilitator(orgId, parsed.value.facilitatorId, {
          kind: "internal",
          personId: person.id,
          affiliation: parsed.value.affiliation,
        }),
      );
      if (!outcome.ok) return parsed.refuse(outcome.violation);
      break;
    }
    case "saveExternal": {
      const parsed = parseForm(posted, externalSchema);
      if (!parsed.ok) return parsed.reply;
      const { facilitatorId: id, ...values } = parsed.value;
      saveFacilitator(orgId, id, { kind: "external", ...values });
      break;
    }
    case "delete":
      if (!deleteFacilitator(orgId, postedId(posted, "facilitatorId"))) return conflict("facilitators.inUse");
      break;
    default:
      throw unknownIntent();
  }
  return redirect("/facilitators");
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Facilitator = Data["facilitators"][number];

function InternalForm({ facilitator, people }: { facilitator?: Facilitator; people: Data["people"] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    `internal-${facilitator?.id ?? "new"}`,
    internalSchema,
    facilitator && { email: facilitator.personEmail ?? "", affiliation: facilitator.affiliation },
  );
  return (
    <IntentForm
      form={form}
      intent="saveInternal"
      labels={{ email: t("programs.personEmail"), affiliation: t("facilitators.affiliationInternal") }}
    >
      {facilitator && <input type="hidden" name="facilitatorId" value={facilitator.id} />}
      <PersonField meta={fields.email} label={t("programs.personEmail")} people={people} />
      <TextField
        meta={fields.affiliation}
        label={t("facilitators.affiliationInternal")}
        description={t("facilitators.affiliationInternalHelp")}
      />
      <div>
        <Button type="submit" variant="secondary">
          {facilitator ? t("form.save") : t("facilitators.addInternal")}
        </Button>
      </div>
    </IntentForm>
  );
}

function ExternalForm({ facilitator, partners }: { facilitator?: Facilitator; partners: Data["partners"] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    `external-${facilitator?.id ?? "new"}`,
    externalSchema,
    facilitator && {
      name: facilitator.name,
      affiliation: facilitator.affiliation,
      email: facilitator.email ?? "",
      externalPartnerId: facilitator.externalPartnerId ? String(facilitator.externalPartnerId) : "",
    },
  );
  return (
    <IntentForm
      form={form}
      intent="saveExternal"
      labels={{
        name: t("facilitators.name"),
        affiliation: t("facilitators.affiliationExternal"),
        email: t("people.email"),
        externalPartnerId: t("facilitators.partner"),
      }}
    >
      {facilitator && <input type="hidden" name="facilitatorId" value={facilitator.id} />}
      <TextField meta={fields.name} label={t("facilitators.name")} />
      <TextField meta={fields.affiliation} label={t("facilitators.affiliationExternal")} />
      <TextField meta={fields.email} label={t("people.email")} type="email" />
      <SelectField
        meta={fields.externalPartnerId}
        label={t("facilitators.partner")}
        description={t("facilitators.partnerHelp")}
        placeholder={t("people.none")}
        options={partners.map((p) => ({ value: String(p.id), label: `${p.name} (${p.program})` }))}
      />
      <div>
        <Button type="submit" variant="secondary">
          {facilitator ? t("form.save") : t("facilitators.addExternal")}
        </Button>
      </div>
    </IntentForm>
  );
}

export default function Facilitators() {
  const { facilitators, partners, people, editing } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("facilitators.title")}
      </Heading>
      <Paragraph>{t("facilitators.intro")}</Paragraph>
      <ActionNotice />
      {facilitators.length === 0 ? (
        <Paragraph className="muted">{t("facilitators.empty")}</Paragraph>
      ) : (
        <DataTable
          columns={[
            t("facilitators.name"),
            t("facilitators.kind"),
            t("facilitators.affiliationExternal"),
            t("facilitators.partner"),
            { label: t("budget.actions"), muted: true },
          ]}
        >
          {facilitators.map((f) => (
            <Table.Row key={f.id}>
              <Table.Cell>
                {f.name}
                <br />
                <span className="muted">{f.personEmail ?? f.email ?? ""}</span>
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={f.kind === "internal" ? "info" : "neutral"}>{t(`facilitators.kind.${f.kind}`)}</Tag>
              </Table.Cell>
              <Table.Cell>{f.affiliation || "–"}</Table.Cell>
              <Table.Cell>{f.partner ?? "–"}</Table.Cell>
              <Table.Cell>
                <div className="row-actions">
                  <EditLink to={`?edit=${f.id}#edit`} name={f.name} />
                  <RemoveButton intent="delete" values={{ facilitatorId: f.id }} name={f.name} />
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {editing && (
        <Card id="edit" className="stack">
          <Heading level={2} data-size="sm">
            {t("programs.editNamed", { name: editing.name })}
          </Heading>
          {editing.kind === "internal" ? (
            <InternalForm key={editing.id} facilitator={editing} people={people} />
          ) : (
            <ExternalForm key={editing.id} facilitator={editing} partners={partners} />
          )}
        </Card>
      )}
      <div className="card-grid">
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {t("facilitators.addInternal")}
          </Heading>
          <InternalForm people={people} />
        </Card>
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {t("facilitators.addExternal")}
          </Heading>
          <ExternalForm partners={partners} />
        </Card>
      </div>
    </div>
  );
}
