import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { en } from "../../../emails/messages/en";
import { nb } from "../../../emails/messages/nb";
import type { EmailKind } from "../../domain/email-kinds";
import { uiLocaleOf, type UiLocale } from "../../i18n/catalog";

/**
 * Turns the MJML and text templates in emails/ into messages (see emails/layout.mjml for the
 * steps). MJML runs once per template and language, at first use; each message is then only a
 * Handlebars call, which escapes every value in the HTML part.
 */
export const templatesFolder = path.resolve("emails");

export type EmailLanguage = UiLocale;
export type EmailTextKey = keyof typeof nb;
const catalogs: Record<EmailLanguage, Record<EmailTextKey, string>> = { nb, en };

/** Swedish readers get bokmål text (and Swedish date formats), as in the app. */
export const emailLanguage = (locale: string): EmailLanguage => uiLocaleOf(locale);

/** A catalogue text with `{{name}}` filled in from `vars` (for text built in code, e.g. dates). */
export function emailText(language: EmailLanguage, key: EmailTextKey, vars: Record<string, string> = {}) {
  return catalogs[language][key].replace(/\{\{(\w+)\}\}/g, (m, name: string) => vars[name] ?? m);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const htmlEngine = Handlebars.create();
htmlEngine.registerHelper(
  "paragraphs",
  (text: string) =>
    new htmlEngine.SafeString(
      paragraphsOf(text)
        .map((p) => `<p style="margin:0 0 12px 0">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
        .join(""),
    ),
);
const textEngine = Handlebars.create();
textEngine.registerHelper("paragraphs", (text: string) => paragraphsOf(text).join("\n\n"));

const read = (name: string, ext: "mjml" | "txt") => readFileSync(path.join(templatesFolder, `${name}.${ext}`), "utf8");

/** The layout around the kind's own file, with partials in place and comments dropped. */
function source(kind: EmailKind, ext: "mjml" | "txt"): string {
  return read("layout", ext)
    .replace(/^[ \t]*<!-- content -->[ \t]*$/m, () => read(kind, ext).trimEnd())
    .replace(/^[ \t]*<!-- include ([\w-]+) -->[ \t]*$/gm, (_m, name: string) => read(`partials/${name}`, ext).trimEnd())
    .replace(/<!--[\s\S]*?-->\n?/g, "");
}

/** `[[key]]` → the kind's own text ("invitation.intro") or else the shared one ("greeting"). */
function localize(template: string, kind: EmailKind | null, language: EmailLanguage, encode: (text: string) => string) {
  const catalog: Record<string, string> = catalogs[language];
  return template.replace(/\[\[([\w.]+)\]\]/g, (_m, key: string) => {
    const text = (kind && catalog[`${kind}.${key}`]) ?? catalog[key];
    if (text === undefined) throw new Error(`E-mail template ${kind ?? "partial"}: no text "${key}" in ${language}`);
    return encode(text);
  });
}

type Compiled = {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
};

async function compile(kind: EmailKind, language: EmailLanguage): Promise<Compiled> {
  const mjml = localize(source(kind, "mjml"), kind, language, escapeHtml);
  // Loaded at the first message, not at start: MJML is the largest library the server uses, and a
  // process that sends no e-mail (EMAIL_DISPATCHER=off beside a worker) never needs it.
  const { default: mjml2html } = await import("mjml");
  const { html, errors } = await mjml2html(mjml, { validationLevel: "strict", keepComments: false });
  if (errors.length) throw new Error(`E-mail template ${kind}: ${errors.map((e) => e.formattedMessage).join("; ")}`);
  // strict: a value the template names but the message lacks is an error, not a silent blank.
  return {
    subject: textEngine.compile(localize("[[subject]]", kind, language, (t) => t), { noEscape: true, strict: true }),
    html: htmlEngine.compile(html, { strict: true }),
    text: textEngine.compile(localize(source(kind, "txt"), kind, language, (t) => t), { noEscape: true, strict: true }),
  };
}

const compiled = new Map<string, Promise<Compiled>>();

function templates(kind: EmailKind, language: EmailLanguage): Promise<Compiled> {
  const key = `${kind}:${language}`;
  let entry = compiled.get(key);
  if (!entry) {
    entry = compile(kind, language);
    // A failed compile is not cached, so a fixed template is picked up without a restart.
    entry.catch(() => compiled.delete(key));
    compiled.set(key, entry);
  }
  return entry;
}

export type RenderedParts = { subject: string; html: string; text: string };

/** Subject, HTML and plain text of one message of `kind` from its values. */
export async function renderTemplate(kind: EmailKind, language: EmailLanguage, values: object): Promise<RenderedParts> {
  const t = await templates(kind, language);
  const subject = t.subject(values).replace(/\s+/g, " ").trim();
  return {
    subject,
    html: t.html({ ...values, subject }),
    text: `${t
      .text(values)
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()}\n`,
  };
}

const details = new Map<EmailLanguage, HandlebarsTemplateDelegate>();

/**
 * What, when, where and the agenda of a gathering as plain text (emails/partials/gathering-details.txt):
 * the calendar event's DESCRIPTION, which is the same for every invitee.
 */
export function renderGatheringDetails(language: EmailLanguage, values: object): string {
  let template = details.get(language);
  if (!template) {
    const source = localize(read("partials/gathering-details", "txt"), null, language, (t) => t);
    template = textEngine.compile(source, { noEscape: true, strict: true });
    details.set(language, template);
  }
  return template(values).trim();
}
