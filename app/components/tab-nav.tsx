import { Link, useLocation } from "@remix-run/react";

export type Tab = { to: string; label: string; end?: boolean };

/**
 * A row of links to the sections of a page, the current one marked (aria-current) as NavLink would:
 * the address is the tab's or (unless `end`) below it. Read once for the row, where a NavLink per tab
 * resolved and matched its path again on every render of every programme page.
 */
export function TabNav({ label, tabs }: { label: string; tabs: Tab[] }) {
  const pathname = useLocation().pathname.replace(/(.)\/+$/, "$1");
  const current = (tab: Tab) => pathname === tab.to || (!tab.end && pathname.startsWith(`${tab.to}/`));
  return (
    <nav aria-label={label} className="program-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={current(tab) ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
