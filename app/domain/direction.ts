/**
 * Direction documents and consultations: who may do what when, how invitees are chosen, how two
 * versions differ, and how answered comments are counted. Plain rules, no database.
 */
import { dayMs } from "./time";
import { diffLines, diffWordsWithSpace } from "diff";
import type { consultationGroups, directionStatuses, dispositions } from "./enums";

export type DirectionStatus = (typeof directionStatuses)[number];
export type ConsultationGroup = (typeof consultationGroups)[number];
export type Disposition = (typeof dispositions)[number];

/**
 * The choices as forms offer them, in the schema's order. Kept here so pages do not pull the database
 * schema into the browser; `DispositionCounts` and `resolveInvitees` fail to compile if one is missing.
 */
export const dispositionOptions = ["incorporated", "partly", "not_incorporated"] as const satisfies readonly Disposition[];
/** Groups in the order that decides which one a person counts under when they are in several. */
export const groupOrder = ["union_reps", "secretariat", "working_group", "cohort"] as const satisfies readonly ConsultationGroup[];

/** The sections a new direction document starts with, in order. */
export const defaultSectionKeys = ["goals", "target_groups", "design", "roles", "evaluation"] as const;

export const limits = {
  titleLength: 120,
  sectionBodyLength: 20_000,
  sectionCount: 30,
  commentLength: 5_000,
  reasonLength: 1_000,
  /** A consultation runs at most this long, so a typo in the year cannot keep it open for ever. */
  consultationDays: 366,
} as const;

/** A stable key for a new section (kept when the section is renamed, so versions line up in a diff). */
export function sectionKeyFor(title: string, taken: Iterable<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/ø/g, "o")
      .replace(/æ/g, "ae")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "section";
  const used = new Set(taken);
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
  return key;
}

// ─── Versions ───────────────────────────────────────────────────────────────

export type VersionState = {
  number: number;
  status: DirectionStatus;
  /** Deadline of the version's consultation, if one was opened. */
  deadline: Date | null;
};

export const consultationOpen = (v: VersionState, now: Date) => v.status === "consultation" && v.deadline !== null && v.deadline > now;

/** A new version starts from the latest one once that is decided or its consultation has closed. */
export function newVersionBlock(latest: VersionState | undefined, now: Date) {
  if (latest?.status === "draft") return "direction.error.draftExists" as const;
  if (latest && consultationOpen(latest, now)) return "direction.error.consultationOpen" as const;
  return null;
}

export function editBlock(version: VersionState) {
  return version.status === "draft" ? null : ("direction.error.notDraft" as const);
}

/**
 * A version is decided when it is the latest, not decided already, its consultation (if any) has
 * closed, and every submitted comment on the document's open-ended consultations has an answer.
 */
export function decideBlock(version: VersionState, latestNumber: number, unanswered: number, now: Date) {
  if (version.status === "decided") return "direction.error.alreadyDecided" as const;
  if (version.number !== latestNumber) return "direction.error.notLatest" as const;
  if (consultationOpen(version, now)) return "direction.error.consultationOpen" as const;
  if (unanswered > 0) return "direction.error.unanswered" as const;
  return null;
}

// ─── Consultations ──────────────────────────────────────────────────────────

export function deadlineBlock(deadline: Date, now: Date) {
  if (deadline <= now) return "direction.error.deadlinePast" as const;
  if (deadline.getTime() > now.getTime() + limits.consultationDays * dayMs) return "direction.error.deadlineTooFar" as const;
  return null;
}

export function openConsultationBlock(version: VersionState, deadline: Date, now: Date) {
  return editBlock(version) ?? deadlineBlock(deadline, now);
}

/**
 * One invitee per person. A union representative counts as one even when also in the secretariat,
 * so the report can count union involvement on its own.
 */
export function resolveInvitees(candidates: { personId: number; group: ConsultationGroup }[]) {
  const rank = (g: ConsultationGroup) => groupOrder.indexOf(g);
  const byPerson = new Map<number, ConsultationGroup>();
  for (const { personId, group } of candidates) {
    const current = byPerson.get(personId);
    if (current === undefined || rank(group) < rank(current)) byPerson.set(personId, group);
  }
  return [...byPerson].map(([personId, group]) => ({ personId, group })).sort((a, b) => a.personId - b.personId);
}

/** Why this person may not write or submit a comment now, or null. */
export function commentBlock(c: { invited: boolean; status: DirectionStatus; deadline: Date; now: Date }) {
  if (!c.invited) return "direction.error.notInvited" as const;
  if (c.status === "decided") return "direction.error.decided" as const;
  if (c.deadline <= c.now) return "direction.error.closed" as const;
  return null;
}

/**
 * Answers come from the secretariat (the coordinator included), never from the comment's own
 * author: the disposition is the secretariat's account of what it did with someone else's view.
 * They stay open until the consulted version, or a later one, is decided.
 */
export function answerBlock(a: { mayAnswer: boolean; isAuthor: boolean; settled: boolean }) {
  if (!a.mayAnswer) return "direction.error.notSecretariat" as const;
  if (a.isAuthor) return "direction.error.ownComment" as const;
  if (a.settled) return "direction.error.settled" as const;
  return null;
}

/** A reason is needed whenever a comment was not taken in as it stood. */
export const reasonRequired = (d: Disposition) => d !== "incorporated";

// ─── Counting answers ───────────────────────────────────────────────────────

export type DispositionCounts = Record<(typeof dispositionOptions)[number] | "unanswered" | "total", number>;

export function countDispositions(values: Iterable<Disposition | null>): DispositionCounts {
  const counts: DispositionCounts = { incorporated: 0, partly: 0, not_incorporated: 0, unanswered: 0, total: 0 };
  for (const d of values) {
    counts[d ?? "unanswered"]++;
    counts.total++;
  }
  return counts;
}

export type CommentFact = {
  sectionKey: string;
  group: ConsultationGroup;
  byUnionRep: boolean;
  disposition: Disposition | null;
};

/** Submitted comments per section and per invitee group; union representatives also on their own. */
export function summariseComments(facts: CommentFact[], sectionKeys: string[], groups: ConsultationGroup[]) {
  const pick = (keep: (f: CommentFact) => boolean) => countDispositions(facts.filter(keep).map((f) => f.disposition));
  return {
    bySection: sectionKeys.map((key) => ({ key, counts: pick((f) => f.sectionKey === key) })),
    byGroup: groupOrder.filter((g) => groups.includes(g)).map((group) => ({ group, counts: pick((f) => f.group === group) })),
    unionReps: pick((f) => f.byUnionRep),
    total: pick(() => true),
  };
}

// ─── Comparing versions ─────────────────────────────────────────────────────

export type DiffMode = "words" | "lines";
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type SectionText = { key: string; title: string; body: string };
export type SectionDiff = {
  key: string;
  change: "added" | "removed" | "changed" | "unchanged";
  title: string;
  /** The old title when the section was renamed. */
  previousTitle: string | null;
  body: DiffPart[];
};

export function diffText(from: string, to: string, mode: DiffMode): DiffPart[] {
  const changes = mode === "lines" ? diffLines(from, to) : diffWordsWithSpace(from, to);
  return changes.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/**
 * What changed from one version to another, section by section (matched by key). A removed section
 * is shown where it used to be: after the last section before it that is still there.
 */
export function diffSections(from: SectionText[], to: SectionText[], mode: DiffMode): SectionDiff[] {
  const fromByKey = new Map(from.map((s) => [s.key, s]));
  const toKeys = new Set(to.map((s) => s.key));
  const removedAfter = new Map<string | null, SectionDiff[]>();
  let anchor: string | null = null;
  for (const s of from) {
    if (toKeys.has(s.key)) {
      anchor = s.key;
      continue;
    }
    const removed: SectionDiff = {
      key: s.key,
      change: "removed",
      title: s.title,
      previousTitle: null,
      body: [{ kind: "removed", text: s.body }],
    };
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), removed]);
  }
  const out: SectionDiff[] = [...(removedAfter.get(null) ?? [])];
  for (const s of to) {
    const old = fromByKey.get(s.key);
    if (!old) {
      out.push({ key: s.key, change: "added", title: s.title, previousTitle: null, body: [{ kind: "added", text: s.body }] });
    } else {
      const renamed = old.title !== s.title;
      const same = !renamed && old.body === s.body;
      out.push({
        key: s.key,
        change: same ? "unchanged" : "changed",
        title: s.title,
        previousTitle: renamed ? old.title : null,
        body: old.body === s.body ? [{ kind: "same", text: s.body }] : diffText(old.body, s.body, mode),
      });
    }
    out.push(...(removedAfter.get(s.key) ?? []));
  }
  return out;
}
