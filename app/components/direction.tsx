import { Card, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { dispositionOptions, type DiffPart, type DirectionStatus, type Disposition, type DispositionCounts } from "../domain/direction";
import type { ReactNode } from "react";
import { useT } from "../i18n/react";

export function VersionStatusTag({ status, open }: { status: DirectionStatus; open: boolean }) {
  const t = useT();
  if (status === "decided") return <Tag data-color="success">{t("direction.statusDecided")}</Tag>;
  if (status === "draft") return <Tag data-color="neutral">{t("direction.statusDraft")}</Tag>;
  return open ? (
    <Tag data-color="info">{t("direction.statusConsultation")}</Tag>
  ) : (
    <Tag data-color="warning">{t("direction.statusConsultationClosed")}</Tag>
  );
}

export function DispositionTag({ disposition }: { disposition: Disposition | null }) {
  const t = useT();
  const color = { incorporated: "success", partly: "warning", not_incorporated: "neutral" } as const;
  return disposition ? (
    <Tag data-color={color[disposition]}>{t(`direction.disposition.${disposition}`)}</Tag>
  ) : (
    <Tag data-color="danger" variant="outline">
      {t("direction.disposition.unanswered")}
    </Tag>
  );
}

type Goal = { id: number; title: string; description: string; focusAreas: { id: number; title: string; goal: string }[] };

/** The programme's goals and the strategy focus areas they point to, beside the document. */
export function GoalsPanel({ goals }: { goals: Goal[] }) {
  const t = useT();
  return (
    <aside aria-labelledby="goals-title" className="stack">
      <Heading level={2} data-size="sm" id="goals-title">
        {t("direction.goalsTitle")}
      </Heading>
      {goals.length === 0 ? (
        <Paragraph className="muted">{t("direction.noGoals")}</Paragraph>
      ) : (
        goals.map((goal) => (
          <Card key={goal.id} data-color="neutral">
            <Heading level={3} data-size="2xs">
              {goal.title}
            </Heading>
            {goal.description && <Paragraph data-size="sm">{goal.description}</Paragraph>}
            {goal.focusAreas.length > 0 && (
              <Paragraph data-size="sm">
                {t("direction.focusAreas")}: {goal.focusAreas.map((a) => a.title).join(", ")}
              </Paragraph>
            )}
          </Card>
        ))
      )}
    </aside>
  );
}

/** Markdown already rendered and sanitised on the server (see markdown.server.ts). */
export function SectionBody({ html }: { html: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * Changed text, marked up so the change is not told by colour alone: inserted text is underlined
 * and deleted text struck through, and screen readers hear "added"/"removed" around each part.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  const t = useT();
  return (
    <div className="diff">
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i}>
            <span className="ds-sr-only">[{t("direction.diffAdded")}: </span>
            {part.text}
            <span className="ds-sr-only">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="ds-sr-only">[{t("direction.diffRemoved")}: </span>
            {part.text}
            <span className="ds-sr-only">]</span>
          </del>
        ),
      )}
    </div>
  );
}

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** Rows of counts per disposition, e.g. per section or per invitee group. */
export function DispositionTable({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: { key: string; label: string; counts: DispositionCounts }[];
}) {
  const t = useT();
  const columns = [...dispositionOptions, "unanswered", "total"] as const;
  return (
    <ScrollTable label={caption}>
      <Table>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{rowHeader}</Table.HeaderCell>
            {columns.map((c) => (
              <Table.HeaderCell key={c}>{t(`direction.disposition.${c}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              {columns.map((c) => (
                <Table.Cell key={c}>{row.counts[c]}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
