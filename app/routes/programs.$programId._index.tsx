import { Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { programStatuses } from "../../db/schema";
import { SelectField } from "../components/choice-fields";
import { TextAreaField } from "../components/form";
import { IntentForm, useIntentForm } from "../components/intent-form";
import { EditLink, Section } from "../components/page-parts";
import { formatNok } from "../domain/money";
import { allowedTargets } from "../domain/program-status";
import { formatDate, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { parseForm, readIntent } from "../server/forms.server";
import { hasRole, requireProgramAccess } from "../server/guards.server";
import { changeStatus, programDashboard } from "../server/programs.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tabs.overview");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep", "facilitator");
  const { id, status, periodStart, periodEnd, purpose, mainFocus, noCollaborators } = program;
  return {
    program: { id, status, periodStart, periodEnd, purpose, mainFocus, noCollaborators },
    ...programDashboard(program),
    canEdit: hasRole(user, "coordinator"),
    targets: allowedTargets(program.status),
    // `?open=status`: the status form is drawn when its link opens it (a refused change posts back to that address).
    statusOpen: new URL(request.url).searchParams.get("open") === "status",
  };
}

const statusSchema = z.object({
  to: z.enum(programStatuses, "programs.statusRequired"),
  reason: z.string().trim().max(2000, "form.tooLong").optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const parsed = parseForm(await readIntent(request), statusSchema);
  if (!parsed.ok) return parsed.reply;
  return parsed.run(
    ({ to, reason }) => changeStatus(program.id, to, reason, user.id),
    // Back to the dashboard with the form closed, at the new status and its history.
    () => redirect(`/programs/${program.id}#status`),
  );
}

const PeopleList = ({ people, empty }: { people: { personId: number; name: string }[]; empty: string }) =>
  people.length ? (
    <ul>
      {people.map((p) => (
        <li key={p.personId}>{p.name}</li>
      ))}
    </ul>
  ) : (
    <Paragraph className="muted">{empty}</Paragraph>
  );

export default function ProgramOverview() {
  const data = useLoaderData<typeof loader>();
  const { program, canEdit } = data;
  const t = useT();
  const locale = useLocale();
  const edit = (path: string, title: string) => canEdit && <EditLink to={`/programs/${program.id}/${path}`} name={title} />;
  return (
    <div className="stack">
      <Section id="record" title={t("programs.record")} aside={edit("edit", t("programs.record"))}>
        <dl className="facts">
          <dt>{t("programs.period")}</dt>
          <dd>{t("program.period", { start: formatDay(program.periodStart, locale), end: formatDay(program.periodEnd, locale) })}</dd>
          <dt>{t("programs.purpose")}</dt>
          <dd>{program.purpose || <span className="muted">{t("programs.notStated")}</span>}</dd>
          <dt>{t("programs.mainFocus")}</dt>
          <dd>{program.mainFocus || <span className="muted">{t("programs.notStated")}</span>}</dd>
          <dt>{t("programs.contact")}</dt>
          <dd>
            {data.contact ? `${data.contact.name} (${data.contact.email})` : <span className="muted">{t("programs.notStated")}</span>}
          </dd>
          <dt>{t("tabs.union")}</dt>
          <dd>{data.unionReps}</dd>
        </dl>
        {canEdit && (
          <Paragraph>
            <RemixLink to={`/programs/${program.id}/copy`}>{t("programCopy.link")}</RemixLink>
          </Paragraph>
        )}
      </Section>

      <Section id="goals" title={t("programs.goals")} aside={edit("goals", t("programs.goals"))}>
        {data.goals.length === 0 ? (
          <Paragraph className="muted">{t("programs.noGoals")}</Paragraph>
        ) : (
          <ol>
            {data.goals.map((g) => (
              <li key={g.id}>
                <strong>{g.title}</strong>
                {g.description && <> — {g.description}</>}
                <div className="row-actions" aria-label={t("programs.focusAreas")}>
                  {g.focusAreas.map((f) => (
                    <Tag key={f.id} data-color="info">
                      {f.title}
                    </Tag>
                  ))}
                </div>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="members" title={t("programs.members")} aside={edit("members", t("programs.members"))}>
        <Heading level={3} data-size="xs">
          {t("programs.secretariat")}
        </Heading>
        <PeopleList people={data.secretariat} empty={t("programs.nobody")} />
        <Heading level={3} data-size="xs">
          {t("programs.workingGroup")}
        </Heading>
        <PeopleList people={data.workingGroup} empty={t("programs.nobody")} />
      </Section>

      <Section
        id="partners"
        title={t("programs.partnersAndCollaborators")}
        aside={edit("partners", t("programs.partnersAndCollaborators"))}
      >
        <Heading level={3} data-size="xs">
          {t("programs.externalPartners")}
        </Heading>
        {data.partners.length ? (
          <ul>
            {data.partners.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.role && <span className="muted"> — {p.role}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className="muted">{t("programs.notStated")}</Paragraph>
        )}
        <Heading level={3} data-size="xs">
          {t("programs.collaborators")}
        </Heading>
        {data.collaborators.length ? (
          <ul>
            {data.collaborators.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.description && <span className="muted"> — {c.description}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className={program.noCollaborators ? undefined : "muted"}>
            {program.noCollaborators ? t("programs.noneStated") : t("programs.notStated")}
          </Paragraph>
        )}
      </Section>

      <Section id="grant" title={t("budget.grant")} aside={edit("budget", t("budget.grant"))}>
        {data.grant ? (
          <dl className="facts">
            <dt>{t("budget.fund")}</dt>
            <dd>{data.grant.fund}</dd>
            <dt>{t("budget.category")}</dt>
            <dd>{data.grant.category}</dd>
            <dt>{t("budget.applied")}</dt>
            <dd>{formatNok(data.grant.amountAppliedOre, locale)}</dd>
            <dt>{t("budget.awarded")}</dt>
            <dd>{formatNok(data.grant.amountAwardedOre, locale)}</dd>
            <dt>{t("budget.budgeted")}</dt>
            <dd>{formatNok(data.budget.budgetedOre, locale)}</dd>
            <dt>{t("budget.spent")}</dt>
            <dd>{formatNok(data.budget.spentOre, locale)}</dd>
            <dt>{t("budget.remaining")}</dt>
            <dd>{formatNok(data.budget.remainingOre, locale)}</dd>
          </dl>
        ) : (
          <Paragraph className="muted">{t("budget.noGrant")}</Paragraph>
        )}
      </Section>

      <Section id="status" title={t("programs.status")}>
        <Paragraph>
          {t("programs.statusNow")} <Tag>{t(`program.status.${program.status}`)}</Tag>
        </Paragraph>
        {canEdit &&
          data.targets.length > 0 &&
          (data.statusOpen ? (
            <StatusForm />
          ) : (
            <Paragraph>
              <Link href={`/programs/${program.id}?open=status#status`}>{t("programs.statusChange")}</Link>
            </Paragraph>
          ))}
        {data.statusHistory.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t("programs.statusHistory")}
            </Heading>
            <ul>
              {data.statusHistory.map((h) => (
                <li key={h.id}>
                  {formatDate(h.at, locale)}: {t(`program.status.${h.fromStatus}`)} → {t(`program.status.${h.toStatus}`)}
                  {h.by && <span className="muted"> ({h.by})</span>}
                  {h.reason && <> — {h.reason}</>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </div>
  );
}

/** The status change, drawn only when opened: it is rare, and its form is most of the dashboard's rendering. */
function StatusForm() {
  const { targets } = useLoaderData<typeof loader>();
  const t = useT();
  const [form, fields] = useIntentForm("status", statusSchema);
  return (
    <IntentForm
      form={form}
      intent="status"
      className="stack narrow"
      labels={{ to: t("programs.statusChangeTo"), reason: t("programs.statusReason") }}
    >
      <SelectField
        meta={fields.to}
        label={t("programs.statusChangeTo")}
        options={targets.map((target) => ({
          value: target.status,
          label: target.needsReason
            ? t("programs.statusBack", { status: t(`program.status.${target.status}`) })
            : t(`program.status.${target.status}`),
        }))}
      />
      <TextAreaField meta={fields.reason} label={t("programs.statusReason")} description={t("programs.statusReasonHelp")} rows={3} />
      <Button type="submit">{t("programs.statusChange")}</Button>
    </IntentForm>
  );
}
