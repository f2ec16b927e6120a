import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** Every v3 future flag (the benchmark's bare app, tests/bench/bare/, builds with the same). */
export const remixFuture = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_singleFetch: true,
  v3_lazyRouteDiscovery: true,
  v3_routeConfig: true,
} as const;

export default defineConfig({
  plugins: [remix({ future: remixFuture })],
  build: { target: "es2022" },
  server: { port: 3000 },
});
