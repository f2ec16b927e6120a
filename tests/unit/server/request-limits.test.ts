import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bodyLimitFor,
  formBodyLimit,
  loggedPath,
  maxFields,
  screenBodyFields,
  screenBodyHeaders,
} from "../../../app/server/request-limits.server";
import { strictTransportSecurity } from "../../../app/server/http-security.server";

const post = (contentType: string | undefined, contentLength: string | undefined, pathname = "/login") =>
  screenBodyHeaders({ method: "POST", pathname, contentType, contentLength, transferEncoding: undefined });

describe("request body limits", () => {
  it("accepts the two form encodings within the limit", () => {
    expect(post("application/x-www-form-urlencoded", "100")).toBeNull();
    expect(post("multipart/form-data; boundary=----x", "100")).toBeNull();
    expect(
      screenBodyHeaders({ method: "GET", pathname: "/", contentType: undefined, contentLength: undefined, transferEncoding: undefined }),
    ).toBeNull();
  });

  it("refuses a body over the route's limit, with room for the roster upload", () => {
    expect(post("application/x-www-form-urlencoded", String(150 * 1024 * 1024))?.status).toBe(413);
    expect(post("multipart/form-data; boundary=x", String(formBodyLimit + 1))?.status).toBe(413);
    expect(post("multipart/form-data; boundary=x", String(5 * 1024 * 1024 + 1000), "/people/import")).toBeNull();
    expect(bodyLimitFor("/people/import")).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuses odd types, a multipart without boundary and a body of unknown length", () => {
    expect(post("application/json", "10")?.status).toBe(415);
    expect(post("text/plain", "10")?.status).toBe(415);
    expect(post(undefined, "10")?.status).toBe(415);
    expect(post("multipart/form-data", "10")?.status).toBe(400);
    expect(post("application/x-www-form-urlencoded", "1e3")?.status).toBe(411);
    expect(
      screenBodyHeaders({
        method: "POST",
        pathname: "/login",
        contentType: "application/x-www-form-urlencoded",
        contentLength: undefined,
        transferEncoding: "chunked",
      })?.status,
    ).toBe(411);
  });

  it("refuses too many fields and deep or long names", () => {
    const urlencoded = "application/x-www-form-urlencoded";
    const many = Array.from({ length: maxFields + 1 }, (_, i) => `a[${i}]=1`).join("&");
    expect(screenBodyFields(urlencoded, Buffer.from(many))?.status).toBe(413);
    expect(screenBodyFields(urlencoded, Buffer.from(`${"a[0]".repeat(50)}=1`))?.status).toBe(400);
    expect(screenBodyFields(urlencoded, Buffer.from(`${"x".repeat(300)}=1`))?.status).toBe(400);
    expect(screenBodyFields(urlencoded, Buffer.from("a=%E0%A4%A"))).toBeNull();
    expect(screenBodyFields(urlencoded, Buffer.from("%E0%A4%A=1"))?.status).toBe(400);
    expect(screenBodyFields(urlencoded, Buffer.from("email=a%40b.no&items[0].name=x&intent=save"))).toBeNull();
    const multipart = Array.from(
      { length: maxFields + 1 },
      (_, i) => `--b\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n1\r\n`,
    ).join("");
    expect(screenBodyFields("multipart/form-data; boundary=b", Buffer.from(multipart))?.status).toBe(413);
  });
});

describe("hostile bodies (fuzzed)", () => {
  const contentType = fc.oneof(
    fc.constantFrom(
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "multipart/form-data; boundary=b",
      "application/json",
      "text/plain",
      "application/xml",
      "",
    ),
    fc.string({ maxLength: 80 }),
  );
  const name = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.nat({ max: 60 }).map((depth) => `a${"[0]".repeat(depth)}`),
    fc.constantFrom("%", "%E0%A4%A", "a.b.c.d.e.f.g.h.i.j", "x".repeat(500)),
  );
  const body = fc.oneof(
    fc.array(fc.tuple(name, fc.string({ maxLength: 10 })), { maxLength: 50 }).map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join("&")),
    fc.nat({ max: 30_000 }).map((n) => Array.from({ length: n }, (_, i) => `a[${i}]=1`).join("&")),
    fc.string({ maxLength: 200 }),
  );

  it("never throws, and either lets a body through or refuses it with a 4xx and a message", () => {
    fc.assert(
      fc.property(
        contentType,
        body,
        fc.oneof(fc.nat({ max: 200 * 1024 * 1024 }).map(String), fc.constantFrom(undefined, "-1", "1e9", "abc")),
        (type, text, declared) => {
          for (const refusal of [
            screenBodyHeaders({
              method: "POST",
              pathname: "/login",
              contentType: type,
              contentLength: declared,
              transferEncoding: undefined,
            }),
            screenBodyFields(type, Buffer.from(text)),
          ]) {
            if (refusal === null) continue;
            expect([400, 411, 413, 415]).toContain(refusal.status);
            expect(refusal.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("logged paths", () => {
  it.each([
    ["/calendar/abcDEF123.ics", "/calendar/:token.ics"],
    ["/rsvp/1.yes.c2lnbmF0dXJl", "/rsvp/:token"],
    ["/r/secret-token", "/r/:token"],
    ["/people/12", "/people/12"],
  ])("logs %s as %s", (path, shown) => {
    expect(loggedPath(path)).toBe(shown);
  });
});

describe("HSTS", () => {
  it("is sent only for an https public address", () => {
    expect(strictTransportSecurity("https://samling.example.org")).toMatch(/^max-age=\d{7,}/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
