import { describe, expect, it } from "vitest";
import { afterFailure, describeFailure, isPermanentFailure, maxSendAttempts, retryDelayMs } from "../../../app/domain/outbox-retry";

const now = new Date("2027-01-10T10:00:00Z");

describe("after a failed send", () => {
  it("gives up at once on a permanent SMTP rejection (5xx)", () => {
    expect(afterFailure({ responseCode: 550, message: "550 mailbox unavailable" }, 1, now)).toEqual({ status: "failed" });
    expect(isPermanentFailure({ responseCode: 554, message: "" })).toBe(true);
  });

  it("retries temporary rejections and connection failures, later each time", () => {
    expect(afterFailure({ responseCode: 451, message: "451 try later" }, 1, now)).toEqual({
      status: "queued",
      dueAt: new Date(now.getTime() + 60_000),
    });
    expect(afterFailure({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" }, 3, now)).toEqual({
      status: "queued",
      dueAt: new Date(now.getTime() + 4 * 60_000),
    });
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(2 * 3_600_000);
  });

  it("keeps the message when the server refuses our credentials: that is not the message's fault", () => {
    expect(isPermanentFailure({ code: "EAUTH", responseCode: 535, message: "535 auth failed" })).toBe(false);
  });

  it("stops after the last attempt", () => {
    expect(afterFailure({ responseCode: 421, message: "" }, maxSendAttempts - 1, now).status).toBe("queued");
    expect(afterFailure({ responseCode: 421, message: "" }, maxSendAttempts, now)).toEqual({ status: "failed" });
  });

  it("keeps the reason on one short line", () => {
    expect(describeFailure({ message: "451 4.3.0\r\n  please   retry" })).toBe("451 4.3.0 please retry");
    expect(describeFailure({ message: "x".repeat(900) })).toHaveLength(500);
  });
});
