import { Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SectionBody } from "../components/direction";
import { Section } from "../components/page-parts";
import { formatDate, formatDateTime, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { participantProgramme, requireParticipantProgram } from "../server/participant-pages.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "participantPages.program.title").map((m) => ({ title: data ? `${data.program.title} – ${m.title}` : m.title }));

/**
 * The programme as those taking part in it see it: its aim, goals, cohorts, the whole schedule,
 * the decided direction and whom to ask. A route of its own (not the coordinator's tabbed
 * programme pages), so no coordinator section can leak through a shared layout.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireParticipantProgram(request, params.programId);
  return participantProgramme(program, user);
}

export default function ParticipantProgramme() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article className="stack" aria-labelledby="program-title">
      <div>
        <Heading level={1} data-size="lg" id="program-title">
          {d.program.title}
        </Heading>
        <Tag>{t(`program.status.${d.program.status}`)}</Tag>
      </div>

      <Section id="pp-aim" title={t("participantPages.program.aim")}>
        <dl className="facts">
          <dt>{t("participantPages.program.purpose")}</dt>
          <dd>{d.program.purpose || t("participantPages.program.notStated")}</dd>
          <dt>{t("participantPages.program.mainFocus")}</dt>
          <dd>{d.program.mainFocus || t("participantPages.program.notStated")}</dd>
        </dl>
      </Section>

      <Section id="pp-goals" title={t("participantPages.program.goals")}>
        {d.goals.length === 0 ? (
          <Paragraph>{t("participantPages.program.noGoals")}</Paragraph>
        ) : (
          <ul className="stack">
            {d.goals.map((goal) => (
              <li key={goal.id}>
                <strong>{goal.title}</strong>
                {goal.description && <Paragraph data-size="sm">{goal.description}</Paragraph>}
                {goal.focusAreas.length > 0 && (
                  <Paragraph data-size="sm">
                    {t("participantPages.program.serves")}{" "}
                    {goal.focusAreas.map((area) => (
                      <Tag key={area.id} data-size="sm">
                        {area.title}
                      </Tag>
                    ))}
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="pp-cohorts" title={t("participantPages.program.cohorts")}>
        {d.cohorts.length === 0 ? (
          <Paragraph>{t("participantPages.program.noCohorts")}</Paragraph>
        ) : (
          <ol>
            {d.cohorts.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.startsOn && (
                  <span className="muted">
                    {" "}
                    — {formatDay(c.startsOn, locale)}
                    {c.endsOn && ` – ${formatDay(c.endsOn, locale)}`}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>

      {/* A div: the schedule's table is the landmark named by this heading (one landmark per name). */}
      <div className="stack">
        <Heading level={2} data-size="md" id="pp-schedule">
          {t("participantPages.program.schedule")}
        </Heading>
        {d.unionMode === "selected_gatherings" && (
          <Paragraph>
            <Link href="/participation">{t("participantPages.program.chooseGatherings")}</Link>
          </Paragraph>
        )}
        {d.schedule.length === 0 ? (
          <Paragraph>{t("participantPages.program.noGatherings")}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pp-schedule">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("participantPages.col.when")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("participantPages.col.gathering")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("participantPages.col.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("participantPages.col.myAnswer")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.schedule.map((g) => (
                  <Table.Row key={g.id}>
                    <Table.Cell>{formatDateTime(g.startsAt, locale)}</Table.Cell>
                    <Table.Cell>
                      {g.canOpen ? <Link href={`/my/gatherings/${g.id}`}>{g.title}</Link> : g.title}
                      {g.theme && <div className="muted">{g.theme}</div>}
                    </Table.Cell>
                    <Table.Cell>
                      {g.status === "planned" ? t("participantPages.program.notConfirmed") : t(`gathering.status.${g.status}`)}
                    </Table.Cell>
                    <Table.Cell>{g.rsvp ? t(`rsvp.status.${g.rsvp as "pending"}`) : "—"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </div>

      <Section id="pp-direction" title={t("participantPages.program.direction")}>
        {d.direction ? (
          <>
            <Paragraph>
              <strong>{d.direction.title}</strong> —{" "}
              {t("participantPages.program.decidedVersion", {
                number: d.direction.number,
                date: d.direction.decidedAt ? formatDate(d.direction.decidedAt, locale) : "",
              })}
            </Paragraph>
            {d.direction.sections.map((section) => (
              <section key={section.id} aria-labelledby={`pp-section-${section.id}`} className="direction-section">
                <Heading level={3} data-size="sm" id={`pp-section-${section.id}`}>
                  {section.title}
                </Heading>
                <SectionBody html={section.html} />
              </section>
            ))}
          </>
        ) : (
          <Paragraph>{t("participantPages.program.noDirection")}</Paragraph>
        )}
      </Section>

      <Section id="pp-contacts" title={t("participantPages.program.contacts")}>
        {!d.contacts.contactPerson && d.contacts.secretariat.length === 0 ? (
          <Paragraph>{t("participantPages.program.noContacts")}</Paragraph>
        ) : (
          <ul>
            {d.contacts.contactPerson && (
              <li>
                {t("participantPages.program.coordinator")}: {d.contacts.contactPerson.name} (
                <Link href={`mailto:${d.contacts.contactPerson.email}`}>{d.contacts.contactPerson.email}</Link>)
              </li>
            )}
            {d.contacts.secretariat.map((p) => (
              <li key={p.email}>
                {t("participantPages.program.secretariat")}: {p.name} (<Link href={`mailto:${p.email}`}>{p.email}</Link>)
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
