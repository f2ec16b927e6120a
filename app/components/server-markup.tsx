import { useRevalidator } from "@remix-run/react";
import { createContext, useContext, useEffect, useRef, useState, type HTMLAttributes } from "react";

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
 * refused form leaves the ticks in the rows as they were. Where React could not hydrate and drew the
 * page anew, the document's copy is gone and the data has only the key: the page's data is loaded
 * again, and its HTML taken under the same key.
 */
export function ServerMarkup({
  tag: Tag,
  markup,
  ...attributes
}: { tag: "div" | "tbody"; markup: PageMarkup } & Omit<HTMLAttributes<HTMLElement>, "children" | "dangerouslySetInnerHTML">) {
  const documentMarkup = useContext(DocumentMarkup);
  const element = useRef<HTMLDivElement & HTMLTableSectionElement>(null);
  const [shown, setShown] = useState(markup);
  const [lost, setLost] = useState(false);
  const current = shown.key !== markup.key || (lost && markup.html !== undefined) ? markup : shown;
  if (current !== shown) {
    setShown(current);
    setLost(false);
  }
  const html = current.html ?? documentMarkup?.get(current.key);
  useEffect(() => {
    if (html === undefined && element.current?.childNodes.length === 0) setLost(true);
  }, [html]);
  return (
    <>
      <Tag {...attributes} ref={element} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      {lost && <LoadAgain />}
    </>
  );
}

function LoadAgain() {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    void revalidate();
  }, [revalidate]);
  return null;
}
