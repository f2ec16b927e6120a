import { request } from "node:http";
import { expect, inject } from "vitest";
import { demoAccounts, demoPassword } from "./helpers/auth";
import { test } from "./helpers/test";

/** A sign-in post as a reverse proxy forwards it: the browser's Origin, but the proxy's own Host. */
function postLogin(headers: Record<string, string>): Promise<number> {
  const base = new URL(inject("e2eBaseUrl"));
  const body = new URLSearchParams({ email: demoAccounts.leader, password: demoPassword }).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: "/login",
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("a form post from the public address works behind a proxy that does not pass the Host on", async () => {
  const publicOrigin = inject("e2eBaseUrl");
  const proxyHost = `localhost:${new URL(publicOrigin).port}`;
  expect(await postLogin({ Origin: publicOrigin, Host: proxyHost })).toBe(302);
});

test("a form post from another site is still refused", async () => {
  const proxyHost = `localhost:${new URL(inject("e2eBaseUrl")).port}`;
  expect(await postLogin({ Origin: "https://evil.example", Host: proxyHost })).toBe(403);
});
