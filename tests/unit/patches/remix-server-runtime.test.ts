import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// patches/@remix-run+server-runtime+2.17.5.patch: Remix v2 handed each loader and action a new
// Request with its `index` and `_routes` parameters stripped, made even when there was none to
// strip (twice per loader: headers copied, a signal made to follow the old one). Patched, such a
// request goes on as it is; one that has them is stripped as published. Both builds are patched:
// the server runs the CommonJS one, Vite's dev server may load the ES module.
type Handler = (args: { request: Request }) => unknown;
type Call = (args: {
  loadContext: object;
  loader?: Handler;
  action?: Handler;
  params: object;
  request: Request;
  routeId: string;
  singleFetch: boolean;
}) => Promise<unknown>;
type DataModule = { callRouteLoader: Call; callRouteAction: Call };

const require = createRequire(import.meta.url);
// The ES module build has no type declarations of its own (the CommonJS build's describe both).
const esmBuild = "@remix-run/server-runtime/dist/esm/data.js";
const builds: [string, () => Promise<DataModule>][] = [
  ["CommonJS", async () => require("@remix-run/server-runtime/dist/data.js") as DataModule],
  ["ES module", async () => (await import(/* @vite-ignore */ esmBuild)) as DataModule],
];

describe.each(builds)("the %s build", (_, load) => {
  /** The request a loader is handed for `request`. */
  async function handed(request: Request, singleFetch = true): Promise<Request> {
    const { callRouteLoader } = await load();
    let seen: Request | undefined;
    const loader: Handler = ({ request: given }) => {
      seen = given;
      return null;
    };
    await callRouteLoader({ loadContext: {}, loader, params: {}, request, routeId: "routes/page", singleFetch });
    return seen!;
  }

  it("hands a loader the request itself when there is nothing to strip", async () => {
    const request = new Request("http://localhost/gatherings/1?page=2&q=a%20b", { headers: { Cookie: "s=1" } });
    expect(await handed(request)).toBe(request);
  });

  it("strips `index` and `_routes` as published, keeping the rest of the query and the headers", async () => {
    const cases: [string, string][] = [
      ["http://localhost/programs?index&page=2", "http://localhost/programs?page=2"],
      ["http://localhost/programs?index=&_routes=root", "http://localhost/programs"],
      ["http://localhost/programs?index=a&page=2", "http://localhost/programs?page=2&index=a"],
      ["http://localhost/gatherings/1?_routes=root%2Croutes%2Fgatherings&open=message", "http://localhost/gatherings/1?open=message"],
    ];
    for (const [url, stripped] of cases) {
      const request = new Request(url, { headers: { Cookie: "s=1" } });
      const given = await handed(request);
      expect(given).not.toBe(request);
      expect(given.url).toBe(stripped);
      expect(given.headers.get("Cookie")).toBe("s=1");
    }
  });

  it("gives an action the posted form, whether or not there was something to strip", async () => {
    const { callRouteAction } = await load();
    for (const url of ["http://localhost/programs/1/budget", "http://localhost/programs?index"]) {
      let posted: string | null = null;
      const action: Handler = async ({ request }) => {
        posted = String((await request.formData()).get("intent"));
        return null;
      };
      const request = new Request(url, { method: "POST", body: new URLSearchParams({ intent: "addExpense" }) });
      await callRouteAction({ loadContext: {}, action, params: {}, request, routeId: "routes/page", singleFetch: true });
      expect(posted).toBe("addExpense");
    }
  });
});
