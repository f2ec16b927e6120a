// Production launcher: serves the Remix server build with Express. Plain JavaScript so it runs
// without a compile step; everything else (config, database, seeding, policies) lives in the build.
import cluster from "node:cluster";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import remixNode from "@remix-run/node";
import express from "express";
import { trustLoopback } from "./trust-proxy.js";

// CommonJS: its functions are read off the default export.
const { createRequestHandler } = remixNode;

// Production unless told otherwise (`npm run dev` is development): React's production build, and
// no stack traces in answers. Set before the build is loaded, which picks React's build by it.
process.env.NODE_ENV ??= "production";

const buildUrl = new URL("../../build/server/index.js", import.meta.url);
const build = await import(buildUrl.href);
// Part of every page's ETag: the server build embeds the client's asset hashes, so any change to either changes it.
const buildId = createHash("sha256").update(readFileSync(buildUrl)).digest("base64url").slice(0, 16);
const {
  boot,
  isAllowedOrigin,
  logger,
  loggedPath,
  screenBodyHeaders,
  screenBodyFields,
  bodyLimitFor,
  keepComparisonCurrent,
  requestIdHeader,
  sendBody,
  staticDocumentPolicy,
  trustRequestNumbers,
  strictTransportSecurity,
} = build.entry.module;

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
const hsts = strictTransportSecurity(config.appUrl);

// WEB_CONCURRENCY=N: this process has migrated and seeded the database and sends the outbox; N
// forked processes serve requests on the one port (the cluster module shares it) and the one SQLite
// file (WAL lets them read while one writes). Each of them boots too, finding the work done.
if (cluster.isPrimary && config.webConcurrency > 1) {
  superviseServers(config.webConcurrency);
} else {
  serve();
}

function superviseServers(count) {
  let stopping = false;
  let announced = false;
  const running = new Set();
  const fork = () => running.add(cluster.fork({ EMAIL_DISPATCHER: "off" }));
  for (let i = 0; i < count; i++) fork();
  cluster.on("listening", () => {
    if (announced) return;
    announced = true;
    announce(`${count} server processes`);
  });
  cluster.on("exit", (worker, code, signal) => {
    running.delete(worker);
    if (stopping) {
      if (running.size === 0) shutdown().then(() => process.exit(0));
      return;
    }
    // A crashed server process is replaced; the others kept serving meanwhile.
    logger.error({ pid: worker.process.pid, code, signal }, "server process exited; starting another");
    setTimeout(fork, 1_000);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      if (running.size === 0) shutdown().then(() => process.exit(0));
      for (const worker of running) worker.process.kill("SIGTERM");
    });
  }
}

/** The address, and the demo's sign-ins when it was just seeded: printed once, by the first process. */
function announce(processes) {
  console.log(`Samling is running on ${config.appUrl} (database ${config.databasePath}${processes ? `, ${processes}` : ""})`);
  if (demoLogins) {
    console.log("\nDemo data was seeded. Sign in as (password for all: samling-demo):");
    for (const login of demoLogins) console.log(`  ${login.role.padEnd(12)} ${login.email}`);
    console.log("");
  }
}

function serve() {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustLoopback);
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      // The route path only: query strings can hold search terms and names.
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Tokens in paths (calendar feeds, signed links) are logged as their route pattern.
      logger.info({ method: req.method, path: loggedPath(req.path), status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    });
    res.set({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "SAMEORIGIN",
    });
    if (hsts) res.set("Strict-Transport-Security", hsts);
    // Same-origin means the configured public address or the host this request was sent to.
    const allowedOrigins = [appOrigin, `${req.protocol}://${req.get("host")}`];
    if (!isAllowedOrigin({ method: req.method, origin: req.get("origin"), referer: req.get("referer"), path: req.path }, allowedOrigins)) {
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
  const handleRemix = createRequestHandler(build, process.env.NODE_ENV);
  app.all("*", async (req, res, next) => {
    try {
      const body = await readBody(req, res);
      if (body === undefined) return;
      const request = remixRequest(req, res, body);
      // A document's loaders hand the markup they drew to its render here (see staticMarkup); data, as Remix tells it, has none.
      const url = new URL(request.url);
      const isData = url.pathname.endsWith(".data") || url.searchParams.has("_data");
      const documentMarkup = isData ? undefined : new Map();
      const response = await handleRemix(request, { clientAddress: req.ip ?? "unknown", buildId, documentMarkup });
      // Pages, data and exports are personal: no shared or back-button cache keeps them unless a route says so.
      if (!response.headers.has("Cache-Control")) res.set("Cache-Control", "no-store");
      if (/^text\/html/i.test(response.headers.get("Content-Type") ?? "") && !response.headers.has("Content-Security-Policy")) {
        res.set("Content-Security-Policy", staticDocumentPolicy);
      }
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      if (response.body) await sendBody(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  });

  // Every request is numbered below, so the loaders of one page view may share work by the number.
  trustRequestNumbers();
  let requestCount = 0;
  /**
   * The Fetch request Remix handles, as @remix-run/express builds it (host and port as the proxy
   * settings allow, aborted when the client goes away), but with the body already read and checked.
   */
  function remixRequest(req, res, body) {
    const port = [req.get("x-forwarded-host"), req.get("host")]
      .map((host) => Number.parseInt(host?.split(":")[1] ?? "", 10))
      .find((n) => Number.isSafeInteger(n));
    const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
    const headers = new Headers();
    for (const [key, values] of Object.entries(req.headers)) {
      for (const value of Array.isArray(values) ? values : [values]) if (value !== undefined) headers.append(key, value);
    }
    // Numbered here, whatever a client sent, so the loaders of one page view can share work.
    headers.set(requestIdHeader, String(++requestCount));
    let controller = new AbortController();
    res.on("finish", () => (controller = null));
    res.on("close", () => controller?.abort());
    return new Request(url.href, { method: req.method, headers, signal: controller.signal, ...(body ? { body } : {}) });
  }

  /**
   * Reads a request's body within the route's limit and checks its type and fields, so no request can
   * exhaust the heap or the form parser. Answers the refusal itself and resolves to undefined then;
   * null for a request without a body.
   */
  async function readBody(req, res) {
    const refuse = ({ status, message }) => {
      res.set("Connection", "close").status(status).type("text/plain").send(message);
      return undefined;
    };
    const headerRefusal = screenBodyHeaders({
      method: req.method,
      pathname: req.path,
      contentType: req.get("content-type"),
      contentLength: req.get("content-length"),
      transferEncoding: req.get("transfer-encoding"),
    });
    if (headerRefusal) return refuse(headerRefusal);
    if (["GET", "HEAD"].includes(req.method)) return null;
    const limit = bodyLimitFor(req.path);
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > limit) return refuse({ status: 413, message: "The request is too large" });
      chunks.push(chunk);
    }
    const body = Buffer.concat(chunks);
    const fieldRefusal = screenBodyFields(req.get("content-type"), body);
    return fieldRefusal ? refuse(fieldRefusal) : body;
  }

  // Malformed URLs and other errors: a status and a word, never a stack trace or a server path.
  app.use((error, req, res, _next) => {
    const status = Number.isInteger(error?.status) && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, path: loggedPath(req.path) }, "request failed");
    if (res.headersSent) return res.end();
    res
      .status(status)
      .type("text/plain")
      .set("Cache-Control", "no-store")
      .send(status >= 500 ? "Server error" : "Bad request");
  });

  const server = app.listen(config.port, () => {
    if (cluster.isPrimary) announce();
  });
  // Each serving process keeps its own comparison (the directorate's page) current, off the request path.
  const comparison = keepComparisonCurrent();

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      comparison.stop();
      server.close(async () => {
        await shutdown();
        process.exit(0);
      });
    });
  }
}
