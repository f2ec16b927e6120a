import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DispositionTable, ScrollTable } from "../components/direction";
import { Section } from "../components/page-parts";
import { formatDate } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireDirectionAccess } from "../server/direction-access.server";
import { unionInvolvementSummary } from "../server/union-involvement.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.involvementTitle");

/** The record of union involvement, the source of the final report's section on it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "involvement");
  return unionInvolvementSummary(access.programId);
}

export default function UnionInvolvement() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const yesNo = (value: boolean) => (value ? t("direction.yes") : t("direction.no"));
  const { comments } = data;
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("direction.involvementTitle")}
      </Heading>
      <Paragraph>{t("direction.involvementIntro")}</Paragraph>

      <dl className="key-figures">
        <div>
          <dt>{t("direction.involvement.reps")}</dt>
          <dd>{data.representativeCount}</dd>
        </div>
        <div>
          <dt>{t("direction.involvement.seat")}</dt>
          <dd>
            {data.secretariatSeat.chiefRepresentative
              ? `${yesNo(data.secretariatSeat.held)} (${data.secretariatSeat.chiefRepresentative})`
              : t("direction.involvement.noChief")}
          </dd>
        </div>
        <div>
          <dt>{t("direction.involvement.gatherings")}</dt>
          <dd>
            {t("direction.involvement.gatheringsValue", {
              attended: data.gatherings.attendedByReps,
              held: data.gatherings.held,
            })}
          </dd>
        </div>
        <div>
          <dt>{t("direction.involvement.comments")}</dt>
          <dd>
            {t("direction.involvement.commentsValue", {
              total: comments.total,
              incorporated: comments.incorporated,
              partly: comments.partly,
              not: comments.not_incorporated,
              unanswered: comments.unanswered,
            })}
          </dd>
        </div>
      </dl>

      {/* Not a landmark: the table's scrolling region below already carries this name. */}
      <section className="stack">
        <Heading level={3} data-size="sm" id="reps-title">
          {t("direction.involvement.repsTitle")}
        </Heading>
        {data.representatives.length === 0 ? (
          <Paragraph>{t("direction.involvement.none")}</Paragraph>
        ) : (
          <ScrollTable label={t("direction.involvement.repsTitle")}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("direction.involvement.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.union")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.mode")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.inSecretariat")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.attended")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.commentsGiven")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.representatives.map((r) => (
                  <Table.Row key={r.personId}>
                    <Table.HeaderCell scope="row">
                      {r.name}
                      {r.isChiefRepresentative && <> ({t("direction.involvement.chief")})</>}
                    </Table.HeaderCell>
                    <Table.Cell>{r.unionName}</Table.Cell>
                    <Table.Cell>{t(`participation.${r.mode}`)}</Table.Cell>
                    <Table.Cell>{yesNo(r.inSecretariat)}</Table.Cell>
                    <Table.Cell>{r.gatheringsAttended}</Table.Cell>
                    <Table.Cell>{r.comments.total}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
      </section>

      <Section id="modes-title" level={3} title={t("direction.involvement.modesTitle")}>
        <ul>
          {Object.entries(data.modes.current).map(([mode, count]) => (
            <li key={mode}>
              {t(`participation.${mode as keyof typeof data.modes.current}`)}: {count}
            </li>
          ))}
        </ul>
        {data.modes.history.length > 0 && (
          <ScrollTable label={t("direction.involvement.historyTitle")}>
            <Table>
              <caption>{t("direction.involvement.historyTitle")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("direction.involvement.date")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("direction.involvement.change")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.modes.history.map((h, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{formatDate(h.at, locale)}</Table.Cell>
                    <Table.Cell>{h.name}</Table.Cell>
                    <Table.Cell>
                      {h.fromMode
                        ? t("direction.involvement.changedFromTo", {
                            from: t(`participation.${h.fromMode}`),
                            to: t(`participation.${h.toMode}`),
                          })
                        : t("direction.involvement.started", { mode: t(`participation.${h.toMode}`) })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Section id="answers-title" level={3} title={t("direction.involvement.answersTitle")}>
        <DispositionTable
          caption={t("direction.involvement.answersCaption")}
          rowHeader={t("direction.involvement.name")}
          rows={[
            ...data.representatives.map((r) => ({ key: String(r.personId), label: r.name, counts: r.comments })),
            { key: "total", label: t("direction.total"), counts: comments },
          ]}
        />
      </Section>
    </div>
  );
}
