import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Screenshots, page HTML and the server log of the last run (gitignored). */
export const artifactsDir = fileURLToPath(new URL("../artifacts/", import.meta.url));
