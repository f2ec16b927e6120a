import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

const drawn = new WeakMap<object, string>();

/**
 * A read-only part of a page as HTML, drawn once from `source` (a value the server already keeps,
 * such as a cached page view) and kept as long as it is. The page hands it in with
 * `dangerouslySetInnerHTML`, so React neither draws it again on each request nor encodes its data
 * for hydration: the comparison's table rows were a fifth of that page's CPU. Only for markup
 * without React behaviour (text, plain links); React's escaping is what makes the string safe, so
 * it is always drawn by React, never put together by hand.
 */
export function staticMarkup(source: object, draw: () => ReactElement): string {
  let html = drawn.get(source);
  if (html === undefined) drawn.set(source, (html = renderToStaticMarkup(draw())));
  return html;
}
