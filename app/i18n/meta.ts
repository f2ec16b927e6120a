import type { MetaFunction } from "@remix-run/node";
import { translator, uiLocaleOf, type MessageKey } from "./catalog";

type Matches = Parameters<MetaFunction>[0]["matches"];

/** What a page adds to its title beyond its name: what it is about (a gathering), and the programme of a page outside the programme's tabs. */
export type TitleContext = { subject?: string | null; programme?: string | null };

/**
 * A page title in the user's language: "<page> – Samling", and on a programme's pages
 * "<page> – <programme> – Samling" (WCAG 2.4.2: the tabs of every programme would otherwise share
 * one title). A page about one thing names it first: "<gathering> – <page> – <programme> – Samling".
 */
export function pageTitle(
  matches: Matches,
  key: MessageKey,
  vars?: Record<string, string | number>,
  { subject, programme }: TitleContext = {},
) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  const layout = matches.find((m) => m.id === "routes/programs.$programId")?.data as { program?: { title?: string } } | undefined;
  const t = translator(uiLocaleOf(root?.locale));
  const parts = [subject, t(key, vars), layout?.program?.title ?? programme, t("app.name")].filter(Boolean);
  return [{ title: parts.join(" – ") }];
}
