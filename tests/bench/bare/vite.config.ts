import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { remixFuture } from "../../../vite.config";

// The benchmark's ceiling: a one-route Remix app with Samling's versions, future flags and build
// settings, built beside the app (`remix vite:build --config tests/bench/bare/vite.config.ts`).
export default defineConfig({
  plugins: [
    remix({
      appDirectory: "tests/bench/bare/app",
      buildDirectory: "tests/bench/out/bare-build",
      future: remixFuture,
    }),
  ],
  build: { target: "es2022" },
});
