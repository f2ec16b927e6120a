import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "../domain/enums";

/** The Intl locale of each UI language (number, date and plural rules). */
export const intlTags: Record<Locale, string> = { nb: "nb-NO", nn: "nn-NO", sv: "sv-SE", en: "en-GB" };

export type MessageValue = string | number | Date | null | undefined;
export type MessageValues = Record<string, MessageValue>;

const timeZone = "Europe/Oslo";

/** `{when, date, long}` and `{when, time, short}` in messages show Oslo time, as the rest of the app does. */
const formats = {
  date: {
    short: { day: "numeric", month: "numeric", year: "numeric", timeZone },
    medium: { day: "numeric", month: "short", year: "numeric", timeZone },
    long: { day: "numeric", month: "long", year: "numeric", timeZone },
    full: { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone },
  },
  time: { short: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone } },
} as const;

/**
 * Compiles a catalogue's messages as ICU MessageFormat on first use and keeps them: the translator
 * runs on every page render and every e-mail, and parsing a message costs far more than formatting
 * it. Messages with nothing to fill in (most of them) are returned as they are.
 *
 * `ignoreTag`: a `<` in a message is text, not markup. A message that cannot be formatted (a value
 * left out by its caller) shows its pattern rather than breaking the page; the catalogue test checks
 * every message and its arguments.
 */
export function icuTranslator<K extends string>(catalog: Record<K, string>, locale: Locale) {
  const compiled = new Map<K, IntlMessageFormat | string>();
  const tag = intlTags[locale];
  function message(key: K): IntlMessageFormat | string {
    let entry = compiled.get(key);
    if (entry === undefined) {
      const text = catalog[key] ?? key;
      entry = /[{']/.test(text) ? new IntlMessageFormat(text, tag, formats, { ignoreTag: true }) : text;
      compiled.set(key, entry);
    }
    return entry;
  }
  return (key: K, vars?: MessageValues): string => {
    const m = message(key);
    if (typeof m === "string") return m;
    try {
      return String(m.format(vars as Record<string, string | number | Date>));
    } catch {
      return catalog[key];
    }
  };
}

/** The names of a message's arguments (for the catalogue tests), sorted. */
export function messageArguments(text: string): string[] {
  const names = new Set<string>();
  type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }>; children?: Node[] };
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // Literal (0) and pound (7) carry no name; every other element names its argument.
      if (node.type !== 0 && node.type !== 7 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(text, "en", undefined, { ignoreTag: true }).getAst() as Node[]);
  return [...names].sort();
}
