/**
 * The final report's figures, computed from rows the server fetched (no db, no Remix here).
 *
 * Privacy rule: a group of fewer than `minGroupSize` people never shows its figures, only that it
 * is too small. The report model is also what gets frozen at submission, so it holds nothing but
 * strings, numbers, booleans, arrays and plain objects.
 */
import type { budgetCategories, dispositions, participationModes } from "./enums";

import { minGroupSize } from "./disclosure";

export { minGroupSize };

type BudgetCategory = (typeof budgetCategories)[number];
type ParticipationMode = (typeof participationModes)[number];
type Disposition = (typeof dispositions)[number];
type AttendanceStatus = "present" | "absent" | "excused";

/** One narrative text per section, written by the coordinator; `unionStatement` only by union representatives. */
export const narrativeKeys = ["summary", "about", "collaboration", "union", "dissemination", "funds", "contact"] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];
export type Narrative = Partial<Record<NarrativeKey | "unionStatement", string>>;
export const narrativeMaxLength = 10_000;

// ─── Slots filled by the reflections and direction modules ──────────────────

export const indicatorKeys = ["roleIdentity", "roleClarity", "otherLevelsUnderstanding", "collaboration", "leadershipConfidence"] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];
/** Mean of each indicator at baseline and in the latest reflections, per leader level. */
export type IndicatorLevel = {
  levelId: number;
  /** False when the level had too few authors; `values` is then empty. */
  reported: boolean;
  /** `change` is over the same authors (baseline and a later reflection), so it is not latest − baseline. */
  values: { key: IndicatorKey; baseline: number | null; latest: number | null; change: number | null }[];
};
export type IndicatorsByLevel = IndicatorLevel[];

/** Consultation comments from union representatives and how the secretariat answered them. */
export type UnionComments = {
  given: number;
  answered: number;
  dispositions: { disposition: Disposition; count: number }[];
};

export type UnionInvolvement = {
  representatives: number;
  /** Modes in use, in the order of `participationModes`. */
  modes: { mode: ParticipationMode; count: number }[];
  hasChiefRepresentative: boolean;
  /** The chief representative holds a seat in the programme's secretariat. */
  chiefInSecretariat: boolean;
  comments: UnionComments;
};

// ─── Input rows ─────────────────────────────────────────────────────────────

export type ReportRows = {
  program: {
    title: string;
    purpose: string;
    mainFocus: string;
    periodStart: string;
    periodEnd: string;
    organisationName: string;
    noCollaborators: boolean;
  };
  grant: { fund: string; category: string; amountAwardedOre: number; currency: string } | null;
  contact: { name: string; email: string } | null;
  focus: { levelId: number | null; text: string; dueOn: string } | null;
  levels: { id: number; name: string; position: number }[];
  cohorts: {
    name: string;
    levelId: number | null;
    rolloutOrder: number;
    startsOn: string | null;
    endsOn: string | null;
    members: number;
  }[];
  gatherings: { status: "planned" | "confirmed" | "held" | "cancelled"; count: number }[];
  /**
   * One row per person and level copied in at invitation: how many of the held gatherings they were
   * invited to (attendance taken) they were present at, absent from and excused from, and the days
   * they attended (a gathering over several days counts each day present).
   */
  attendance: ({ levelId: number; personId: number; daysAttended: number } & Record<AttendanceStatus, number>)[];
  collaborators: { name: string; description: string }[];
  partners: { name: string; role: string }[];
  union: UnionInvolvement;
  dissemination: { heldOn: string; audience: string; format: string; description: string }[];
  /** Each held gathering's feedback: only its answer count and sums (the answers have no person). */
  feedback: { title: string; heldOn: string; answers: number; overallSum: number; relevanceSum: number }[];
  budget: { category: BudgetCategory; budgetedOre: number; spentOre: number }[];
  indicators: IndicatorsByLevel;
  quotes: string[];
  narrative: Narrative;
  /** The calendar day the content was last changed (the submission day once frozen). */
  updatedOn: string;
};

// ─── The model ──────────────────────────────────────────────────────────────

export type Attendance = { people: number; present: number; absent: number; excused: number; daysAttended: number; rate: number };
/** `figures` is null when the level had nobody (`none`) or too few people to report (`too_few`). */
export type LevelAttendance = {
  levelId: number;
  name: string;
  isFocus: boolean;
  figures: Attendance | null;
  withheld: "none" | "too_few" | null;
};

export type RolloutCohort = {
  name: string;
  levelName: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Null when the cohort has fewer than `minGroupSize` members. */
  members: number | null;
  isFocus: boolean;
};

export type GatheringFeedbackFigures = { title: string; heldOn: string; answers: number; overall: number | null; relevance: number | null };

export type ReportModel = {
  version: 1;
  program: { title: string; periodStart: string; periodEnd: string; organisationName: string };
  focus: { levelId: number | null; levelName: string | null; text: string; dueOn: string } | null;
  summary: {
    organisationName: string;
    fund: string | null;
    grantCategory: string | null;
    amountAwardedOre: number | null;
    currency: string;
  };
  about: {
    purpose: string;
    mainFocus: string;
    rollout: RolloutCohort[];
    cohorts: number;
    gatherings: { held: number; upcoming: number; cancelled: number };
    levels: LevelAttendance[];
    /** Over the levels that are reported, so a withheld level cannot be worked out by subtraction. */
    overall: Attendance | null;
    indicators: IndicatorsByLevel;
    quotes: string[];
    /**
     * Feedback per held gathering; the means only from `minGroupSize` answers, per gathering and with
     * no total across them, so no figure can be subtracted from another. Absent in reports frozen
     * before feedback existed.
     */
    feedback?: GatheringFeedbackFigures[];
  };
  collaboration: {
    stated: "listed" | "none" | "not_stated";
    organisations: { name: string; description: string }[];
    partners: { name: string; role: string }[];
  };
  union: UnionInvolvement;
  dissemination: { activities: { heldOn: string; audience: string; format: string; description: string }[] };
  funds: {
    currency: string;
    awardedOre: number | null;
    categories: { category: BudgetCategory; budgetedOre: number; spentOre: number }[];
    budgetedOre: number;
    spentOre: number;
    /** Awarded minus spent; negative when overspent; null without a grant. */
    remainingOre: number | null;
  };
  contact: { name: string; email: string } | null;
  updatedOn: string;
  narrative: Narrative;
};

// ─── Figures ────────────────────────────────────────────────────────────────

function tally(rows: ReportRows["attendance"]): Attendance {
  const people = new Set<number>();
  const counts = { present: 0, absent: 0, excused: 0, daysAttended: 0 };
  for (const row of rows) {
    people.add(row.personId);
    counts.present += row.present;
    counts.absent += row.absent;
    counts.excused += row.excused;
    counts.daysAttended += row.daysAttended;
  }
  const total = counts.present + counts.absent + counts.excused;
  return { people: people.size, ...counts, rate: total === 0 ? 0 : counts.present / total };
}

/**
 * Attendance rate by level: present / (present + absent + excused) over held gatherings, grouped by
 * the level copied onto each invitation. Levels with fewer than `minGroupSize` people are withheld.
 */
export function attendanceByLevel(
  levels: ReportRows["levels"],
  rows: ReportRows["attendance"],
  focusLevelId: number | null,
): { levels: LevelAttendance[]; overall: Attendance | null } {
  const byLevel = new Map<number, ReportRows["attendance"]>();
  for (const row of rows) {
    const list = byLevel.get(row.levelId);
    if (list) list.push(row);
    else byLevel.set(row.levelId, [row]);
  }
  const reportedRows: ReportRows["attendance"] = [];
  const result = [...levels]
    .sort((a, b) => a.position - b.position)
    .map((level): LevelAttendance => {
      const levelRows = byLevel.get(level.id) ?? [];
      const figures = tally(levelRows);
      const base = { levelId: level.id, name: level.name, isFocus: level.id === focusLevelId };
      if (figures.people === 0) return { ...base, figures: null, withheld: "none" };
      if (figures.people < minGroupSize) return { ...base, figures: null, withheld: "too_few" };
      reportedRows.push(...levelRows);
      return { ...base, figures, withheld: null };
    });
  return { levels: result, overall: reportedRows.length ? tally(reportedRows) : null };
}

const suppressedCount = (n: number) => (n > 0 && n < minGroupSize ? null : n);

export function fundsFigures(grant: ReportRows["grant"], budget: ReportRows["budget"]): ReportModel["funds"] {
  const categories = budget.filter((c) => c.budgetedOre > 0 || c.spentOre > 0);
  const budgetedOre = categories.reduce((sum, c) => sum + c.budgetedOre, 0);
  const spentOre = categories.reduce((sum, c) => sum + c.spentOre, 0);
  return {
    currency: grant?.currency ?? "NOK",
    awardedOre: grant?.amountAwardedOre ?? null,
    categories,
    budgetedOre,
    spentOre,
    remainingOre: grant ? grant.amountAwardedOre - spentOre : null,
  };
}

/** `no_collaborators` set means "explicitly none"; no rows and not set means nothing was stated. */
export function collaborationStated(noCollaborators: boolean, organisations: unknown[]): ReportModel["collaboration"]["stated"] {
  if (organisations.length > 0) return "listed";
  return noCollaborators ? "none" : "not_stated";
}

/** Participation rows of one programme → the union section's figures (comments are added by the direction module). */
export function unionInvolvementFigures(
  rows: { mode: ParticipationMode; isChiefRepresentative: boolean; inSecretariat: boolean }[],
  order: readonly ParticipationMode[],
  comments: UnionComments,
): UnionInvolvement {
  const chiefs = rows.filter((r) => r.isChiefRepresentative);
  return {
    representatives: rows.length,
    modes: order.map((mode) => ({ mode, count: rows.filter((r) => r.mode === mode).length })).filter((m) => m.count > 0),
    hasChiefRepresentative: chiefs.length > 0,
    chiefInSecretariat: chiefs.some((r) => r.inSecretariat || r.mode === "secretariat"),
    comments,
  };
}

export function buildReportModel(rows: ReportRows): ReportModel {
  const focusLevelId = rows.focus?.levelId ?? null;
  const levelName = new Map(rows.levels.map((l) => [l.id, l.name]));
  const count = (status: ReportRows["gatherings"][number]["status"]) => rows.gatherings.find((g) => g.status === status)?.count ?? 0;
  const attendance = attendanceByLevel(rows.levels, rows.attendance, focusLevelId);
  return {
    version: 1,
    program: {
      title: rows.program.title,
      periodStart: rows.program.periodStart,
      periodEnd: rows.program.periodEnd,
      organisationName: rows.program.organisationName,
    },
    focus: rows.focus && {
      levelId: rows.focus.levelId,
      levelName: rows.focus.levelId === null ? null : (levelName.get(rows.focus.levelId) ?? null),
      text: rows.focus.text,
      dueOn: rows.focus.dueOn,
    },
    summary: {
      organisationName: rows.program.organisationName,
      fund: rows.grant?.fund ?? null,
      grantCategory: rows.grant?.category ?? null,
      amountAwardedOre: rows.grant?.amountAwardedOre ?? null,
      currency: rows.grant?.currency ?? "NOK",
    },
    about: {
      purpose: rows.program.purpose,
      mainFocus: rows.program.mainFocus,
      rollout: [...rows.cohorts]
        .sort((a, b) => a.rolloutOrder - b.rolloutOrder || (a.startsOn ?? "").localeCompare(b.startsOn ?? ""))
        .map((c) => ({
          name: c.name,
          levelName: c.levelId === null ? null : (levelName.get(c.levelId) ?? null),
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          members: suppressedCount(c.members),
          isFocus: focusLevelId !== null && c.levelId === focusLevelId,
        })),
      cohorts: rows.cohorts.length,
      gatherings: { held: count("held"), upcoming: count("planned") + count("confirmed"), cancelled: count("cancelled") },
      levels: attendance.levels,
      overall: attendance.overall,
      indicators: rows.indicators,
      quotes: rows.quotes,
      feedback: rows.feedback.map(({ title, heldOn, answers, overallSum, relevanceSum }) => {
        const shown = answers >= minGroupSize;
        return { title, heldOn, answers, overall: shown ? overallSum / answers : null, relevance: shown ? relevanceSum / answers : null };
      }),
    },
    collaboration: {
      stated: collaborationStated(rows.program.noCollaborators, rows.collaborators),
      organisations: rows.collaborators,
      partners: rows.partners,
    },
    union: rows.union,
    dissemination: { activities: rows.dissemination },
    funds: fundsFigures(rows.grant, rows.budget),
    contact: rows.contact,
    updatedOn: rows.updatedOn,
    narrative: rows.narrative,
  };
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The figures the directorate compares across programmes; withheld groups stay withheld. */
export function keyFigures(model: ReportModel) {
  const focusLevelId = model.focus?.levelId ?? null;
  const focusLevel = focusLevelId === null ? undefined : model.about.levels.find((l) => l.levelId === focusLevelId);
  return {
    currency: model.funds.currency,
    awardedOre: model.funds.awardedOre,
    spentOre: model.funds.spentOre,
    cohorts: model.about.cohorts,
    gatheringsHeld: model.about.gatherings.held,
    overall: model.about.overall,
    focus: focusLevel ? { name: focusLevel.name, figures: focusLevel.figures, withheld: focusLevel.withheld } : null,
    disseminationActivities: model.dissemination.activities.length,
    unionRepresentatives: model.union.representatives,
  };
}
