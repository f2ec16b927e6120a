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
  // Bundled into the server build rather than imported from node_modules at run time, so only what
  // the app uses is loaded: the design system imports the whole icon package (about a thousand
  // modules) and date-fns/locale every locale. Importing the server build took 180 MB of resident
  // memory before, 126 MB after.
  ssr: { noExternal: ["@digdir/designsystemet-react", "@navikt/aksel-icons", "date-fns"] },
  server: { port: 3000 },
});
