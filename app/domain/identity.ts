import { z } from "zod";

/** An e-mail address as typed into a sign-in form: trimmed and lower-cased, as addresses are stored. */
export const emailField = () =>
  z.string({ error: "login.emailRequired" }).trim().toLowerCase().max(254, "login.emailInvalid").pipe(z.email("login.emailInvalid"));

export const minPasswordLength = 10;

/** A new password: long enough to resist guessing, typed twice alike. */
export const newPasswordSchema = z
  .object({
    password: z
      .string({ error: "identity.password.required" })
      .min(minPasswordLength, "identity.password.tooShort")
      .max(200, "identity.password.tooLong"),
    confirm: z.string({ error: "identity.password.mismatch" }).max(200, "identity.password.mismatch"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "identity.password.mismatch" });

/** "Firefox on Windows" from a User-Agent, for the list of sessions; null when it says nothing known. */
export function describeBrowser(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = [
    [/Edg\//, "Edge"],
    [/Firefox\//, "Firefox"],
    [/Chrom(e|ium)\//, "Chrome"],
    [/Safari\//, "Safari"],
  ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] as string | undefined;
  const system = [
    [/iPhone|iPad/, "iOS"],
    [/Android/, "Android"],
    [/Windows/, "Windows"],
    [/Mac OS X|Macintosh/, "macOS"],
    [/Linux/, "Linux"],
  ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] as string | undefined;
  if (!browser && !system) return null;
  return [browser, system].filter(Boolean).join(" · ");
}
