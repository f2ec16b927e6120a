/**
 * What the dispatcher does after a failed send: try again later (with exponential backoff) or give
 * up. SMTP answers 4xx for "try again later" and 5xx for "this will never work" (RFC 5321 §4.2.1);
 * a dropped or refused connection says nothing about the message, so it is retried too.
 */

/** Attempts before a message that keeps failing temporarily is marked failed. */
export const maxSendAttempts = 8;
const firstRetryMs = 60_000;
const longestRetryMs = 2 * 3_600_000;

/** What nodemailer tells about a failure: `responseCode` is the SMTP reply, `code` its own kind. */
export type SendFailure = { code?: string; responseCode?: number; message: string };

/**
 * A failure that will not go away by waiting: the server rejected this message or recipient (5xx).
 * Authentication failures are an exception: they are about our configuration, not the message, so
 * the message is kept and goes out once the configuration is fixed.
 */
export function isPermanentFailure(failure: SendFailure): boolean {
  if (failure.code === "EAUTH") return false;
  return failure.responseCode !== undefined && failure.responseCode >= 500 && failure.responseCode < 600;
}

/** 1 min, 2, 4, 8 … up to 2 h after the `attempts`-th failure (attempts ≥ 1). */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestRetryMs);
}

export type AfterFailure = { status: "failed" } | { status: "queued"; dueAt: Date };

/** The next state of a message whose `attempts`-th send (counted already) failed with `failure`. */
export function afterFailure(failure: SendFailure, attempts: number, now: Date): AfterFailure {
  if (isPermanentFailure(failure) || attempts >= maxSendAttempts) return { status: "failed" };
  return { status: "queued", dueAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** The reason kept on the message: the SMTP reply when there is one, short enough for a table cell. */
export function describeFailure(failure: SendFailure): string {
  const text = failure.message.replace(/\s+/g, " ").trim();
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}
