// ESLint: TypeScript, React hooks, accessibility of JSX, and the project's layers as rules
// (docs/architecture.md explains them). `npm run lint`; part of `npm test`.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers, from the inside out, as folders (the plugin classifies folders, not single files, so
 * app/root.tsx, app/entry.server.tsx and app/routes.ts belong to no layer). A file belongs to the
 * first pattern it matches. The reflections door is a server module; what may reach past it is the
 * no-restricted-imports blocks below.
 */
const elements = [
  { type: "domain", pattern: "app/domain/**" },
  { type: "i18n", pattern: "app/i18n/**" },
  { type: "components", pattern: "app/components/**" },
  { type: "server", pattern: "app/server/**" },
  { type: "cli", pattern: "app/cli/**" },
  { type: "routes", pattern: "app/routes/**" },
  { type: "db", pattern: "db/**" },
  { type: "tests", pattern: "tests/**" },
].map((element) => ({ ...element, partialMatch: false }));

const from = (type) => ({ element: { type } });
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });

/** Reflections are private (the last three blocks below). */
const reflectionTables = {
  group: ["**/db/schema"],
  importNames: ["reflections", "reflectionAnswers", "reflectionQuotes"],
  message: "Reflections are private: go through app/server/reflections.server.ts.",
};
const behindTheDoor = {
  regex: "(^|/)reflections/",
  message: "Reflections are private: go through app/server/reflections.server.ts, the one door to them.",
};

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "public/**", "tests/e2e/artifacts/**", "tests/bench/out/**", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-control-regex": "off",
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Designsystemet's components render the real elements; the rule cannot see through them.
      "jsx-a11y/label-has-associated-control": ["error", { assert: "either", depth: 3 }],
      // A scrollable table is a labelled region that takes focus, so keyboard users can scroll it (WCAG 2.1.1).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"] }],
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // Loader/action data in tests is whatever the route returns; vitest fixtures destructure `{}`.
      "@typescript-eslint/no-explicit-any": "off",
      "no-empty-pattern": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx,js}", "db/**/*.ts", "tests/**/*.ts"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/include": ["app/**", "db/**", "tests/**"],
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            // The rules are plain TypeScript: nothing of the web, the database or the UI.
            { from: from("domain"), disallow: to("server", "routes", "components", "db", "cli", "i18n") },
            { from: from("i18n"), disallow: to("server", "routes", "components", "db", "cli") },
            // The UI runs in the browser too: no server code, no database schema.
            { from: from("components"), disallow: to("server", "routes", "db", "cli") },
            // The schema and migrations stand alone; the seed and the tools live in app/.
            { from: from("db"), disallow: to("server", "routes", "components", "cli") },
            { from: from("server"), disallow: to("routes", "cli") },
            { from: from("routes"), disallow: to("cli") },
          ],
        },
      ],
    },
  },
  {
    // Privacy by design: reflections, their answers and quotes are read and written only in
    // app/server/reflections/, and only reflections.server.ts, the one door, imports those modules
    // (raw SQL and drizzle's query API are checked by tests/unit/server/reflection-privacy.test.ts).
    files: ["app/**/*.{ts,tsx}"],
    // The demo seeds write the demo's reflections as they write everything else; they serve no request.
    ignores: ["app/server/reflections/**", "app/server/demo-seed.server.ts", "app/server/demo-seed-directorate.server.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [reflectionTables, behindTheDoor] }] },
  },
  {
    // The door passes on what others may call; it reads nothing itself.
    files: ["app/server/reflections.server.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [reflectionTables] }] },
  },
  {
    // Tests, too, go through the door.
    files: ["tests/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [behindTheDoor] }] },
  },
);
