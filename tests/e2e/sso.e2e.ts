/**
 * Single sign-on in a browser: the button on the sign-in page, the identity provider's own login
 * and consent pages (oidc-provider's development pages), and back into Samling as the right person.
 * This file starts its own provider and its own app server (the shared one has no OIDC_* set), on a
 * fresh database of its own, so the other journeys never see the button.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { startOidcProvider, type TestProvider } from "../helpers/oidc-provider";
import { portFrom, startApp, type AppServer } from "./helpers/app-server";
import { checkA11y } from "./helpers/a11y";
import { artifactsDir } from "./helpers/paths";
import { test } from "./helpers/test";

let provider: TestProvider | undefined;
let app: AppServer | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "samling-sso-e2e-"));
  const port = await portFrom(undefined);
  const appUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider({
    appUrl,
    displayName: "Testetaten",
    // The demo coordinator (Hege Sandvik), with the address in other letters than Samling keeps it.
    accounts: { hege: { email: "Coordinator@Example.org", email_verified: true } },
  });
  app = await startApp({
    port,
    databasePath: path.join(dir, "samling.db"),
    smtpPort: Number(new URL(inject("e2eSmtpUrl")).port),
    logFile: path.join(artifactsDir, "sso-server.log"),
    env: provider.env,
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await provider?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a person signs in with single sign-on and lands home as themselves, without JavaScript too", async ({ newPage }) => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage({ javaScriptEnabled, baseURL: app!.url });
    page.context().setDefaultTimeout(15_000);
    await page.goto("/login");
    await checkA11y(page, "the sign-in page with single sign-on");
    await page.getByRole("link", { name: "Logg inn med Testetaten" }).click();
    await page.waitForURL((url) => url.href.startsWith(provider!.issuer), { waitUntil: "domcontentloaded" });
    await page.locator('input[name="login"]').fill("hege");
    await page.locator('input[name="password"]').fill("any");
    await page.locator('button[type="submit"]').first().click();
    await page.locator('form input[name="prompt"][value="consent"]').waitFor({ state: "attached" });
    await page.locator('button[type="submit"]').first().click();
    await page.waitForURL((url) => url.href.startsWith(app!.url) && url.pathname === "/");
    await page.getByRole("heading", { level: 1, name: "Hei, Hege Sandvik" }).waitFor();
    await checkA11y(page, "home after single sign-on");
    expect(new URL(page.url()).pathname).toBe("/");
  }
});
