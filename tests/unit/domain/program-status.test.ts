import { describe, expect, it } from "vitest";
import { allowedTargets, transitionProblem } from "../../../app/domain/program-status";

describe("programme status", () => {
  it("moves forward one step at a time without a reason", () => {
    expect(transitionProblem("planning", "active", undefined)).toBeNull();
    expect(transitionProblem("active", "completed", "")).toBeNull();
    expect(transitionProblem("completed", "reported", undefined)).toBeNull();
  });

  it("does not skip a step or stay put", () => {
    expect(transitionProblem("planning", "completed", "we are done")).toBe("programs.statusSkips");
    expect(transitionProblem("planning", "reported", undefined)).toBe("programs.statusSkips");
    expect(transitionProblem("active", "active", undefined)).toBe("programs.statusUnchanged");
  });

  it("goes back only with a reason", () => {
    expect(transitionProblem("completed", "active", undefined)).toBe("programs.reasonRequired");
    expect(transitionProblem("completed", "active", "   ")).toBe("programs.reasonRequired");
    expect(transitionProblem("reported", "planning", "Started over with a new grant")).toBeNull();
  });

  it("offers the next step and every earlier status", () => {
    expect(allowedTargets("planning")).toEqual([{ status: "active", needsReason: false }]);
    expect(allowedTargets("completed")).toEqual([
      { status: "reported", needsReason: false },
      { status: "active", needsReason: true },
      { status: "planning", needsReason: true },
    ]);
    expect(allowedTargets("reported").map((t) => t.status)).toEqual(["completed", "active", "planning"]);
  });
});
