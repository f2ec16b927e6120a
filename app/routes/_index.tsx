import { Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { Section } from "../components/page-parts";
import { formatDate, formatDateTime, formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { hasRole, requireUser } from "../server/guards.server";
import {
  adminHome,
  coordinatorHome,
  directorateHome,
  facilitatorHome,
  leaderHome,
  openConsultationsFor,
  unionHome,
} from "../server/home.server";
import { clock } from "../server/clock.server";
import { myProgrammes } from "../server/participant-pages.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

/** One home for everyone: a section for each role the user holds. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = clock.now();
  return {
    name: user.name,
    coordinator: hasRole(user, "coordinator") ? coordinatorHome(user, now) : null,
    leader: hasRole(user, "leader") ? leaderHome(user, now) : null,
    union: hasRole(user, "union_rep") ? unionHome(user, now) : null,
    facilitator: hasRole(user, "facilitator") ? facilitatorHome(user, now) : null,
    directorate: hasRole(user, "directorate") ? directorateHome() : null,
    admin: hasRole(user, "admin") ? adminHome() : null,
    // Union representatives see theirs in their own section; anyone else invited sees them here.
    consultations: hasRole(user, "union_rep") ? [] : openConsultationsFor(user.id, now),
    // The participant's programme pages; coordinators have the programme list instead.
    programmes: hasRole(user, "coordinator") ? [] : myProgrammes(user),
  };
}

function ConsultationItem({ consultation: c }: { consultation: { id: number; documentTitle: string; deadline: Date | string } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li>
      <Link asChild>
        <RemixLink to={`/consultations/${c.id}`}>{c.documentTitle}</RemixLink>
      </Link>{" "}
      — {t("home.union.deadline", { date: formatDate(new Date(c.deadline), locale) })}
    </li>
  );
}

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("home.greeting", { name: data.name })}
      </Heading>

      {data.coordinator && (
        <>
          <Section id="coordinator-todo" title={t("home.coordinator.todo")}>
            {data.coordinator.unconfirmed.length + data.coordinator.rollCallDue.length + data.coordinator.reportsDue.length === 0 ? (
              <Paragraph>{t("home.coordinator.nothingToDo")}</Paragraph>
            ) : (
              <ul>
                {data.coordinator.reportsDue.map((r) => (
                  <li key={`f${r.requestId}`}>
                    {r.returned
                      ? t("report.home.returned", { program: r.programTitle })
                      : t("report.home.requested", { program: r.programTitle, date: formatDay(r.dueOn, locale) })}{" "}
                    <Link href={`/programs/${r.programId}/report`}>{t("report.home.open")}</Link>
                  </li>
                ))}
                {data.coordinator.unconfirmed.map((g) => (
                  <li key={`u${g.id}`}>
                    <Link href={`/gatherings/${g.id}`}>
                      {t("home.coordinator.unconfirmed", { title: g.title, date: formatDate(g.startsAt, locale) })}
                    </Link>
                  </li>
                ))}
                {data.coordinator.rollCallDue.map((g) => (
                  <li key={`r${g.id}`}>
                    <Link href={`/gatherings/${g.id}/roll-call`}>
                      {t("home.coordinator.rollCallDue", { title: g.title, date: formatDate(g.startsAt, locale) })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {data.coordinator.absences.length > 0 && (
            <Section id="coordinator-absences" title={t("attendance.flags.title")}>
              <ul>
                {data.coordinator.absences.map((a) => (
                  <li key={`${a.programId}-${a.personId}`}>
                    {t("attendance.flags.item", { name: a.name, count: a.absences, program: a.programTitle })}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section id="coordinator-programs" title={t("home.coordinator.title")}>
            {data.coordinator.programs.length === 0 ? (
              <Paragraph>{t("home.coordinator.empty")}</Paragraph>
            ) : (
              <ul className="card-grid">
                {data.coordinator.programs.map((p) => (
                  <li key={p.id}>
                    <Card>
                      <Heading level={3} data-size="xs">
                        <Link asChild>
                          <RemixLink to={`/programs/${p.id}`}>{p.title}</RemixLink>
                        </Link>
                      </Heading>
                      <Paragraph data-size="sm">
                        {t("program.period", {
                          start: formatDay(p.periodStart, locale),
                          end: formatDay(p.periodEnd, locale),
                        })}
                      </Paragraph>
                      <Tag>{t(`program.status.${p.status}`)}</Tag>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}

      {data.leader && (
        <>
          <Section id="leader-gatherings" title={t("home.leader.title")}>
            {data.leader.upcoming.length === 0 ? (
              <Paragraph>{t("home.leader.empty")}</Paragraph>
            ) : (
              <ul>
                {data.leader.upcoming.map((g) => (
                  <li key={g.id}>
                    <Link href={`/my/gatherings/${g.id}`}>{g.title}</Link> — {formatDateTime(g.startsAt, locale)}
                    {g.venueName && `, ${g.venueName}`} · {t("my.answer", { status: t(`rsvp.status.${g.rsvp}`) })}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {data.leader.feedbackDue.length > 0 && (
            <Section id="leader-feedback" title={t("participants.home.feedbackDue")}>
              <ul>
                {data.leader.feedbackDue.map((g) => (
                  <li key={g.id}>
                    <Link href={`/gatherings/${g.id}/feedback`}>{t("participants.home.feedbackOn", { title: g.title })}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section id="leader-reflections" title={t("home.leader.reflectionsDue")}>
            {data.leader.baselineDue.length + data.leader.closingDue.length + data.leader.gatheringsToReflectOn.length === 0 ? (
              <Paragraph>{t("home.leader.noReflectionsDue")}</Paragraph>
            ) : (
              <ul>
                {data.leader.baselineDue.map((p) => (
                  <li key={`b${p.programId}`}>
                    <Link href={`/my/reflections/new?programId=${p.programId}&kind=baseline`}>
                      {t("home.leader.baselineDue", { program: p.title })}
                    </Link>
                  </li>
                ))}
                {data.leader.gatheringsToReflectOn.map((g) => (
                  <li key={`g${g.gatheringId}`}>
                    <Link href={`/my/reflections/new?gatheringId=${g.gatheringId}`}>
                      {t("reflections.home.gatheringDue", { title: g.title })}
                    </Link>
                  </li>
                ))}
                {data.leader.closingDue.map((p) => (
                  <li key={`c${p.programId}`}>
                    <Link href={`/my/reflections/new?programId=${p.programId}&kind=closing`}>
                      {t("reflections.home.closingDue", { program: p.title })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}

      {data.union && (
        <>
          <Section id="union-participation" title={t("home.union.title")}>
            {data.union.participations.length === 0 ? (
              <Paragraph>{t("home.union.empty")}</Paragraph>
            ) : (
              <ul>
                {data.union.participations.map((p) => (
                  <li key={p.programId}>
                    <Link href={`/my/programs/${p.programId}`}>{p.programTitle}</Link>: {t(`participation.${p.mode}`)} ({p.unionName})
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="union-consultations" title={t("home.union.consultations")}>
            {data.union.consultations.length === 0 ? (
              <Paragraph>{t("home.union.noConsultations")}</Paragraph>
            ) : (
              <ul>
                {data.union.consultations.map((c) => (
                  <ConsultationItem key={c.id} consultation={c} />
                ))}
              </ul>
            )}
          </Section>
        </>
      )}

      {data.programmes.length > 0 && (
        <Section id="my-programmes" title={t("participantPages.program.mine")}>
          <ul>
            {data.programmes.map((p) => (
              <li key={p.id}>
                <Link href={`/my/programs/${p.id}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {data.consultations.length > 0 && (
        <Section id="consultations" title={t("home.union.consultations")}>
          <ul>
            {data.consultations.map((c) => (
              <ConsultationItem key={c.id} consultation={c} />
            ))}
          </ul>
        </Section>
      )}

      {data.facilitator && (
        <Section id="facilitator-gatherings" title={t("home.facilitator.title")}>
          {data.facilitator.gatherings.length === 0 ? (
            <Paragraph>{t("home.facilitator.empty")}</Paragraph>
          ) : (
            <ul>
              {data.facilitator.gatherings.map((g) => (
                <li key={g.id}>
                  <Link href={`/gatherings/${g.id}`}>{g.title}</Link> ({g.programTitle}) — {formatDateTime(g.startsAt, locale)} ·{" "}
                  {t(`gathering.status.${g.status}`)}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      {data.directorate && (
        <Section id="directorate-reports" title={t("home.directorate.title")}>
          <Heading level={3} data-size="xs">
            {t("home.directorate.pending")}
          </Heading>
          {data.directorate.pending.length === 0 ? (
            <Paragraph>{t("home.directorate.empty")}</Paragraph>
          ) : (
            <ul>
              {data.directorate.pending.map((r) => (
                <li key={r.id}>
                  {r.organisationName}: {r.programTitle} — {t("home.directorate.due", { date: formatDay(r.dueOn, locale) })}
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="xs">
            {t("home.directorate.published")}
          </Heading>
          {data.directorate.published.length === 0 ? (
            <Paragraph>{t("home.directorate.empty")}</Paragraph>
          ) : (
            <ul>
              {data.directorate.published.map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}>
                    {r.organisationName}: {r.programTitle}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      {data.admin && (
        <Section id="admin-organisations" title={t("home.admin.title")}>
          <ul>
            {data.admin.organisations.map((o) => (
              <li key={o.id}>
                {o.name} — {t("home.admin.people", { count: o.people })}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
