import { Button, SkipLink } from "@digdir/designsystemet-react";
import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Locale, Role } from "../domain/enums";
import { translator, uiLocaleOf, uiLocales } from "../i18n/catalog";
import { useFocusResetOnNavigation } from "./focus-reset";
import { navFor } from "./nav";
import { NavLinks } from "./nav-links";

type Props = { user: { name: string; roles: Role[] } | null; locale: Locale; children: ReactNode };

export function AppShell({ user, locale, children }: Props) {
  const t = translator(uiLocaleOf(locale));
  const location = useLocation();
  useFocusResetOnNavigation();
  const current = uiLocaleOf(locale);
  return (
    <>
      <SkipLink href="#main">{t("nav.skip")}</SkipLink>
      <header className="shell-header">
        <div className="shell-bar">
          <a href="/" className="shell-brand">
            {t("app.name")}
          </a>
          <div className="shell-actions">
            {/* The other three languages, each named in itself (a reader who cannot read this page's
                language still finds their own), as plain form buttons that work without JavaScript.
                Both forms here are plain HTML forms: a new language or signing out changes the whole
                page, so the browser loads it afresh, and a Remix Form would resolve its action's path
                on every render of every page. */}
            <form method="post" action="/language">
              <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
              {/* A form may not carry role="group"; the buttons are grouped inside it. */}
              <div className="shell-languages" role="group" aria-label={t("nav.switchLanguage")}>
                {uiLocales
                  .filter((l) => l !== current)
                  .map((l) => (
                    <Button key={l} type="submit" name="locale" value={l} variant="tertiary" data-size="sm" lang={l}>
                      {translator(l)(`language.${l}`)}
                    </Button>
                  ))}
              </div>
            </form>
            {user && (
              <form method="post" action="/logout">
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("nav.signOut")}
                </Button>
              </form>
            )}
          </div>
        </div>
        {user && (
          <NavLinks
            label={t("nav.main")}
            className="shell-nav"
            links={navFor(user.roles).map((item) => ({ to: item.href, label: t(item.label), end: item.href === "/" }))}
          />
        )}
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        {children}
      </main>
      <footer className="shell-footer">
        <a href="/about">{t("about.title")}</a>
        <a href="/accessibility">{t("a11y.footer")}</a>
      </footer>
    </>
  );
}
