import pino from "pino";
import { loadLogLevel } from "./config.server";

/**
 * Structured JSON logs. Only technical facts are logged (method, route path, status, timing, error
 * stacks) — never query strings, form fields, names or e-mail addresses.
 */
export const logger = pino({
  level: loadLogLevel(),
  base: undefined,
  redact: { paths: ["email", "password", "*.email", "*.password", "req.headers.cookie"], remove: true },
});
