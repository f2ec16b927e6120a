import { readFileSync } from "node:fs";

/**
 * Node's arguments for the production server, exactly as `npm run serve` gives them (heap limit
 * included), so the browser journeys, the benchmark and the reliability tests run the server the
 * way it is deployed: `spawn(process.execPath, serverArguments, …)`.
 */
export const serverArguments: string[] = (() => {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = pkg.scripts.serve!.split(/\s+/);
  if (command !== "node" || args.at(-1) !== "app/server/main.js") throw new Error(`unexpected serve script: ${pkg.scripts.serve}`);
  return args;
})();
