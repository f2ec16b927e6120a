import type { MetaFunction } from "@remix-run/node";
import { translator, uiLocaleOf, type MessageKey } from "./catalog";

type Matches = Parameters<MetaFunction>[0]["matches"];

/** A page title in the user's language: "<page> – Samling". */
export function pageTitle(matches: Matches, key: MessageKey, vars?: Record<string, string | number>) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  const t = translator(uiLocaleOf(root?.locale));
  return [{ title: `${t(key, vars)} – ${t("app.name")}` }];
}
