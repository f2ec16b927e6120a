import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "./config.server";

/** A random secret for links and sessions (256 bits, URL-safe). */
export const newToken = () => randomBytes(32).toString("base64url");

/** What the database keeps of a token, so a copy of the database cannot be used to replay it. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

const mac = (value: string) => createHmac("sha256", getConfig().sessionSecret).update(value).digest("base64url");

/** `value.signature`: tamper-evident, for links that act without signing in. */
export const sign = (value: string) => `${value}.${mac(value)}`;

/** The signed value, or null when the signature does not match. */
export function unsign(signed: string): string | null {
  const cut = signed.lastIndexOf(".");
  if (cut <= 0) return null;
  const value = signed.slice(0, cut);
  const given = Buffer.from(signed.slice(cut + 1));
  const expected = Buffer.from(mac(value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
