import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import type * as Router from "@remix-run/router";
import { describe, expect, it } from "vitest";

// patches/@remix-run+router+1.23.3.patch caches flattened, ranked route branches and compiled path
// patterns in the router's CommonJS build (what the server runs). The UMD build is left as published,
// so it is the reference: every route of this app's manifest must match exactly as before.
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
  it("is applied to the router the server runs", () => {
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("rankedBranchesCache");
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
});
