import { defineConfig } from "vitest/config";

// Separate from vite.config.ts so the Remix plugin is not loaded under vitest (Remix issue 9871).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "default",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-file.ts"],
          pool: "forks",
          testTimeout: 20_000,
        },
      },
      {
        // Browser journeys against the production build (see tests/e2e/global-setup.ts).
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          pool: "forks",
          // One file at a time in one process (the project-level form of fileParallelism: false):
          // the machine has two cores, and the server under test needs one.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
