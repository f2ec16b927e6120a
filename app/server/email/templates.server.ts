import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { en } from "../../../emails/messages/en";
import { nb } from "../../../emails/messages/nb";
import { nn } from "../../../emails/messages/nn";
import { sv } from "../../../emails/messages/sv";
import type { EmailKind } from "../../domain/email-kinds";
import { uiLocaleOf, type UiLocale } from "../../i18n/catalog";
import { icuTranslator, type MessageValue, type MessageValues } from "../../i18n/icu";

/**
 * Turns the MJML and text templates in emails/ into messages (see emails/layout.mjml for the
 * steps). MJML runs once per template and language, at first use; each message is then only a
 * Handlebars call, which escapes every value in the HTML part.
 */
export const templatesFolder = path.resolve("emails");

export type EmailLanguage = UiLocale;
export type EmailTextKey = keyof typeof nb;
/** The e-mail catalogues: ICU MessageFormat like the app's, checked by the same catalogue tests. */
export const emailCatalogs: Record<EmailLanguage, Record<EmailTextKey, string>> = { nb, nn, sv, en };
const translators = {
  nb: icuTranslator(nb, "nb"),
  nn: icuTranslator(nn, "nn"),
  sv: icuTranslator(sv, "sv"),
  en: icuTranslator(en, "en"),
} satisfies Record<EmailLanguage, unknown>;

export const emailLanguage = (locale: string): EmailLanguage => uiLocaleOf(locale);

/** A catalogue text formatted with `vars` (for text built in code, e.g. dates). */
export function emailText(language: EmailLanguage, key: EmailTextKey, vars?: MessageValues) {
  return translators[language](key, vars);
}

/**
 * A message's values as ICU arguments: nested values' names joined in camel case
 * (`gathering.title` → `gatheringTitle`), since an ICU argument name cannot hold a dot.
 */
function argumentsOf(values: object, prefix = "", into: MessageValues = {}): MessageValues {
  for (const [name, value] of Object.entries(values)) {
    const key = prefix ? prefix + name[0]!.toUpperCase() + name.slice(1) : name;
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      argumentsOf(value as object, key, into);
    } else if (!Array.isArray(value)) {
      into[key] = (value ?? "") as MessageValue;
    }
  }
  return into;
}

type TextOptions = { data: { messageArguments: MessageValues } };
/** `{{text 'key' 'nb'}}`: a catalogue message formatted with the message's arguments (escaped in HTML). */
const textHelper = (key: EmailTextKey, language: EmailLanguage, options: TextOptions) =>
  emailText(language, key, options.data.messageArguments);

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const htmlEngine = Handlebars.create();
htmlEngine.registerHelper("text", textHelper);
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
textEngine.registerHelper("text", textHelper);
textEngine.registerHelper("paragraphs", (text: string) => paragraphsOf(text).join("\n\n"));

const read = (name: string, ext: "mjml" | "txt") => readFileSync(path.join(templatesFolder, `${name}.${ext}`), "utf8");

/** The layout around the kind's own file, with partials in place and comments dropped. */
function source(kind: EmailKind, ext: "mjml" | "txt"): string {
  return read("layout", ext)
    .replace(/^[ \t]*<!-- content -->[ \t]*$/m, () => read(kind, ext).trimEnd())
    .replace(/^[ \t]*<!-- include ([\w-]+) -->[ \t]*$/gm, (_m, name: string) => read(`partials/${name}`, ext).trimEnd())
    .replace(/<!--[\s\S]*?-->\n?/g, "");
}

/**
 * `[[key]]` → the kind's own text ("invitation.intro") or else the shared one ("greeting"). A text
 * without arguments goes into the template as it is; one with arguments becomes a `text` helper
 * call, formatted for each message.
 */
function localize(template: string, kind: EmailKind | null, language: EmailLanguage, encode: (text: string) => string) {
  const catalog: Record<string, string> = emailCatalogs[language];
  return template.replace(/\[\[([\w.]+)\]\]/g, (_m, name: string) => {
    const key = kind && catalog[`${kind}.${name}`] !== undefined ? `${kind}.${name}` : name;
    const text = catalog[key];
    if (text === undefined) throw new Error(`E-mail template ${kind ?? "partial"}: no text "${name}" in ${language}`);
    return /[{']/.test(text) ? `{{text '${key}' '${language}'}}` : encode(text);
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
    subject: textEngine.compile(
      localize("[[subject]]", kind, language, (t) => t),
      { noEscape: true, strict: true },
    ),
    html: htmlEngine.compile(html, { strict: true }),
    text: textEngine.compile(
      localize(source(kind, "txt"), kind, language, (t) => t),
      { noEscape: true, strict: true },
    ),
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
  const data = { messageArguments: argumentsOf(values) };
  const subject = t.subject(values, { data }).replace(/\s+/g, " ").trim();
  return {
    subject,
    html: t.html({ ...values, subject }, { data }),
    text: `${t
      .text(values, { data })
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
  return template(values, { data: { messageArguments: argumentsOf(values) } }).trim();
}
