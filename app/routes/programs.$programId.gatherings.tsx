import { Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { utcToOslo } from "../domain/gatherings";
import { monthGrid, shiftMonth } from "../domain/month-grid";
import { formatDateTime, formatTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { programGatherings } from "../server/gathering-queries.server";
import { hasRole, requireProgramAccess } from "../server/guards.server";
import { clock } from "../server/clock.server";
import { intlTags } from "../i18n/icu";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "gatherings.title");

const querySchema = z.object({
  view: z.enum(["list", "month"]).catch("list"),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});

/**
 * The programme's gatherings as a list or a month grid. Coordinators and union representatives see
 * them all; a facilitator sees the ones they lead.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep", "facilitator");
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const isCoordinator = hasRole(user, "coordinator");
  const onlyLed = !isCoordinator && !hasRole(user, "union_rep") ? user.id : null;
  const gatherings = programGatherings(program.id, onlyLed);
  const month = query.month ?? utcToOslo(clock.now()).date.slice(0, 7);
  return {
    programId: program.id,
    view: query.view,
    month,
    isCoordinator,
    // Union representatives see the calendar; gathering pages are for coordinators and the facilitators.
    canOpen: isCoordinator || onlyLed !== null,
    gatherings,
  };
}

export default function ProgramGatherings() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/programs/${d.programId}/gatherings`;
  return (
    // Not a landmark of its own: the table's scrolling region already carries the heading's name.
    <section className="stack">
      <Heading level={2} data-size="md" id="gatherings-heading">
        {t("gatherings.title")}
      </Heading>
      <div className="button-row">
        {d.isCoordinator && (
          <Button asChild>
            <a href={`${base}/new`}>{t("gatherings.new")}</a>
          </Button>
        )}
        <nav aria-label={t("gatherings.calendar.view")} className="button-row">
          <Button asChild variant={d.view === "list" ? "primary" : "secondary"} data-size="sm">
            <a href={`${base}?view=list`} aria-current={d.view === "list" ? "page" : undefined}>
              {t("gatherings.calendar.list")}
            </a>
          </Button>
          <Button asChild variant={d.view === "month" ? "primary" : "secondary"} data-size="sm">
            <a href={`${base}?view=month&month=${d.month}`} aria-current={d.view === "month" ? "page" : undefined}>
              {t("gatherings.calendar.month")}
            </a>
          </Button>
        </nav>
        {d.isCoordinator && (
          <Link href={`/programs/${d.programId}/attendance.csv?bom=1`} download>
            {t("gatherings.calendar.exportProgram")}
          </Link>
        )}
      </div>
      {d.view === "list" ? <ListView /> : <MonthView />}
    </section>
  );
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["gatherings"][number];

function Title({ g }: { g: Row }) {
  const { canOpen } = useLoaderData<typeof loader>();
  return canOpen ? <Link href={`/gatherings/${g.id}`}>{g.title}</Link> : <>{g.title}</>;
}

function ListView() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (d.gatherings.length === 0) return <Paragraph>{t("gatherings.calendar.empty")}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gatherings-heading">
      <Table>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("gatherings.col.when")}</Table.HeaderCell>
            <Table.HeaderCell>{t("gatherings.field.title")}</Table.HeaderCell>
            <Table.HeaderCell>{t("gatherings.col.where")}</Table.HeaderCell>
            <Table.HeaderCell>{t("gatherings.col.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("gatherings.col.answers")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {d.gatherings.map((g) => (
            <Table.Row key={g.id}>
              <Table.Cell>{formatDateTime(g.startsAt, locale)}</Table.Cell>
              <Table.HeaderCell>
                <Title g={g} />
              </Table.HeaderCell>
              <Table.Cell>{g.venueName || t("gatherings.online")}</Table.Cell>
              <Table.Cell>
                <Tag>{t(`gathering.status.${g.status}`)}</Tag>
              </Table.Cell>
              <Table.Cell>{g.invited ? t("gatherings.counts", { accepted: g.accepted, invited: g.invited }) : ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function MonthView() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const base = `/programs/${d.programId}/gatherings?view=month&month=`;
  const weeks = monthGrid(d.month);
  // A gathering shows on every Oslo day it spans.
  const byDay = new Map<string, Row[]>();
  for (const g of d.gatherings) {
    const last = utcToOslo(g.endsAt).date;
    for (let day = utcToOslo(g.startsAt).date, i = 0; day <= last && i < 15; i++) {
      byDay.set(day, [...(byDay.get(day) ?? []), g]);
      day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  }
  const monthName = new Intl.DateTimeFormat(intlTags[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${d.month}-15T12:00:00Z`),
  );
  const weekday = new Intl.DateTimeFormat(intlTags[locale], { weekday: "short", timeZone: "UTC" });
  const inMonth = d.gatherings.some((g) => utcToOslo(g.startsAt).date.startsWith(d.month) || utcToOslo(g.endsAt).date.startsWith(d.month));
  return (
    <div className="stack">
      <div className="button-row month-nav">
        <Link href={base + shiftMonth(d.month, -1)}>← {t("gatherings.calendar.previous")}</Link>
        <Heading level={3} data-size="sm">
          {monthName}
        </Heading>
        <Link href={base + shiftMonth(d.month, 1)}>{t("gatherings.calendar.next")} →</Link>
      </div>
      {!inMonth && <Paragraph>{t("gatherings.calendar.emptyMonth")}</Paragraph>}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gatherings-heading">
        <table className="month-grid">
          <caption className="visually-hidden">{monthName}</caption>
          <thead>
            <tr>
              {weeks[0]!.map((day) => (
                <th scope="col" key={day.date}>
                  {weekday.format(new Date(`${day.date}T12:00:00Z`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.date}>
                {week.map((day) => (
                  <td key={day.date} className={day.inMonth ? undefined : "muted"}>
                    <span className="month-day">{Number(day.date.slice(8))}</span>
                    <ul>
                      {(byDay.get(day.date) ?? []).map((g) => (
                        <li key={g.id} className={g.status === "cancelled" ? "cancelled" : undefined}>
                          {utcToOslo(g.startsAt).date === day.date && <span className="muted">{formatTime(g.startsAt)} </span>}
                          <Title g={g} />
                          {g.status === "cancelled" && <span> ({t("gathering.status.cancelled")})</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
