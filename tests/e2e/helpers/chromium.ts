import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; `.ci/run` installs it with apt-get. */
export const chromiumPath = "/usr/bin/chromium";

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
}

/**
 * Headless, quiet (no background traffic, updates or sync) and on a fresh profile: without a
 * userDataDir, Playwright gives every launch its own temporary one and removes it on close.
 */
export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
