import type { Role } from "../domain/enums";
import type { MessageKey } from "../i18n/catalog";

/** The sections of a programme, each a child route of programs.$programId, shown to the roles listed. */
export const programTabs: { path: string; label: MessageKey; roles: readonly Role[] }[] = [
  { path: "", label: "tabs.overview", roles: ["coordinator", "union_rep", "facilitator"] },
  { path: "gatherings", label: "tabs.gatherings", roles: ["coordinator", "union_rep", "facilitator"] },
  { path: "cohorts", label: "tabs.cohorts", roles: ["coordinator"] },
  { path: "budget", label: "tabs.budget", roles: ["coordinator"] },
  { path: "union", label: "tabs.union", roles: ["coordinator", "union_rep"] },
  { path: "direction", label: "tabs.direction", roles: ["coordinator", "union_rep"] },
  { path: "reflections", label: "tabs.reflections", roles: ["coordinator", "union_rep"] },
  { path: "dissemination", label: "report.tabs.dissemination", roles: ["coordinator"] },
  { path: "report", label: "tabs.report", roles: ["coordinator", "union_rep"] },
  { path: "shared", label: "directorate.shared.title", roles: ["coordinator"] },
];
