import type { Role } from "../domain/enums";
import type { MessageKey } from "../i18n/catalog";

export type NavItem = { href: string; label: MessageKey; roles: readonly Role[] };

/** The main menu; each item shows for users holding any of its roles. */
export const navItems: NavItem[] = [
  { href: "/", label: "nav.home", roles: [] },
  { href: "/my/gatherings", label: "nav.myGatherings", roles: ["leader", "union_rep", "facilitator", "coordinator"] },
  { href: "/my/reflections", label: "reflections.nav.mine", roles: ["leader"] },
  { href: "/programs", label: "programs.nav", roles: ["coordinator", "union_rep"] },
  { href: "/participation", label: "union.nav", roles: ["union_rep"] },
  { href: "/people", label: "people.nav", roles: ["coordinator", "admin"] },
  { href: "/organisation", label: "organisation.nav", roles: ["coordinator", "admin"] },
  { href: "/reports", label: "report.nav.reports", roles: ["directorate"] },
  { href: "/directorate/strategy", label: "directorate.nav.strategy", roles: ["directorate"] },
  { href: "/directorate/programs", label: "directorate.nav.follow", roles: ["directorate"] },
  { href: "/directorate/compare", label: "directorate.nav.compare", roles: ["directorate"] },
  { href: "/library", label: "directorate.nav.library", roles: ["directorate", "coordinator", "union_rep"] },
  { href: "/outbox", label: "outbox.nav", roles: ["coordinator", "admin"] },
  { href: "/audit", label: "audit.nav", roles: ["coordinator", "admin"] },
  { href: "/privacy", label: "privacy.nav", roles: [] },
  { href: "/account/sessions", label: "identity.sessions.nav", roles: [] },
  { href: "/account/notifications", label: "notifications.nav", roles: [] },
];

export const navFor = (roles: readonly Role[]) =>
  navItems.filter((item) => item.roles.length === 0 || item.roles.some((r) => roles.includes(r)));
