import { Heading, Link, Table } from "@digdir/designsystemet-react";
import { Link as RemixLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../i18n/react";

/** A titled part of a page: the heading labels the section for screen readers. */
export function Section({
  id,
  title,
  level = 2,
  aside,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  /** Beside the heading, e.g. an "Edit" link. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <Heading level={level} data-size={level === 2 ? "md" : "sm"} id={id}>
      {title}
    </Heading>
  );
  return (
    <section aria-labelledby={id} className="stack">
      {aside ? (
        <div className="section-head">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

/** A column heading; numeric columns are right-aligned, `muted` ones (row actions) are quiet. */
/** A column heading; `hidden`: read by screen readers only (a column of checkboxes, say). */
export type Column = string | { label: string; numeric?: boolean; muted?: boolean; hidden?: boolean };

/** A table that scrolls sideways on a narrow screen instead of breaking the page. */
export function DataTable({ columns, caption, size, children }: { columns: Column[]; caption?: string; size?: "sm"; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <Table data-size={size}>
        {caption && <caption>{caption}</caption>}
        <Table.Head>
          <Table.Row>
            {columns.map((column, i) => {
              const { label, numeric, muted, hidden } = typeof column === "string" ? { label: column } : column;
              return (
                <Table.HeaderCell key={i} className={numeric ? "amount" : undefined}>
                  {hidden ? <span className="visually-hidden">{label}</span> : muted ? <span className="muted">{label}</span> : label}
                </Table.HeaderCell>
              );
            })}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}

/** "Edit" for one thing on the page, named for screen readers ("Edit Goals"). */
export function EditLink({ to, name }: { to: string; name: string }) {
  const t = useT();
  return (
    <Link asChild>
      <RemixLink to={to} aria-label={t("programs.editNamed", { name })}>
        {t("programs.edit")}
      </RemixLink>
    </Link>
  );
}
