import { describe, expect, it } from "vitest";
import {
  answerBlock,
  commentBlock,
  countDispositions,
  deadlineBlock,
  decideBlock,
  diffSections,
  diffText,
  newVersionBlock,
  resolveInvitees,
  sectionKeyFor,
  summariseComments,
  type CommentFact,
} from "../../../app/domain/direction";

const now = new Date("2026-05-01T10:00:00Z");
const later = new Date("2026-05-10T10:00:00Z");
const earlier = new Date("2026-04-20T10:00:00Z");

describe("section keys", () => {
  it("are slugs of the title, unique within the version", () => {
    expect(sectionKeyFor("Økonomi og ansvar", [])).toBe("okonomi_og_ansvar");
    expect(sectionKeyFor("Mål", ["mal"])).toBe("mal_2");
    expect(sectionKeyFor("Mål", ["mal", "mal_2"])).toBe("mal_3");
    expect(sectionKeyFor("!!!", [])).toBe("section");
  });
});

describe("versions", () => {
  it("start anew only after the latest is decided or its consultation has closed", () => {
    expect(newVersionBlock(undefined, now)).toBeNull();
    expect(newVersionBlock({ number: 1, status: "decided", deadline: null }, now)).toBeNull();
    expect(newVersionBlock({ number: 2, status: "draft", deadline: null }, now)).toBe("direction.error.draftExists");
    expect(newVersionBlock({ number: 2, status: "consultation", deadline: later }, now)).toBe("direction.error.consultationOpen");
    expect(newVersionBlock({ number: 2, status: "consultation", deadline: earlier }, now)).toBeNull();
  });

  it("are decided when latest, consulted and answered", () => {
    const draft = { number: 3, status: "draft" as const, deadline: null };
    expect(decideBlock(draft, 3, 0, now)).toBeNull();
    expect(decideBlock(draft, 4, 0, now)).toBe("direction.error.notLatest");
    expect(decideBlock({ ...draft, status: "decided" }, 3, 0, now)).toBe("direction.error.alreadyDecided");
    expect(decideBlock({ ...draft, status: "consultation", deadline: later }, 3, 0, now)).toBe("direction.error.consultationOpen");
    expect(decideBlock({ ...draft, status: "consultation", deadline: earlier }, 3, 2, now)).toBe("direction.error.unanswered");
    expect(decideBlock({ ...draft, status: "consultation", deadline: earlier }, 3, 0, now)).toBeNull();
  });
});

describe("consultations", () => {
  it("need a deadline in the future and within a year", () => {
    expect(deadlineBlock(earlier, now)).toBe("direction.error.deadlinePast");
    expect(deadlineBlock(now, now)).toBe("direction.error.deadlinePast");
    expect(deadlineBlock(later, now)).toBeNull();
    expect(deadlineBlock(new Date("2027-06-01T10:00:00Z"), now)).toBe("direction.error.deadlineTooFar");
  });

  it("invite each person once, a union representative as one even when also in the secretariat", () => {
    expect(
      resolveInvitees([
        { personId: 7, group: "cohort" },
        { personId: 3, group: "secretariat" },
        { personId: 3, group: "union_reps" },
        { personId: 7, group: "working_group" },
        { personId: 5, group: "cohort" },
      ]),
    ).toEqual([
      { personId: 3, group: "union_reps" },
      { personId: 5, group: "cohort" },
      { personId: 7, group: "working_group" },
    ]);
  });

  it("take comments from invitees until the deadline, never on a decided version", () => {
    const open = { invited: true, status: "consultation" as const, deadline: later, now };
    expect(commentBlock(open)).toBeNull();
    expect(commentBlock({ ...open, invited: false })).toBe("direction.error.notInvited");
    expect(commentBlock({ ...open, deadline: earlier })).toBe("direction.error.closed");
    expect(commentBlock({ ...open, status: "decided" })).toBe("direction.error.decided");
  });

  it("are answered by the secretariat, not by a comment's author, until settled", () => {
    expect(answerBlock({ mayAnswer: true, isAuthor: false, settled: false })).toBeNull();
    expect(answerBlock({ mayAnswer: false, isAuthor: false, settled: false })).toBe("direction.error.notSecretariat");
    expect(answerBlock({ mayAnswer: true, isAuthor: true, settled: false })).toBe("direction.error.ownComment");
    expect(answerBlock({ mayAnswer: true, isAuthor: false, settled: true })).toBe("direction.error.settled");
  });
});

describe("counting answers", () => {
  it("counts each disposition, the unanswered and the total", () => {
    expect(countDispositions(["partly", null, "partly", "incorporated"])).toEqual({
      incorporated: 1,
      partly: 2,
      not_incorporated: 0,
      unanswered: 1,
      total: 4,
    });
  });

  it("summarises per section, per group and for union representatives in any group", () => {
    const facts: CommentFact[] = [
      { sectionKey: "goals", group: "union_reps", byUnionRep: true, disposition: "incorporated" },
      { sectionKey: "goals", group: "cohort", byUnionRep: false, disposition: null },
      { sectionKey: "design", group: "secretariat", byUnionRep: true, disposition: "not_incorporated" },
      { sectionKey: "design", group: "cohort", byUnionRep: false, disposition: "partly" },
    ];
    const summary = summariseComments(facts, ["goals", "design", "roles"], ["cohort", "union_reps", "secretariat"]);
    expect(summary.bySection.map((s) => [s.key, s.counts.total])).toEqual([
      ["goals", 2],
      ["design", 2],
      ["roles", 0],
    ]);
    expect(summary.byGroup.map((g) => g.group)).toEqual(["union_reps", "secretariat", "cohort"]);
    expect(summary.byGroup.find((g) => g.group === "cohort")!.counts).toMatchObject({ partly: 1, unanswered: 1, total: 2 });
    expect(summary.unionReps).toMatchObject({ incorporated: 1, not_incorporated: 1, total: 2 });
    expect(summary.total.total).toBe(4);
  });
});

describe("comparing versions", () => {
  it("shows added and removed words", () => {
    const parts = diffText("Ledergruppen og operative ledere.", "Ledergruppen, operative ledere og førstelinjeledere.", "words");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["og"]);
    expect(
      parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text)
        .join(""),
    ).toContain("førstelinjeledere");
    // Both texts can be read back exactly from the parts.
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("Ledergruppen og operative ledere.");
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("Ledergruppen, operative ledere og førstelinjeledere.");
  });

  it("shows whole lines in line mode", () => {
    const parts = diffText("a\nb\n", "a\nc\n", "lines");
    expect(parts).toEqual([
      { kind: "same", text: "a\n" },
      { kind: "removed", text: "b\n" },
      { kind: "added", text: "c\n" },
    ]);
  });

  it("matches sections by key, keeps removed ones where they were and notes renames", () => {
    const from = [
      { key: "goals", title: "Mål", body: "A" },
      { key: "old", title: "Gammel", body: "borte" },
      { key: "design", title: "Utforming", body: "B" },
    ];
    const to = [
      { key: "goals", title: "Mål", body: "A" },
      { key: "design", title: "Utforming av samlingene", body: "B" },
      { key: "new", title: "Ny", body: "ny tekst" },
    ];
    const diff = diffSections(from, to, "words");
    expect(diff.map((s) => [s.key, s.change])).toEqual([
      ["goals", "unchanged"],
      ["old", "removed"],
      ["design", "changed"],
      ["new", "added"],
    ]);
    expect(diff[1]!.body).toEqual([{ kind: "removed", text: "borte" }]);
    expect(diff[2]!.previousTitle).toBe("Utforming");
    expect(diff[3]!.body).toEqual([{ kind: "added", text: "ny tekst" }]);
  });
});
