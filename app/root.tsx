import "@fontsource-variable/inter";
import "@digdir/designsystemet-css";
import "@digdir/designsystemet-theme";
import "./styles/app.css";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { AppShell } from "./components/app-shell";
import { ErrorPage, errorKind } from "./components/error-page";
import { FlashAlert } from "./components/flash-alert";
import { useNonce } from "./components/nonce";
import type { Locale } from "../db/schema";
import { uiLocaleOf } from "./i18n/catalog";
import { pageTitle } from "./i18n/meta";
import { conditionalHeaders } from "./server/conditional-get.server";
import { resolveLocale } from "./server/locale.server";
import { takeFlash } from "./server/flash.server";
import { getSessionUser } from "./server/session.server";

// An error page is titled by what went wrong, so a screen reader announces it on arrival.
export const meta: MetaFunction = ({ error, matches }) =>
  error ? pageTitle(matches, `error.${errorKind(error)}.title`) : [{ title: "Samling" }];

// Without an icon, every page view also costs a 404 page for the browser's /favicon.ico request.
export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// A page's 304 (app/server/conditional-get.server.ts) reaches the root as the nearest error boundary.
export const headers = conditionalHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  const locale = await resolveLocale(request, user);
  // The message a change left for this page (see flash.server.ts): shown once, its cookie cleared here.
  const flash = await takeFlash(request);
  return data(
    {
      locale,
      user: user && { name: user.name, roles: user.roles },
      flash: flash.message,
    },
    { headers: flash.headers },
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "nb";
  const nonce = useNonce();
  return (
    <html lang={uiLocaleOf(locale)} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <AppShell user={data?.user ?? null} locale={locale}>
          {data?.flash && <FlashAlert message={data.flash} />}
          {children}
        </AppShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
