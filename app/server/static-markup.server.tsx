import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { derivedFrom } from "../domain/derived";

/**
 * A read-only part of a page as HTML, drawn once from `source` (a value the server already keeps,
 * such as a cached page view) and kept as long as it is (derivedFrom, whose rule for `key` holds
 * here: several drawings of one source, each from a small known set). The page hands it in with
 * `dangerouslySetInnerHTML`, so React neither draws it again on each request nor encodes its data
 * for hydration: the comparison's table rows were a fifth of that page's CPU. Only for markup
 * without React behaviour (text, plain links, plain form fields, SVG, a native <details>); React's escaping is what makes the
 * string safe, so it is always drawn by React, never put together by hand.
 */
export function staticMarkup(source: object, draw: () => ReactElement, key = ""): string {
  return derivedFrom(source, `markup:${key}`, () => renderToStaticMarkup(draw()));
}
