import { describe, expect, it } from "vitest";
import {
  attendanceByLevel,
  buildReportModel,
  canonicalJson,
  collaborationStated,
  fundsFigures,
  keyFigures,
  minGroupSize,
  unionInvolvementFigures,
  type ReportRows,
} from "../../../app/domain/report";
import { participationModes } from "../../../db/schema";
import { reportDocument } from "../../../app/components/report-document";

type Row = ReportRows["attendance"][number];
type Status = "present" | "absent" | "excused";
/** `people` people at a level, each with the given attendance at every gathering. */
const rowsFor = (levelId: number, people: number, pattern: Status[], firstPerson = levelId * 1000): Row[] =>
  Array.from({ length: people }, (_, p) => ({
    levelId,
    personId: firstPerson + p,
    present: pattern.filter((s) => s === "present").length,
    absent: pattern.filter((s) => s === "absent").length,
    excused: pattern.filter((s) => s === "excused").length,
    daysAttended: pattern.filter((s) => s === "present").length,
  }));

const levels = [
  { id: 3, name: "Førstelinjeledere", position: 3 },
  { id: 1, name: "Ledergruppen", position: 1 },
  { id: 2, name: "Operative ledere", position: 2 },
];

describe("attendance by level", () => {
  it("is present / (present + absent + excused), counting distinct people, in level order", () => {
    const rows = [...rowsFor(1, 6, ["present", "present", "absent"]), ...rowsFor(2, 5, ["present", "excused"])];
    const { levels: result } = attendanceByLevel(levels, rows, 2);
    expect(result.map((l) => l.name)).toEqual(["Ledergruppen", "Operative ledere", "Førstelinjeledere"]);
    expect(result[0]).toMatchObject({ isFocus: false, withheld: null, figures: { people: 6, present: 12, absent: 6, excused: 0 } });
    expect(result[0]!.figures!.rate).toBeCloseTo(12 / 18);
    expect(result[1]).toMatchObject({ isFocus: true, figures: { people: 5, present: 5, excused: 5, rate: 0.5 } });
    expect(result[2]).toMatchObject({ figures: null, withheld: "none" });
  });

  it(`withholds a level of fewer than ${minGroupSize} people, however many invitations they have`, () => {
    const rows = [...rowsFor(1, minGroupSize - 1, Array(20).fill("present")), ...rowsFor(2, minGroupSize, ["absent"])];
    const { levels: result } = attendanceByLevel(levels, rows, null);
    expect(result[0]).toEqual({ levelId: 1, name: "Ledergruppen", isFocus: false, figures: null, withheld: "too_few" });
    expect(result[1]!.figures).toMatchObject({ people: minGroupSize, rate: 0 });
  });

  it("leaves withheld levels out of the overall figure, so they cannot be found by subtraction", () => {
    const rows = [...rowsFor(1, 3, ["absent"]), ...rowsFor(2, 10, ["present", "absent"])];
    const { overall } = attendanceByLevel(levels, rows, null);
    expect(overall).toEqual({ people: 10, present: 10, absent: 10, excused: 0, daysAttended: 10, rate: 0.5 });
    expect(attendanceByLevel(levels, rowsFor(1, 2, ["present"]), null).overall).toBeNull();
  });
});

describe("funds", () => {
  it("sums spent by category and what remains of the award, negative when overspent", () => {
    const funds = fundsFigures({ fund: "F", category: "C", amountAwardedOre: 100_000, currency: "NOK" }, [
      { category: "venue", budgetedOre: 60_000, spentOre: 70_000 },
      { category: "travel", budgetedOre: 0, spentOre: 0 },
      { category: "other", budgetedOre: 50_000, spentOre: 40_000 },
    ]);
    expect(funds).toEqual({
      currency: "NOK",
      awardedOre: 100_000,
      categories: [
        { category: "venue", budgetedOre: 60_000, spentOre: 70_000 },
        { category: "other", budgetedOre: 50_000, spentOre: 40_000 },
      ],
      budgetedOre: 110_000,
      spentOre: 110_000,
      remainingOre: -10_000,
    });
  });

  it("has nothing awarded or remaining without a grant", () => {
    expect(fundsFigures(null, [])).toMatchObject({ awardedOre: null, remainingOre: null, spentOre: 0 });
  });
});

describe("collaboration", () => {
  it("tells listed, explicitly none and not stated apart", () => {
    expect(collaborationStated(false, [{}])).toBe("listed");
    expect(collaborationStated(true, [])).toBe("none");
    expect(collaborationStated(false, [])).toBe("not_stated");
  });
});

const noComments = { given: 0, answered: 0, dispositions: [] };

describe("union involvement", () => {
  it("counts representatives by mode and sees the chief representative's secretariat seat", () => {
    const union = unionInvolvementFigures(
      [
        { mode: "full", isChiefRepresentative: true, inSecretariat: true },
        { mode: "full", isChiefRepresentative: false, inSecretariat: false },
        { mode: "observer", isChiefRepresentative: false, inSecretariat: true },
      ],
      participationModes,
      noComments,
    );
    expect(union).toEqual({
      representatives: 3,
      modes: [
        { mode: "full", count: 2 },
        { mode: "observer", count: 1 },
      ],
      hasChiefRepresentative: true,
      chiefInSecretariat: true,
      comments: noComments,
    });
    const noSeat = unionInvolvementFigures(
      [{ mode: "informed", isChiefRepresentative: true, inSecretariat: false }],
      participationModes,
      noComments,
    );
    expect(noSeat.chiefInSecretariat).toBe(false);
    const seatByMode = unionInvolvementFigures(
      [{ mode: "secretariat", isChiefRepresentative: true, inSecretariat: false }],
      participationModes,
      noComments,
    );
    expect(seatByMode.chiefInSecretariat).toBe(true);
  });
});

const rows = (overrides: Partial<ReportRows> = {}): ReportRows => ({
  program: {
    title: "P",
    purpose: "Purpose",
    mainFocus: "Focus",
    periodStart: "2025-01-01",
    periodEnd: "2026-12-31",
    organisationName: "Org",
    noCollaborators: false,
  },
  grant: { fund: "F", category: "Leadership", amountAwardedOre: 500_000_00, currency: "NOK" },
  contact: { name: "Hege", email: "hege@example.org" },
  focus: { levelId: 3, text: "First-line", dueOn: "2027-01-01" },
  levels,
  cohorts: [
    { name: "Second", levelId: 2, rolloutOrder: 2, startsOn: "2025-06-01", endsOn: null, members: 4 },
    { name: "First", levelId: 1, rolloutOrder: 1, startsOn: "2025-01-01", endsOn: "2025-12-31", members: 8 },
    { name: "Third", levelId: 3, rolloutOrder: 3, startsOn: null, endsOn: null, members: 0 },
  ],
  gatherings: [
    { status: "held", count: 4 },
    { status: "planned", count: 2 },
    { status: "confirmed", count: 1 },
    { status: "cancelled", count: 1 },
  ],
  attendance: [...rowsFor(1, 8, ["present"]), ...rowsFor(3, 6, ["present", "absent"])],
  collaborators: [],
  partners: [],
  union: unionInvolvementFigures([], participationModes, noComments),
  dissemination: [{ heldOn: "2026-01-01", audience: "A", format: "F", description: "" }],
  feedback: [],
  budget: [],
  indicators: [],
  quotes: [],
  narrative: { summary: "Text" },
  updatedOn: "2026-02-01",
  ...overrides,
});

describe("the report model", () => {
  it("lists cohorts in rollout order with their level, withholds small cohorts and marks the focus level", () => {
    const model = buildReportModel(rows());
    expect(model.about.rollout).toEqual([
      { name: "First", levelName: "Ledergruppen", startsOn: "2025-01-01", endsOn: "2025-12-31", members: 8, isFocus: false },
      { name: "Second", levelName: "Operative ledere", startsOn: "2025-06-01", endsOn: null, members: null, isFocus: false },
      { name: "Third", levelName: "Førstelinjeledere", startsOn: null, endsOn: null, members: 0, isFocus: true },
    ]);
    expect(model.focus).toEqual({ levelId: 3, levelName: "Førstelinjeledere", text: "First-line", dueOn: "2027-01-01" });
    expect(model.about.gatherings).toEqual({ held: 4, upcoming: 3, cancelled: 1 });
    expect(model.about.levels.find((l) => l.isFocus)?.figures?.rate).toBe(0.5);
  });

  it("gives the directorate's key figures, focus level included", () => {
    const figures = keyFigures(buildReportModel(rows()));
    expect(figures).toMatchObject({
      awardedOre: 500_000_00,
      cohorts: 3,
      gatheringsHeld: 4,
      disseminationActivities: 1,
      unionRepresentatives: 0,
      focus: { name: "Førstelinjeledere", withheld: null, figures: { people: 6, rate: 0.5 } },
    });
    expect(figures.overall?.people).toBe(14);
    expect(keyFigures(buildReportModel(rows({ focus: null }))).focus).toBeNull();
  });

  it("is plain JSON, so the frozen snapshot reads back the same", () => {
    const model = buildReportModel(rows());
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe("canonical JSON", () => {
  it("is the same whatever order the keys were written in, at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson([3, 1])).not.toBe(canonicalJson([1, 3]));
  });
});

describe("feedback per gathering", () => {
  const feedback = [
    { title: "Samling 1", heldOn: "2026-09-10", answers: 5, overallSum: 21, relevanceSum: 18 },
    { title: "Samling 2", heldOn: "2026-11-05", answers: 4, overallSum: 20, relevanceSum: 20 },
  ];

  it("shows a gathering's means from five answers, only the count below, and no total across gatherings", () => {
    const model = buildReportModel(rows({ feedback }));
    expect(model.about.feedback).toEqual([
      { title: "Samling 1", heldOn: "2026-09-10", answers: 5, overall: 4.2, relevance: 3.6 },
      { title: "Samling 2", heldOn: "2026-11-05", answers: 4, overall: null, relevance: null },
    ]);
  });

  it("is a table in the report's 'about' section, with the withheld cells saying so", () => {
    const doc = reportDocument(
      buildReportModel(rows({ feedback })),
      { status: "draft", submittedAt: null, publishedAt: null, contentHash: null },
      "nb",
    );
    const table = doc.sections
      .find((s) => s.key === "about")!
      .blocks.find((b) => b.kind === "table" && b.caption === "Tilbakemelding per samling");
    expect(table && table.kind === "table" && table.rows.map((r) => r.cells)).toEqual([
      ["Samling 1", "10. september 2026", "5", "4,2", "3,6"],
      ["Samling 2", "5. november 2026", "4", "For få til å rapportere", "For få til å rapportere"],
    ]);
  });

  it("says nothing of feedback in a report frozen before it existed", () => {
    const model = buildReportModel(rows());
    delete model.about.feedback;
    const doc = reportDocument(model, { status: "draft", submittedAt: null, publishedAt: null, contentHash: null }, "nb");
    expect(JSON.stringify(doc)).not.toContain("Tilbakemelding per samling");
  });
});

describe("the report document of a model", () => {
  const draft = { status: "draft", submittedAt: null, publishedAt: null, contentHash: null } as const;

  it("is built once per model, language and status, as the builder draws the same cached model on every view", () => {
    const model = buildReportModel(rows());
    const doc = reportDocument(model, draft, "nb");
    expect(reportDocument(model, { ...draft }, "nb")).toBe(doc);
    expect(reportDocument(model, draft, "en")).not.toBe(doc);
    expect(reportDocument(model, draft, "en").title).not.toBe(doc.title);
    const submitted = reportDocument(model, { ...draft, status: "submitted", submittedAt: "2026-12-01T10:00:00.000Z" }, "nb");
    expect(submitted).not.toBe(doc);
    expect(submitted.draft).toBe(false);
    // Another model (the programme's data changed) is another document, with what changed.
    const changed = buildReportModel(rows());
    changed.narrative.summary = "Ny tekst";
    expect(reportDocument(changed, draft, "nb").sections[0]!.narrative).toBe("Ny tekst");
  });
});
