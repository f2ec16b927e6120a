import type { MetaFunction } from "@remix-run/node";
import { translator, uiLocaleOf, type MessageKey } from "./catalog";

type Matches = Parameters<MetaFunction>[0]["matches"];

/**
 * A page title in the user's language: "<page> – Samling", and on a programme's pages
 * "<page> – <programme> – Samling" (WCAG 2.4.2: the tabs of every programme would otherwise share
 * one title).
 */
export function pageTitle(matches: Matches, key: MessageKey, vars?: Record<string, string | number>) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  const programme = matches.find((m) => m.id === "routes/programs.$programId")?.data as { program?: { title?: string } } | undefined;
  const t = translator(uiLocaleOf(root?.locale));
  const parts = [t(key, vars), programme?.program?.title, t("app.name")].filter(Boolean);
  return [{ title: parts.join(" – ") }];
}
