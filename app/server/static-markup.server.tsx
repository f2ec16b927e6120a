import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

const drawn = new WeakMap<object, Map<string, string>>();

/**
 * A read-only part of a page as HTML, drawn once from `source` (a value the server already keeps,
 * such as a cached page view) and kept as long as it is. The page hands it in with
 * `dangerouslySetInnerHTML`, so React neither draws it again on each request nor encodes its data
 * for hydration: the comparison's table rows were a fifth of that page's CPU. Only for markup
 * without React behaviour (text, plain links); React's escaping is what makes the string safe, so
 * it is always drawn by React, never put together by hand.
 *
 * `key` tells apart several parts drawn from one source. It must come from a small set the caller
 * knows (a section's name, a table that exists), never from the request as it came: each key is kept.
 */
export function staticMarkup(source: object, draw: () => ReactElement, key = ""): string {
  let ofSource = drawn.get(source);
  if (!ofSource) drawn.set(source, (ofSource = new Map()));
  let html = ofSource.get(key);
  if (html === undefined) ofSource.set(key, (html = renderToStaticMarkup(draw())));
  return html;
}
