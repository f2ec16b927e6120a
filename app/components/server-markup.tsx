import { createContext, useContext, useState, type HTMLAttributes } from "react";

/**
 * Read-only markup the server drew once (staticMarkup), as a loader hands it to its page: the HTML
 * itself in a data response (a client-side navigation or revalidation), but only its `key` (a hash of
 * the HTML) in a document, whose render reads the HTML from `DocumentMarkup`. So a document carries
 * the HTML once, in the page, not a second time (escaped twice) inside the hydration data: on the
 * gathering page the rows were over half of the document's bytes and a tenth of its CPU.
 */
export type PageMarkup = { key: string; html?: string };

/** A document's markup by key, filled by its loaders (entry.server provides it); none on the client. */
const DocumentMarkup = createContext<ReadonlyMap<string, string> | null>(null);
export const DocumentMarkupProvider = DocumentMarkup.Provider;

/**
 * `markup` as the content of a `tag`. Hydration keeps the server's content as it is (React compares
 * no `dangerouslySetInnerHTML` in production; `suppressHydrationWarning` keeps development quiet),
 * and so does any later render of the same key: new HTML replaces it only when its key changes, so a
 * refused form leaves the ticks in the rows as they were.
 */
export function ServerMarkup({
  tag: Tag,
  markup,
  ...attributes
}: { tag: "div" | "tbody"; markup: PageMarkup } & Omit<HTMLAttributes<HTMLElement>, "children" | "dangerouslySetInnerHTML">) {
  const documentMarkup = useContext(DocumentMarkup);
  const [shown, setShown] = useState(markup);
  const current = shown.key === markup.key ? shown : markup;
  if (current !== shown) setShown(current);
  const html = current.html ?? documentMarkup?.get(current.key) ?? "";
  return <Tag {...attributes} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}
