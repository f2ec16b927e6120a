import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser, type ParsedMail } from "mailparser";
import { inject } from "vitest";

const parsed = new Map<string, ParsedMail>();

/** Every message the SMTP server has received so far in this run, oldest first, parsed. */
export async function allMail(): Promise<ParsedMail[]> {
  const dir = inject("e2eMailDir");
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  for (const name of names) {
    if (!parsed.has(name)) parsed.set(name, await simpleParser(readFileSync(path.join(dir, name))));
  }
  return names.map((name) => parsed.get(name)!);
}

/** The first received message that matches, waiting for it to arrive; fails after `timeoutMs`. */
export async function waitForMail(predicate: (mail: ParsedMail) => boolean, timeoutMs = 15_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await allMail()).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = (await allMail()).map((m) => `${addresses(m).join(", ")}: ${m.subject ?? ""}`);
      throw new Error(`No matching e-mail within ${timeoutMs} ms; received:\n  ${seen.join("\n  ") || "(none)"}`);
    }
    await sleep(100);
  }
}

/** The recipients in the To header, lower-cased. */
export function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? "").toLowerCase()));
}
