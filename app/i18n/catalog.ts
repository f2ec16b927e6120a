import type { Locale } from "../../db/schema";
import * as a11y from "./messages/a11y";
import * as common from "./messages/common";
import * as direction from "./messages/direction";
import * as directorate from "./messages/directorate";
import * as everyday from "./messages/everyday";
import * as gatherings from "./messages/gatherings";
import * as identity from "./messages/identity";
import * as organisation from "./messages/organisation";
import * as outbox from "./messages/outbox";
import * as participants from "./messages/participants";
import * as people from "./messages/people";
import * as privacy from "./messages/privacy";
import * as programs from "./messages/programs";
import * as reflections from "./messages/reflections";
import * as report from "./messages/report";

/** Each feature keeps its own catalogue file; keys are prefixed by feature so they never collide. */
const nb = {
  ...a11y.nb,
  ...common.nb,
  ...direction.nb,
  ...directorate.nb,
  ...everyday.nb,
  ...gatherings.nb,
  ...identity.nb,
  ...organisation.nb,
  ...outbox.nb,
  ...participants.nb,
  ...people.nb,
  ...privacy.nb,
  ...programs.nb,
  ...reflections.nb,
  ...report.nb,
};
const en: Record<keyof typeof nb, string> = {
  ...a11y.en,
  ...common.en,
  ...direction.en,
  ...directorate.en,
  ...everyday.en,
  ...gatherings.en,
  ...identity.en,
  ...organisation.en,
  ...outbox.en,
  ...participants.en,
  ...people.en,
  ...privacy.en,
  ...programs.en,
  ...reflections.en,
  ...report.en,
};

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
