import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { ActionNotice, IntentButton, IntentForm, useIntentForm } from "../components/intent-form";
import { PersonFields, personLabels, personSchema } from "../components/person-form";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { attempt, backTo, conflict, parseForm, readIntent, unknownIntent, unlessRefused } from "../server/forms.server";
import { hasRole, parseId, requireRole } from "../server/guards.server";
import { endSessionsOf, invitePeople, signInStatuses } from "../server/identity.server";
import { orgLevels, orgUnits } from "../server/organisation.server";
import { assignableRoles, managedPerson, personHistory, setActive, updatePerson } from "../server/people.server";
import { DataTable, Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.edit");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const person = managedPerson(user, parseId(params.personId));
  const history = personHistory(person.id);
  return {
    person: {
      id: person.id,
      name: person.name,
      deactivatedAt: person.deactivatedAt,
      signIn: signInStatuses([person.id]).get(person.id) ?? { state: "none" as const },
    },
    values: {
      name: person.name,
      email: person.email,
      preferredLanguage: person.preferredLanguage,
      unitId: person.unitId ? String(person.unitId) : "",
      leaderLevelId: person.leaderLevelId ? String(person.leaderLevelId) : "",
      roles: history.roles,
    },
    otherRoles: history.roles.filter((r) => !assignableRoles(user).includes(r)),
    history,
    units: orgUnits(person.organisationId),
    levels: orgLevels(person.organisationId),
    assignable: assignableRoles(user),
    isSelf: person.id === user.id,
    canEndSessions: hasRole(user, "admin"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const person = managedPerson(user, parseId(params.personId));
  const posted = await readIntent(request);
  if (posted.intent === "update") {
    const parsed = parseForm(posted, personSchema);
    if (!parsed.ok) return parsed.reply;
    const outcome = attempt(() => updatePerson(person.organisationId, person.id, parsed.value, assignableRoles(user), user.id));
    if (!outcome.ok) return parsed.refuse(outcome.violation);
  } else if (posted.intent === "deactivate" || posted.intent === "reactivate") {
    return unlessRefused(
      () => setActive(person.organisationId, person.id, posted.intent === "reactivate", user.id),
      () => backTo(request),
    );
  } else if (posted.intent === "invite") {
    if (person.deactivatedAt) return conflict("identity.people.cannotInviteInactive");
    invitePeople(person.organisationId, [person.id], user.id);
  } else if (posted.intent === "endSessions" && hasRole(user, "admin")) {
    endSessionsOf(person.organisationId, person.id, user.id);
  } else throw unknownIntent();
  return backTo(request);
}

export default function EditPerson() {
  const data = useLoaderData<typeof loader>();
  const { person, history } = data;
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useIntentForm("person", personSchema, data.values);
  return (
    <div className="stack">
      <ActionNotice />
      <div className="section-head">
        <Heading level={1} data-size="lg">
          {person.name} {person.deactivatedAt && <Tag data-color="neutral">{t("people.deactivated")}</Tag>}
        </Heading>
        <Link asChild>
          <RemixLink to="/people">{t("people.back")}</RemixLink>
        </Link>
      </div>
      {person.deactivatedAt && (
        <Alert data-color="info">{t("people.deactivatedSince", { date: formatDate(person.deactivatedAt, locale) })}</Alert>
      )}
      <IntentForm form={form} intent="update" labels={personLabels(t)}>
        <PersonFields fields={fields} units={data.units} levels={data.levels} assignable={data.assignable} />
        {data.otherRoles.length > 0 && (
          <Paragraph className="muted">
            {t("people.otherRoles", { roles: data.otherRoles.map((r) => t(`role.${r}`)).join(", ") })}
          </Paragraph>
        )}
        <Button type="submit">{t("form.save")}</Button>
      </IntentForm>

      <Section id="active" title={t("people.access")}>
        <Paragraph>
          {person.signIn.state === "activated"
            ? t("people.hasSignIn")
            : person.signIn.state === "invited"
              ? t("identity.people.invitedUntil", { date: formatDate(person.signIn.until, locale) })
              : t("people.noSignIn")}
        </Paragraph>
        {person.signIn.state !== "activated" && !person.deactivatedAt && (
          <>
            <Paragraph className="muted">{t("identity.people.inviteHelp")}</Paragraph>
            <IntentButton intent="invite" variant="secondary">
              {person.signIn.state === "invited" ? t("identity.people.reinvite") : t("identity.people.invite")}
            </IntentButton>
          </>
        )}
        {data.canEndSessions && !data.isSelf && (
          <IntentButton intent="endSessions" variant="secondary">
            {t("identity.people.endSessions")}
          </IntentButton>
        )}
        {person.deactivatedAt ? (
          <IntentButton intent="reactivate" variant="secondary">
            {t("people.reactivate")}
          </IntentButton>
        ) : (
          !data.isSelf && (
            <>
              <Paragraph className="muted">{t("people.deactivateHelp")}</Paragraph>
              <IntentButton intent="deactivate" variant="secondary" color="danger">
                {t("people.deactivate")}
              </IntentButton>
            </>
          )
        )}
      </Section>

      <Section id="cohort-history" title={t("people.cohortHistory")}>
        {history.memberships.length === 0 ? (
          <Paragraph className="muted">{t("people.noCohorts")}</Paragraph>
        ) : (
          <ul>
            {history.memberships.map((m) => (
              <li key={m.id}>
                {m.program}: {m.cohort} — {formatDate(m.joinedAt, locale)}–{m.leftAt ? formatDate(m.leftAt, locale) : t("people.now")}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {history.invitations.length > 0 && (
        <Section id="invitations" title={t("people.invitations")}>
          <DataTable columns={[t("people.gathering"), t("people.cohort"), t("people.rsvp"), t("people.attendance")]} size="sm">
            {history.invitations.map((i) => (
              <Table.Row key={i.id}>
                <Table.Cell>
                  {i.gathering}
                  <br />
                  <span className="muted">{formatDate(i.startsAt, locale)}</span>
                </Table.Cell>
                <Table.Cell>{[i.cohort, i.level].filter(Boolean).join(", ") || "–"}</Table.Cell>
                <Table.Cell>{t(`people.rsvp.${i.rsvp}`)}</Table.Cell>
                <Table.Cell>{i.attendance ? t(`people.attendance.${i.attendance}`) : "–"}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </Section>
      )}
    </div>
  );
}
