/**
 * A real OpenID Connect provider for the single sign-on tests: `oidc-provider` on a free loopback
 * port, with one static client (Samling), PKCE required, and its development login and consent
 * pages (features.devInteractions), which `signInAtProvider` fills in with plain fetch.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TestAccount = { email: string; email_verified: boolean };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The OIDC_* environment that points Samling at this provider. */
  env: Record<string, string>;
  close: () => Promise<void>;
};

/** Starts the provider. `accounts` maps the login typed on its login page to the person's claims. */
export async function startOidcProvider(options: {
  appUrl: string;
  accounts: Record<string, TestAccount>;
  displayName?: string;
}): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "samling-test";
  const clientSecret = "samling-test-secret-samling-test-secret";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl}/login/sso/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["test-cookie-key-test-cookie-key"] },
    findAccount: (_ctx, id) => {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
  });
  // Quiet: a refused test request is expected, not a problem to print.
  provider.on("server_error", () => {});
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_DISPLAY_NAME: options.displayName ?? "Testleverandør",
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Plays the browser at the provider: from the authorization URL through its login form (any
 * password) and consent page, keeping its cookies, until it sends the browser back to `appUrl`.
 * Returns that callback address (with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, appUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  };
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(appUrl)) return url;
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      body: form,
      headers: { Cookie: cookieHeader(), ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
      redirect: "manual",
    });
    remember(response);
    form = undefined;
    const location = response.headers.get("Location");
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`Provider answered ${response.status}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`No login or consent form at ${url}: ${html.slice(0, 500)}`);
    url = new URL(action, url).href;
    form = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
  }
  throw new Error("The provider did not send the browser back");
}
