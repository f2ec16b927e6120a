import { programStatuses } from "./enums";

export type ProgramStatus = (typeof programStatuses)[number];

/**
 * A programme moves forward one step at a time (planning → active → completed → reported). Going
 * back to an earlier status is allowed, but only with a recorded reason, so the history explains it.
 */
export type TransitionProblem = "programs.statusUnchanged" | "programs.statusSkips" | "programs.reasonRequired";

const rank = (status: ProgramStatus) => programStatuses.indexOf(status);

export const isBackward = (from: ProgramStatus, to: ProgramStatus) => rank(to) < rank(from);

export function transitionProblem(from: ProgramStatus, to: ProgramStatus, reason: string | undefined): TransitionProblem | null {
  if (from === to) return "programs.statusUnchanged";
  if (rank(to) > rank(from) + 1) return "programs.statusSkips";
  if (isBackward(from, to) && !reason?.trim()) return "programs.reasonRequired";
  return null;
}

/** The statuses a programme in `from` may move to, next step first, then the earlier ones. */
export function allowedTargets(from: ProgramStatus): { status: ProgramStatus; needsReason: boolean }[] {
  const next = programStatuses[rank(from) + 1];
  const back = programStatuses.slice(0, rank(from)).reverse();
  return [...(next ? [{ status: next, needsReason: false }] : []), ...back.map((status) => ({ status, needsReason: true }))];
}
