import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { paragraphs, type ReportBlock, type ReportDocument, type ReportSection } from "./report-document";
import { ServerMarkup, type PageMarkup } from "./server-markup";

type Level = 1 | 2 | 3 | 4;

/** Tables longer than `maxRows` are drawn only when opened: in their place a link to the page with it open. */
export type LongTables = {
  maxRows: number;
  open: string | null;
  href: (id: string) => string;
  label: (caption: string, rows: number) => string;
};

/** A block's id on the page: the place a long table's link returns to, and the `open` that names it. */
export const blockId = (section: Pick<ReportSection, "key">, index: number) => `report-section-${section.key}-${index}`;

/** Whether the block is a table drawn only when opened (see LongTables). */
export const isLongTable = (block: ReportBlock, maxRows: number) => block.kind === "table" && block.rows.length > maxRows;

/** A section's text and headings without its blocks, which the server may have drawn as HTML (see DrawnSection). */
export type SectionText = Omit<ReportSection, "blocks">;

/**
 * A section whose blocks (tables, bars, facts) the server drew once as HTML with `ReportBlocks`:
 * the report builder's, so each view neither draws them again nor sends their data to hydrate.
 */
export type DrawnSection = SectionText & { blocksMarkup: PageMarkup | null };

type ViewDocument = Omit<ReportDocument, "sections"> & { sections: (ReportSection | DrawnSection)[] };

/** A section's blocks, in order. */
export function ReportBlocks({ section, subLevel, longTables }: { section: ReportSection; subLevel: Level; longTables?: LongTables }) {
  return section.blocks.map((block, i) => (
    <Block key={i} block={block} id={blockId(section, i)} subLevel={subLevel} longTables={longTables} />
  ));
}

function Block({ block, id, subLevel, longTables }: { block: ReportBlock; id: string; subLevel: Level; longTables?: LongTables }) {
  if (block.kind === "table" && longTables && isLongTable(block, longTables.maxRows) && longTables.open !== id) {
    return (
      <Paragraph id={id}>
        <Link href={longTables.href(id)}>{longTables.label(block.caption, block.rows.length)}</Link>
      </Paragraph>
    );
  }
  switch (block.kind) {
    case "facts":
      return (
        <dl className="report-facts">
          {block.items.map((item) => (
            <div key={item.label} className={item.highlight ? "report-highlight" : undefined}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "subheading":
      return (
        <Heading level={subLevel} data-size="xs">
          {block.text}
        </Heading>
      );
    case "text":
      return <Paragraph className={block.muted ? "muted" : undefined}>{block.text}</Paragraph>;
    case "quotes":
      return (
        <div className="stack">
          {block.items.map((quote) => (
            <blockquote key={quote} className="report-quote">
              «{quote}»
            </blockquote>
          ))}
        </div>
      );
    case "table":
      return (
        // Focusable, so keyboard users can scroll a table wider than the screen.
        <div className="table-scroll" tabIndex={0} role="region" aria-label={block.caption} id={id}>
          <Table data-size="sm">
            <caption className="visually-hidden">{block.caption}</caption>
            <Table.Head>
              <Table.Row>
                {block.head.map((h, i) => (
                  <Table.HeaderCell key={h} className={block.numeric[i] ? "numeric" : undefined}>
                    {h}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {block.rows.map((row, r) => (
                <Table.Row key={r} className={row.highlight ? "report-highlight" : undefined}>
                  {row.cells.map((cell, i) => (
                    <Table.Cell key={i} className={block.numeric[i] ? "numeric" : undefined}>
                      {cell}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      );
    case "bars":
      return (
        <figure className="report-bars" aria-labelledby={`${id}-caption`}>
          <figcaption id={`${id}-caption`}>
            <strong>{block.caption}</strong>
            <span className="muted"> {block.note}</span>
          </figcaption>
          <table>
            <tbody>
              {block.bars.map((bar) => (
                <tr key={bar.label} className={bar.highlight ? "report-highlight" : undefined}>
                  <th scope="row">{bar.label}</th>
                  <td className="report-bar-cell" aria-hidden="true">
                    {bar.value !== null && <span className="report-bar" style={{ width: `${Math.round(bar.value * 100)}%` }} />}
                  </td>
                  <td>{bar.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      );
  }
}

function Narrative({ text, emptyText }: { text: string; emptyText?: string }) {
  const parts = paragraphs(text);
  if (!parts.length) return emptyText ? <Paragraph className="muted">{emptyText}</Paragraph> : null;
  return (
    <div className="report-narrative">
      {parts.map((p, i) => (
        <Paragraph key={i}>{p}</Paragraph>
      ))}
    </div>
  );
}

type Props = {
  doc: ViewDocument;
  /** Draws a section's narrative in place of `text` (the narrative as read), e.g. with its editor in the builder. */
  renderNarrative?: (section: SectionText, text: ReactNode) => ReactNode;
  renderStatement?: (section: SectionText) => ReactNode;
  /** Shown for a section without text (the builder's hint); nothing when unset. */
  emptyNarrative?: string;
  /** The level of the report's title: 1 on a page of its own, 2 inside the programme's page. */
  headingLevel?: 1 | 2;
};

/** The heading level of a section's subheadings under a report titled at `headingLevel`. */
export const subheadingLevel = (headingLevel: 1 | 2) => (headingLevel + 2) as Level;

/** The final report, section by section; used by the in-app pages and the print page alike. */
export function ReportView({ doc, renderNarrative, renderStatement, emptyNarrative, headingLevel = 1 }: Props) {
  const sectionLevel = (headingLevel + 1) as Level;
  const subLevel = subheadingLevel(headingLevel);
  return (
    <article className="report" lang={doc.lang}>
      <header className="report-header">
        <Heading level={headingLevel} data-size="lg">
          {doc.title}
        </Heading>
        <Paragraph data-size="lg">{doc.subtitle}</Paragraph>
        {doc.meta.map((line) => (
          <Paragraph key={line} data-size="sm" className="muted report-meta">
            {line}
          </Paragraph>
        ))}
      </header>
      {doc.sections.map((section) => {
        const id = `report-section-${section.key}`;
        return (
          <section key={section.key} className="report-section stack" aria-labelledby={id}>
            {/* Focusable by script: the builder puts the writer back here after saving the section's text. */}
            <Heading level={sectionLevel} data-size="md" id={id} tabIndex={-1}>
              {section.number}. {section.title}
            </Heading>
            {(renderNarrative ?? ((_, text) => text))(section, <Narrative text={section.narrative} emptyText={emptyNarrative} />)}
            {"blocksMarkup" in section ? (
              // The section's own spacing, one level down: the blocks are this box's children.
              section.blocksMarkup && <ServerMarkup tag="div" className="stack" markup={section.blocksMarkup} />
            ) : (
              <ReportBlocks section={section} subLevel={subLevel} />
            )}
            {section.statement && (
              <div className="report-statement stack">
                <Heading level={subLevel} data-size="xs">
                  {section.statement.title}
                </Heading>
                {renderStatement ? (
                  renderStatement(section)
                ) : (
                  <Narrative text={section.statement.text} emptyText={section.statement.empty} />
                )}
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
