import { NavLink } from "@remix-run/react";

export type Tab = { to: string; label: string; end?: boolean };

/** A row of links to the sections of a page, the current one marked (aria-current) by NavLink. */
export function TabNav({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label} className="program-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
