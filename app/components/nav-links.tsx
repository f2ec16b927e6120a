import { useLocation } from "@remix-run/react";
import { useClientNavigation } from "./client-navigation";

export type NavLinkItem = { to: string; label: string; end?: boolean };

/**
 * A row of links to the sections of the app or of a page, the current one marked (aria-current) as
 * NavLink would: the address is the link's or (unless `end`) below it. Plain links, read once for
 * the row and navigated in the browser by one listener (see useClientNavigation), where a NavLink
 * per item resolved and matched its path again on every render of every page.
 */
export function NavLinks({ label, links, className }: { label: string; links: NavLinkItem[]; className: string }) {
  const pathname = useLocation().pathname.replace(/(.)\/+$/, "$1");
  const ref = useClientNavigation();
  const current = (link: NavLinkItem) => pathname === link.to || (!link.end && pathname.startsWith(`${link.to}/`));
  return (
    <nav aria-label={label} className={className} ref={ref}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            {/* data-discover: Remix learns the routes of the links on the page ahead of a click, as for its own Link. */}
            <a href={link.to} aria-current={current(link) ? "page" : undefined} data-discover="true">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
