import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import type * as Router from "@remix-run/router";
import type * as RouterDomServer from "react-router-dom/server";
import { describe, expect, it } from "vitest";

// patches/@remix-run+router+1.23.3.patch caches flattened, ranked route branches, compiled path
// patterns and the matches of a path in the router's CommonJS build (what the server runs). The UMD
// build is left as published, so it is the reference: every route of this app's manifest must match
// exactly as before. The @remix-run/react and react-router-dom patches make the server render's route
// tree once per build, so those caches, keyed by the tree, hit on every request.
const require = createRequire(import.meta.url);
const patched = require("@remix-run/router") as typeof Router;
const original = require("@remix-run/router/dist/router.umd.js") as typeof Router;

type RouteObject = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: RouteObject[] };
type Routes = Parameters<typeof patched.matchRoutes>[0];

function routeTree(): { tree: Routes; paths: string[] } {
  const manifest = flatRoutes(path.resolve("app"), [], "routes");
  const byParent = new Map<string, RouteObject[]>();
  const fullPath = new Map<string, string>();
  for (const route of Object.values(manifest)) {
    const parent = route.parentId ?? "root";
    const object: RouteObject = { id: route.id, path: route.path, index: route.index, caseSensitive: route.caseSensitive };
    byParent.set(parent, [...(byParent.get(parent) ?? []), object]);
  }
  const attach = (route: RouteObject, prefix: string): RouteObject => {
    const full = [prefix, route.path ?? ""].filter(Boolean).join("/");
    fullPath.set(route.id, full);
    const children = byParent.get(route.id);
    return children ? { ...route, children: children.map((child) => attach(child, full)) } : route;
  };
  const tree = [attach({ id: "root", path: "" }, "")];
  const paths = [...fullPath.values()].flatMap((p) => {
    const filled =
      "/" +
      p
        .replace(/:(\w+)\?/g, "7")
        .replace(/:(\w+)/g, "42")
        .replace(/\*$/, "a/b");
    return [filled, `${filled}/`, filled.toUpperCase(), `${filled}/extra`, `${filled}/%C3%A6%20x`, filled.replace("42", "1e1")];
  });
  return { tree: tree as Routes, paths: [...new Set([...paths, "/", "/nowhere", "//", "/programs/", "/programs/abc/edit"])] };
}

const summary = (matches: ReturnType<typeof patched.matchRoutes>) =>
  matches?.map((m) => ({ id: (m.route as RouteObject).id, params: m.params, pathname: m.pathname, base: m.pathnameBase })) ?? null;

describe("the route-matching backport", () => {
  it("is applied to the router the server runs, and to the server render's route trees", () => {
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("rankedBranchesCache");
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("matchesCache");
    expect(readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8")).toContain("serverRoutesCache");
    expect(readFileSync(require.resolve("react-router-dom/server.js"), "utf8")).toContain("dataRoutesCache");
  });

  it("matches every route of the manifest exactly as the published router does, on the first match and on later ones", () => {
    const { tree, paths } = routeTree();
    expect(paths.length).toBeGreaterThan(300);
    for (const pathname of paths) {
      const expected = summary(original.matchRoutes(tree, pathname));
      expect(summary(patched.matchRoutes(tree, pathname)), pathname).toEqual(expected);
      expect(summary(patched.matchRoutes(tree, pathname)), pathname).toEqual(expected);
    }
  });

  it("keeps route trees apart: a second tree is flattened on its own", () => {
    const a: Routes = [{ id: "a", path: "/x/:id" }];
    const b: Routes = [{ id: "b", path: "/x/new" }];
    expect(summary(patched.matchRoutes(a, "/x/new"))?.[0]?.id).toBe("a");
    expect(summary(patched.matchRoutes(b, "/x/new"))?.[0]?.id).toBe("b");
  });

  it("gives every caller its own matches: changing one result changes no later one", () => {
    const tree: Routes = [{ id: "p", path: "/programs/:programId", children: [{ id: "g", path: "gatherings/:gatheringId" }] }];
    const first = patched.matchRoutes(tree, "/programs/4/gatherings/9")!;
    // As published: the matches of one branch share one params object.
    expect(first[0]!.params).toBe(first[1]!.params);
    (first[0]!.params as Record<string, string>).programId = "changed";
    first[1]!.pathname = "/changed";
    const second = patched.matchRoutes(tree, "/programs/4/gatherings/9")!;
    expect(summary(second)).toEqual(summary(original.matchRoutes(tree, "/programs/4/gatherings/9")));
    expect(second[0]!.params).toBe(second[1]!.params);
    expect(patched.matchRoutes(tree, "/nowhere")).toBeNull();
    expect(patched.matchRoutes(tree, "/nowhere")).toBeNull();
  });

  it("makes the static router's data routes once per route tree", async () => {
    const { createStaticHandler, createStaticRouter } = require("react-router-dom/server.js") as typeof RouterDomServer;
    const tree = [{ id: "root", path: "/", children: [{ id: "about", path: "about" }] }];
    const context = await createStaticHandler(tree).query(new Request("http://localhost/about"));
    if (context instanceof Response) throw new Error("unexpected response");
    const a = createStaticRouter(tree, context);
    const b = createStaticRouter(tree, context);
    expect(a.routes).toBe(b.routes);
    expect(b.state.matches.map((m) => m.route.id)).toEqual(["root", "about"]);
    expect(b.state.matches[1]!.route).toBe(b.routes[0]!.children![0]);
  });
});
