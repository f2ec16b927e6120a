/**
 * Disclosure control for every aggregate of reflections (analytics page, its CSV, the per-cohort
 * figures, the final report and the directorate's copy): the one rule, in one place.
 *
 * Figures are computed only over *published* reflections. Reflections are taken in the order they
 * were submitted and held back until they can be published in a batch that, for every group shown
 * (the whole programme, each level, each cohort) and every figure in it (authors, baseline and
 * paired counts, each measure's baseline and latest values), changes the contributions of either
 * nobody or at least `minGroupSize` people, and leaves each figure resting on nobody or at least
 * `minGroupSize` people. Hence:
 * - a group's figures never rest on fewer than five people, so a group is either shown whole or
 *   holds no published reflection at all: "the total only over the shown groups", and subtracting
 *   the shown groups from the total leaves nothing but groups of five or more (the "residual" of a
 *   dimension, e.g. reflections without a level, or leaders who changed level, is checked as a
 *   group of its own);
 * - a figure never changes by one person's submission: comparing it before and after shows the
 *   combined change of at least five people.
 * The batches are replayed from the submission history, so no state is kept; see docs/privacy.md.
 */
import type { IndicatorRow, RatingKey } from "./indicators";

/** Fewer distinct people than this behind a figure and it is "too few to show". */
export const minGroupSize = 5;

const dimensions = ["level", "cohort"] as const;

/** The groups a reflection is counted in (its level and cohort as copied into it at submission). */
function groupsOf(row: IndicatorRow): string[] {
  const groups = ["all"];
  if (row.levelId !== null) groups.push(`level:${row.levelId}`);
  if (row.cohortId !== null) groups.push(`cohort:${row.cohortId}`);
  return groups;
}

const time = (row: IndicatorRow) => row.submittedAt.getTime();

/**
 * What one author adds to one group's figures, one string per figure ("" for nothing): whether they
 * count as an author, have a baseline, have a later reflection, and per measure their baseline value
 * and their (baseline, latest) pair, exactly as app/domain/indicators.ts pairs them.
 */
function contribution(rows: readonly IndicatorRow[], keys: readonly RatingKey[]): string[] {
  const sorted = [...rows].sort((a, b) => time(a) - time(b));
  const baseline = sorted.find((r) => r.kind === "baseline");
  const latest = baseline ? sorted.filter((r) => r !== baseline && time(r) > time(baseline)).at(-1) : undefined;
  const out = [rows.length ? "1" : "", baseline ? "1" : "", latest ? "1" : ""];
  for (const k of keys) {
    const b = baseline?.ratings[k] ?? null;
    const l = latest?.ratings[k] ?? null;
    out.push(b === null ? "" : String(b), b !== null && l !== null ? `${b}>${l}` : "");
  }
  return out;
}

/**
 * An author's contributions to every group they are in, and to each dimension's residual: what is
 * left of their overall contribution once the dimension's groups are subtracted (nothing when
 * exactly one group holds the same contribution).
 */
function contributions(rows: readonly IndicatorRow[], keys: readonly RatingKey[]): Map<string, string[]> {
  const byGroup = new Map<string, IndicatorRow[]>();
  for (const row of rows) for (const g of groupsOf(row)) byGroup.set(g, [...(byGroup.get(g) ?? []), row]);
  const result = new Map([...byGroup].map(([g, list]) => [g, contribution(list, keys)]));
  const overall = result.get("all") ?? contribution([], keys);
  for (const dimension of dimensions) {
    const inGroups = [...result].filter(([g]) => g.startsWith(`${dimension}:`)).map(([, c]) => c);
    result.set(
      `residual:${dimension}`,
      overall.map((value, i) => {
        const parts = inGroups.map((c) => c[i]!).filter(Boolean);
        const cancelled = parts.length === 0 ? value === "" : parts.length === 1 && parts[0] === value;
        return cancelled ? "" : `${value}|${parts.sort().join(",")}`;
      }),
    );
  }
  return result;
}

/**
 * The reflections that may be published, replayed in submission order: each submission waits until
 * it can be released with others so that every figure changes by nobody or at least five people
 * and rests on nobody or at least five people.
 */
export function publishedRows<R extends IndicatorRow>(rows: readonly R[], keys: readonly RatingKey[]): R[] {
  const ordered = [...rows].sort((a, b) => time(a) - time(b) || a.authorId - b.authorId);
  const published = new Map<number, R[]>();
  const publishedContribution = new Map<number, Map<string, string[]>>();
  /** How many authors contribute to each figure (`group#index`) of the published set. */
  const counts = new Map<string, number>();
  const pending: R[] = [];
  const pendingAuthors = new Set<number>();
  const none = new Map<string, string[]>();

  const tryRelease = (): R[] => {
    let candidate = pending;
    for (;;) {
      const byAuthor = new Map<number, R[]>();
      for (const row of candidate) byAuthor.set(row.authorId, [...(byAuthor.get(row.authorId) ?? []), row]);
      if (byAuthor.size < minGroupSize) return [];
      const changed = new Map<string, { authors: number[]; net: number }>();
      const after = new Map<number, Map<string, string[]>>();
      for (const [author, added] of byAuthor) {
        const before = publishedContribution.get(author) ?? none;
        const now = contributions([...(published.get(author) ?? []), ...added], keys);
        after.set(author, now);
        for (const group of new Set([...before.keys(), ...now.keys()])) {
          const b = before.get(group);
          const n = now.get(group);
          const length = (b ?? n)!.length;
          for (let i = 0; i < length; i++) {
            const was = b?.[i] ?? "";
            const is = n?.[i] ?? "";
            if (was === is) continue;
            const key = `${group}#${i}`;
            const entry = changed.get(key) ?? { authors: [], net: 0 };
            entry.authors.push(author);
            entry.net += (is ? 1 : 0) - (was ? 1 : 0);
            changed.set(key, entry);
          }
        }
      }
      const violators = new Set<number>();
      for (const [key, { authors, net }] of changed) {
        const total = (counts.get(key) ?? 0) + net;
        if (authors.length < minGroupSize || (total > 0 && total < minGroupSize)) for (const a of authors) violators.add(a);
      }
      if (violators.size === 0) {
        for (const [author, added] of byAuthor) {
          published.set(author, [...(published.get(author) ?? []), ...added]);
          publishedContribution.set(author, after.get(author)!);
        }
        for (const [key, { net }] of changed) counts.set(key, (counts.get(key) ?? 0) + net);
        return candidate;
      }
      candidate = candidate.filter((row) => !violators.has(row.authorId));
    }
  };

  for (const [index, row] of ordered.entries()) {
    pending.push(row);
    pendingAuthors.add(row.authorId);
    // Submissions at the same instant (an import, a seeded history) are one arrival.
    const next = ordered[index + 1];
    if (next && time(next) === time(row)) continue;
    if (pendingAuthors.size < minGroupSize) continue;
    const released = new Set(tryRelease());
    if (released.size === 0) continue;
    const kept = pending.filter((r) => !released.has(r));
    pending.length = 0;
    pending.push(...kept);
    pendingAuthors.clear();
    for (const r of kept) pendingAuthors.add(r.authorId);
  }
  return [...published.values()].flat();
}
