/**
 * The comparison's rows as the reader sees them, read back from the HTML the page's loader sends
 * (`rowsHtml`, drawn by React): each row's programme (its link) and its cells' texts.
 */
export function comparisonRows(html: string): { programId: number; cells: string[] }[] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => ({
    programId: Number(/href="\/directorate\/programs\/(\d+)"/.exec(row!)?.[1]),
    cells: [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map(([, cell]) => unescape(cell!.replace(/<[^>]+>/g, ""))),
  }));
}

/** React's escaping of text, undone. */
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]!);
