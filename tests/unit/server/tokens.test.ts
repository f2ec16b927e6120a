import { describe, expect, it } from "vitest";
import { readRsvpToken, rsvpUrl } from "../../../app/server/rsvp-links.server";
import { hashToken, newToken, sign, unsign } from "../../../app/server/tokens.server";

describe("tokens", () => {
  it("are random and hash stably", () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toBe(a);
  });

  it("signed values survive the round trip and reject tampering", () => {
    const signed = sign("42.accepted");
    expect(unsign(signed)).toBe("42.accepted");
    expect(unsign(signed.replace("42", "43"))).toBeNull();
    expect(unsign("42.accepted.forged")).toBeNull();
    expect(unsign("nodot")).toBeNull();
  });

  it("RSVP links carry one invitation and one answer", () => {
    const url = rsvpUrl(7, "declined");
    expect(url.startsWith("http://localhost:3000/rsvp/")).toBe(true);
    expect(readRsvpToken(url.split("/rsvp/")[1]!)).toEqual({ invitationId: 7, answer: "declined" });
    expect(readRsvpToken(sign("7.maybe"))).toBeNull();
  });
});
