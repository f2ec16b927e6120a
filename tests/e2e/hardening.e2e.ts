// The production server against hostile requests (issue 14): huge and odd bodies, malformed URLs,
// open redirects and caching of signed-in pages, on the real launcher (app/server/main.js).
import { request } from "node:http";
import { describe, expect, inject, it } from "vitest";
import { requestIdHeader } from "../../app/server/request-scope.server";
import { demoAccounts, demoPassword } from "./helpers/auth";

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer; stream?: { bytes: number } } = {},
): Promise<Answer> {
  const base = new URL(inject("e2eBaseUrl"));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: options.method ?? "GET",
        headers: { Origin: base.origin, ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body = (body + chunk).slice(0, 100_000)));
        res.on("end", () => {
          // A refused upload is not sent on: the server has answered without reading it.
          if (options.stream) req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    // The server may answer and close while a huge body is still being written.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!["EPIPE", "ECONNRESET"].includes(error.code ?? "")) reject(error);
    });
    if (options.stream) {
      // The first megabyte of the declared body: the server must answer from the headers alone,
      // without reading (or buffering) the rest. Writing on would race its closing the connection.
      req.write(Buffer.alloc(Math.min(options.stream.bytes, 1024 * 1024), "a="));
    } else req.end(options.body);
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const postForm = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), ...headers },
  });

async function signedInCookie(email: string) {
  const answer = await postForm("/login", form({ email, password: demoPassword }));
  expect(answer.status).toBe(302);
  return String(answer.headers["set-cookie"]).split(";")[0]!;
}

describe("request bodies", () => {
  it("refuses a 150 MB sign-in post with 413 and keeps serving", async () => {
    const huge = await send("/login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": 150 * 1024 * 1024 },
      stream: { bytes: 150 * 1024 * 1024 },
    });
    expect(huge.status).toBe(413);
    const chunked = await send("/login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      stream: { bytes: 20 * 1024 * 1024 },
    });
    expect(chunked.status).toBe(411);
    expect((await send("/healthz")).status).toBe(200);
    expect((await postForm("/login", form({ email: demoAccounts.leader, password: demoPassword }))).status).toBe(302);
  });

  it.each([
    ["application/json", '{"email":"a@b.no"}', 415],
    ["text/plain", "email=a@b.no", 415],
    ["multipart/form-data", "--x\r\n", 400],
  ])("answers %s with %s on /login and /language", async (type, body, status) => {
    for (const path of ["/login", "/language"]) {
      const answer = await send(path, { method: "POST", body, headers: { "Content-Type": type, "Content-Length": body.length } });
      expect(answer.status, path).toBe(status);
    }
  });

  it("refuses 20 000 fields and deeply nested names with a 4xx, not a crash", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `a[${i}]=1`).join("&");
    expect((await postForm("/login", many)).status).toBe(413);
    const deep = `${"a[0]".repeat(5_000)}=1`;
    expect((await postForm("/login", deep)).status).toBe(400);
    expect((await send("/healthz")).status).toBe(200);
  });
});

describe("production mode", () => {
  it("answers a malformed URL with a 4xx and no stack trace or path", async () => {
    const answer = await send("/people/%E0%A4%A");
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toMatch(/ at |node_modules|\/work\/|URIError/);
  });
});

describe("redirects", () => {
  it.each(["/%5Cevil.example/x", "/\\evil.example/x", "/\t/evil.example", "//evil.example"])(
    "sign-in with redirectTo %j stays on the site",
    async (redirectTo) => {
      const answer = await postForm("/login", form({ email: demoAccounts.leader, password: demoPassword, redirectTo }));
      expect(answer.status).toBe(302);
      const base = inject("e2eBaseUrl");
      expect(new URL(String(answer.headers.location), base).origin).toBe(new URL(base).origin);
      expect(String(answer.headers.location)).not.toContain("\\");
    },
  );
});

describe("headers", () => {
  it("sends no-store on signed-in pages, their data and exports, and a CSP on HTML", async () => {
    const coordinator = await signedInCookie(demoAccounts.coordinator);
    const union = await signedInCookie(demoAccounts.union);
    for (const [path, cookie] of [
      ["/people", coordinator],
      ["/audit", coordinator],
      ["/outbox", coordinator],
      ["/people.data", coordinator],
      ["/", coordinator],
      ["/participation", union],
    ] as const) {
      const answer = await send(path, { headers: { Cookie: cookie } });
      expect(answer.status, path).toBeLessThan(400);
      expect(answer.headers["cache-control"], path).toContain("no-store");
      if (String(answer.headers["content-type"]).startsWith("text/html")) {
        expect(answer.headers["content-security-policy"], path).toContain("default-src");
      }
    }
  });
});

describe("a page view's shared session", () => {
  it("cannot be joined by a client sending the launcher's request number", async () => {
    const coordinator = await signedInCookie(demoAccounts.coordinator);
    const leader = await signedInCookie(demoAccounts.leader);
    const spoofed = { [requestIdHeader]: "1" };
    const first = await send("/", { headers: { Cookie: coordinator, ...spoofed } });
    expect(first.status).toBe(200);
    // Had the launcher kept the client's number, the leader's loaders would be given the coordinator's session.
    const second = await send("/my/reflections", { headers: { Cookie: leader, ...spoofed } });
    expect(second.status).toBe(200);
    const signedOut = await send("/my/reflections", { headers: spoofed });
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.location).toMatch(/^\/login/);
  });
});
