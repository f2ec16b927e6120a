// The bare route's launcher: the same Express adapter and settings as app/server/main.js (headers,
// static files, request handler), none of Samling's own work.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { trustLoopback } from "../../../app/server/trust-proxy.js";

const build = await import(new URL("../out/bare-build/server/index.js", import.meta.url).href);
const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustLoopback);
app.use((_req, res, next) => {
  res.set({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "SAMEORIGIN" });
  next();
});
app.use("/assets", express.static(new URL("../out/bare-build/client/assets", import.meta.url).pathname, { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build }));
app.listen(Number(process.env.PORT ?? 3998), () => console.log("bare route ready"));
