import type { PageMarkup } from "../../app/components/server-markup";

/**
 * Parts of pages the server sends as HTML (drawn by React, see staticMarkup), read back as the
 * reader sees them.
 */

/** The HTML of markup a loader handed over for data (as the tests call loaders), never only its key. */
export function markupHtml(markup: PageMarkup | null | undefined): string {
  if (typeof markup?.html !== "string") throw new Error(`expected drawn markup with its HTML, got ${JSON.stringify(markup)}`);
  return markup.html;
}

/** The comparison's rows (`rowsMarkup`): each row's programme (its link) and its cells' texts. */
export function comparisonRows(markup: PageMarkup): { programId: number; cells: string[] }[] {
  return [...markupHtml(markup).matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => ({
    programId: Number(/href="\/directorate\/programs\/(\d+)"/.exec(row!)?.[1]),
    cells: [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map(([, cell]) => drawnText(cell!)),
  }));
}

/** A report section's facts (`blocksMarkup` of the builder): each label and its value. */
export function reportFacts(markup: PageMarkup | null): Record<string, string> {
  return Object.fromEntries(
    [...markupHtml(markup).matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/gs)].map(([, label, value]) => [drawnText(label!), drawnText(value!)]),
  );
}

/**
 * The gathering page's invitee rows (`inviteeRows`): each row's invitation (its checkbox's value;
 * null where the viewer selects none), the invitee's name, and the other cells' texts.
 */
export function inviteeRows(markup: PageMarkup) {
  return [...markupHtml(markup).matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => {
    const id = /name="invitationIds" value="(\d+)"/.exec(row!)?.[1];
    const cells = [...row!.matchAll(/<td>(.*?)<\/td>/gs)].map(([, cell]) => drawnText(cell!));
    const [unit, level, cohort, rsvp, attendance] = id ? cells.slice(1) : cells;
    return { id: id ? Number(id) : null, name: drawnText(/<th>(.*?)<\/th>/s.exec(row!)![1]!), unit, level, cohort, rsvp, attendance };
  });
}

/** The tables of some markup: each one's caption, and each row's cells (header and data cells alike) as text. */
export function drawnTables(html: string): { caption: string; rows: string[][] }[] {
  return [...html.matchAll(/<table[^>]*>(.*?)<\/table>/gs)].map(([, table]) => ({
    caption: drawnText(/<caption>(.*?)<\/caption>/s.exec(table!)?.[1] ?? ""),
    rows: [...table!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) => drawnText(cell!)),
    ),
  }));
}

/** The `<article>` some markup labels by the element `id` (a group drawn in full), or undefined. */
export function drawnArticle(html: string, id: string): string | undefined {
  return [...html.matchAll(/<article\b[^>]*>.*?<\/article>/gs)]
    .map(([article]) => article)
    .find((article) => article.includes(`aria-labelledby="${id}"`));
}

/** The text of some markup: its tags dropped, React's escaping undone. */
export const drawnText = (html: string) => unescape(html.replace(/<[^>]+>/g, ""));

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]!);
