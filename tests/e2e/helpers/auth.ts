import type { Page } from "playwright-core";
import { inject } from "vitest";
import { pageT, visit } from "./pages";

export const demoPassword = "samling-demo";

export { demoAccounts } from "../../helpers/demo-accounts";

/**
 * Signs in through the login form, filling the fields by their labels in the language the page
 * is shown in; resolves once the browser has left the login page.
 */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await visit(page, "/login");
  const t = await pageT(page);
  await page.getByLabel(t("login.email"), { exact: true }).fill(email);
  await page.getByLabel(t("login.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t("login.submit"), exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Signs out with the button in the page header; resolves on the login page. */
export async function signOut(page: Page): Promise<void> {
  const t = await pageT(page);
  await page.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/login");
}

/**
 * Signs a demo account in and posts one form as it, straight over HTTP (no browser): for restoring
 * shared state in `onTestFailed` after a journey that changes it did not get to change it back.
 * Both posts name the app as their Origin, which the server requires of every post.
 */
export async function postAs(email: string, path: string, form: Record<string, string>): Promise<Response> {
  const base = inject("e2eBaseUrl");
  const login = await fetch(`${base}/login`, {
    method: "POST",
    headers: { Origin: base },
    body: new URLSearchParams({ email, password: demoPassword }),
    redirect: "manual",
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { Origin: base, Cookie: cookie },
    body: new URLSearchParams(form),
    redirect: "manual",
  });
}

/** Sets a demo account's language over HTTP (see `postAs`). */
export async function setLanguageOf(email: string, locale: "nb" | "nn" | "sv" | "en"): Promise<void> {
  await postAs(email, "/language", { locale });
}
