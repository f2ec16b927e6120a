// Production launcher: serves the Remix server build with Express. Plain JavaScript so it runs
// without a compile step; everything else (config, database, seeding) lives in the build.
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const build = await import("../../build/server/index.js");

let booted;
try {
  booted = await build.entry.module.boot();
} catch (error) {
  if (error instanceof Error && error.name === "ConfigError") {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { config, demoLogins, shutdown } = booted;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");
app.use((_req, res, next) => {
  res.set({
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  });
  next();
});
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
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
