import { createHash } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { PageMarkup } from "../components/server-markup";
import { derivedFrom } from "../domain/derived";

/**
 * A read-only part of a page as HTML, drawn once from `source` (a value the server already keeps,
 * such as a cached page view) and kept as long as it is (derivedFrom, whose rule for `key` holds
 * here: several drawings of one source, each from a small known set). The page shows it with
 * `ServerMarkup`, so React neither draws it again on each request nor encodes its data for
 * hydration: the comparison's table rows were a fifth of that page's CPU. Only for markup without
 * React behaviour (text, plain links, plain form fields, SVG, a native <details>); React's escaping
 * is what makes the string safe, so it is always drawn by React, never put together by hand.
 *
 * In a document (the launcher gives its load context `documentMarkup`) the HTML goes to the page's
 * render through that map and the loader's data carries only the key; in a data response, the HTML.
 */
export function staticMarkup(context: AppLoadContext, source: object, draw: () => ReactElement, key = ""): PageMarkup {
  const drawn = derivedFrom(source, `markup:${key}`, () => {
    const html = renderToStaticMarkup(draw());
    return { key: createHash("sha256").update(html).digest("base64url").slice(0, 22), html };
  });
  // Empty markup goes whole: an empty element is what ServerMarkup takes for a page drawn anew without it.
  if (!context.documentMarkup || drawn.html === "") return drawn;
  context.documentMarkup.set(drawn.key, drawn.html);
  return { key: drawn.key };
}
