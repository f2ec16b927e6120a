import type { Locale } from "../../db/schema";
import * as common from "./messages/common";
import * as organisation from "./messages/organisation";
import * as people from "./messages/people";
import * as programs from "./messages/programs";

/** Each feature keeps its own catalogue file; keys are prefixed by feature so they never collide. */
const nb = { ...common.nb, ...programs.nb, ...people.nb, ...organisation.nb };
const en: Record<keyof typeof nb, string> = { ...common.en, ...programs.en, ...people.en, ...organisation.en };

export type MessageKey = keyof typeof nb;
export type UiLocale = "nb" | "en";
export const uiLocales: readonly UiLocale[] = ["nb", "en"];
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogs: Record<UiLocale, Record<MessageKey, string>> = { nb, en };

/** The UI is in bokmål and English; Swedish readers get bokmål text with Swedish dates. */
export const uiLocaleOf = (locale: Locale | string | undefined): UiLocale => (locale === "en" ? "en" : "nb");

export function translator(locale: UiLocale): Translate {
  const catalog = catalogs[locale];
  return (key, vars) => {
    const text = catalog[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
