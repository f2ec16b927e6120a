import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * What Markdown may produce and nothing more: text structure and links, no images, no raw HTML,
 * no attributes beyond a link's address. Links get rel="noopener noreferrer"; only http(s) and
 * mailto addresses survive (javascript: and data: are dropped, leaving the link text).
 */
const allowList: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
  },
};

const parsers = new Map<number, Marked>();

/** One parser per heading base, so `#` in a body nests under the page's own headings. */
function parserFor(baseHeadingLevel: number) {
  let parser = parsers.get(baseHeadingLevel);
  if (!parser) {
    parser = new Marked({
      gfm: true,
      breaks: true,
      walkTokens(token) {
        if (token.type === "heading") token.depth = Math.min(token.depth + baseHeadingLevel - 1, 6);
      },
      renderer: {
        // Raw HTML in the source is shown as text, not interpreted.
        html: ({ text }) => escapeHtml(text),
        // No images (no tracking pixels or outside content): the description stands in.
        image: ({ text }) => escapeHtml(text),
      },
    });
    parsers.set(baseHeadingLevel, parser);
  }
  return parser;
}

/** Markdown written by users, as HTML that is safe to insert into a page. */
export function renderMarkdown(source: string, baseHeadingLevel = 3): string {
  const html = parserFor(baseHeadingLevel).parse(source, { async: false });
  return sanitizeHtml(html, allowList);
}
