// Production launcher: serves the Remix server build with Express. Plain JavaScript so it runs
// without a compile step; everything else (config, database, seeding, policies) lives in the build.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const build = await import("../../build/server/index.js");
const { boot, isAllowedOrigin, logger } = build.entry.module;

let booted;
try {
  booted = await boot();
} catch (error) {
  if (error instanceof Error && error.name === "ConfigError") {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { config, demoLogins, shutdown } = booted;
const appOrigin = new URL(config.appUrl).origin;
const appHost = new URL(config.appUrl).host;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");
app.use((req, res, next) => {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    // The route path only: query strings can hold search terms and names.
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  res.set({
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
  });
  // Same-origin means the configured public address or the host this request was sent to.
  const allowedOrigins = [appOrigin, `${req.protocol}://${req.get("host")}`];
  if (!isAllowedOrigin({ method: req.method, origin: req.get("origin"), referer: req.get("referer") }, allowedOrigins)) {
    res.status(403).type("text/plain").send("Cross-site request refused");
    return;
  }
  // Remix aborts an action (with a 500) whose Origin is not the host it reached. Behind a proxy that
  // does not pass the public Host on, a post from the configured public address is such a request;
  // it was checked above, so Remix is told the public host.
  if (req.get("origin") === appOrigin && req.get("host") !== appHost) req.headers["x-forwarded-host"] = appHost;
  next();
});
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
// Files in public/ all have an extension; pages do not, so they skip the file-system lookup.
const publicFiles = express.static("build/client", { maxAge: "1h" });
app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
app.all("*", createRequestHandler({ build, getLoadContext: (req) => ({ clientAddress: req.ip ?? "unknown" }) }));

const server = app.listen(config.port, () => {
  console.log(`Samling is running on ${config.appUrl} (database ${config.databasePath})`);
  if (demoLogins) {
    console.log("\nDemo data was seeded. Sign in as (password for all: samling-demo):");
    for (const login of demoLogins) console.log(`  ${login.role.padEnd(12)} ${login.email}`);
    console.log("");
  }
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(async () => {
      await shutdown();
      process.exit(0);
    });
  });
}
