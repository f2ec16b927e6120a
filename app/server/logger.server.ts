import pino from "pino";

/**
 * Structured JSON logs. Only technical facts are logged (method, route path, status, timing, error
 * stacks) — never query strings, form fields, names or e-mail addresses.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  base: undefined,
  redact: { paths: ["email", "password", "*.email", "*.password", "req.headers.cookie"], remove: true },
});
