import { defineConfig } from "vitest/config";

// Separate from vite.config.ts so the Remix plugin is not loaded under vitest (Remix issue 9871).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup-file.ts"],
    pool: "forks",
    testTimeout: 20_000,
  },
});
