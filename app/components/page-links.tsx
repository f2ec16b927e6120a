import { Link } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { pageNumbers } from "../domain/page-numbers";
import { useT } from "../i18n/react";
import { useClientNavigation } from "./client-navigation";

type Props = {
  /** The page shown, from 1. */
  page: number;
  /** The address of a page of the same list (its filters and sort kept). */
  href: (page: number) => string;
  /** The rows this page shows, for a "showing 26–50 of 212" line. */
  range?: { from: number; to: number; total: number };
} & Count;

type Count =
  /** How many pages the list has. */
  | { pages: number }
  /** A list whose length is not counted (the outbox): whether there is a page after this one. */
  | { hasMore: boolean };

/**
 * Links between the pages of a long list: previous, the first, the last and two either side of this
 * one (the row stays short however many pages), next. Plain links with the page in the address, so
 * they work without JavaScript (and navigate in the browser with it: see useClientNavigation);
 * nothing is drawn when there is a single page.
 */
export function PageLinks(props: Props) {
  const { page, href, range } = props;
  const t = useT();
  const ref = useClientNavigation();
  // Uncounted: the pages so far and the next one, if there is one.
  const last = "pages" in props ? props.pages : props.hasMore ? page + 1 : page;
  if (last < 2) return null;
  return (
    <nav aria-label={t("pageLinks.nav")} className="row-actions page-links" ref={ref}>
      {range && <span>{t("pageLinks.showing", range)}</span>}
      {page > 1 && <PageLink to={href(page - 1)}>{t("pageLinks.previous")}</PageLink>}
      {pageNumbers(page, last).map((n, i) =>
        n === "gap" ? (
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : (
          <PageLink key={n} to={href(n)} current={n === page} label={t("pageLinks.page", { page: n })}>
            {n}
          </PageLink>
        ),
      )}
      {page < last && <PageLink to={href(page + 1)}>{t("pageLinks.next")}</PageLink>}
    </nav>
  );
}

function PageLink({ to, current, label, children }: { to: string; current?: boolean; label?: string; children: ReactNode }) {
  return (
    // data-discover: Remix learns the route ahead of a click, as for its own Link.
    <Link href={to} aria-current={current ? "page" : undefined} aria-label={label} data-discover="true">
      {children}
    </Link>
  );
}
