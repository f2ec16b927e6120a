import { locales, type Locale } from "../domain/enums";
import * as a11y from "./messages/a11y";
import * as a11yForms from "./messages/a11y-forms";
import * as common from "./messages/common";
import * as consultationNotices from "./messages/consultation-notices";
import * as digest from "./messages/digest";
import * as direction from "./messages/direction";
import * as directorate from "./messages/directorate";
import * as directorateCompare from "./messages/directorate-compare";
import * as everyday from "./messages/everyday";
import * as facilitation from "./messages/facilitation";
import * as flash from "./messages/flash";
import * as gatherings from "./messages/gatherings";
import * as identity from "./messages/identity";
import * as pageLinks from "./messages/page-links";
import * as notifications from "./messages/notifications";
import * as organisation from "./messages/organisation";
import * as onDemand from "./messages/on-demand";
import * as outbox from "./messages/outbox";
import * as participantPages from "./messages/participant-pages";
import * as participants from "./messages/participants";
import * as people from "./messages/people";
import * as privacy from "./messages/privacy";
import * as programs from "./messages/programs";
import * as reflections from "./messages/reflections";
import * as rollCall from "./messages/roll-call";
import * as report from "./messages/report";
import * as sso from "./messages/sso";
import { icuTranslator, type MessageValues } from "./icu";

/**
 * Each feature keeps its own catalogue file; keys are prefixed by feature so they never collide.
 * Registering a file is one line per language. Bokmål defines the keys: nynorsk, Swedish and English
 * are typed against it, so a key missing in any of them is a type error. Every message is ICU
 * MessageFormat (see ./icu.ts and docs/glossary-*.md).
 */
const nb = {
  ...a11y.nb,
  ...a11yForms.nb,
  ...common.nb,
  ...consultationNotices.nb,
  ...digest.nb,
  ...direction.nb,
  ...directorate.nb,
  ...directorateCompare.nb,
  ...everyday.nb,
  ...facilitation.nb,
  ...flash.nb,
  ...gatherings.nb,
  ...identity.nb,
  ...pageLinks.nb,
  ...notifications.nb,
  ...organisation.nb,
  ...outbox.nb,
  ...participants.nb,
  ...onDemand.nb,
  ...participantPages.nb,
  ...people.nb,
  ...privacy.nb,
  ...programs.nb,
  ...reflections.nb,
  ...rollCall.nb,
  ...report.nb,
  ...sso.nb,
};
export type MessageKey = keyof typeof nb;
export type Messages = Record<MessageKey, string>;

const nn: Messages = {
  ...a11y.nn,
  ...a11yForms.nn,
  ...common.nn,
  ...consultationNotices.nn,
  ...digest.nn,
  ...direction.nn,
  ...directorate.nn,
  ...directorateCompare.nn,
  ...everyday.nn,
  ...facilitation.nn,
  ...flash.nn,
  ...gatherings.nn,
  ...identity.nn,
  ...pageLinks.nn,
  ...notifications.nn,
  ...organisation.nn,
  ...outbox.nn,
  ...participants.nn,
  ...onDemand.nn,
  ...participantPages.nn,
  ...people.nn,
  ...privacy.nn,
  ...programs.nn,
  ...reflections.nn,
  ...rollCall.nn,
  ...report.nn,
  ...sso.nn,
};
const sv: Messages = {
  ...a11y.sv,
  ...a11yForms.sv,
  ...common.sv,
  ...consultationNotices.sv,
  ...digest.sv,
  ...direction.sv,
  ...directorate.sv,
  ...directorateCompare.sv,
  ...everyday.sv,
  ...facilitation.sv,
  ...flash.sv,
  ...gatherings.sv,
  ...identity.sv,
  ...pageLinks.sv,
  ...notifications.sv,
  ...organisation.sv,
  ...outbox.sv,
  ...participants.sv,
  ...onDemand.sv,
  ...participantPages.sv,
  ...people.sv,
  ...privacy.sv,
  ...programs.sv,
  ...reflections.sv,
  ...rollCall.sv,
  ...report.sv,
  ...sso.sv,
};
const en: Messages = {
  ...a11y.en,
  ...a11yForms.en,
  ...common.en,
  ...consultationNotices.en,
  ...digest.en,
  ...direction.en,
  ...directorate.en,
  ...directorateCompare.en,
  ...everyday.en,
  ...facilitation.en,
  ...flash.en,
  ...gatherings.en,
  ...identity.en,
  ...pageLinks.en,
  ...notifications.en,
  ...organisation.en,
  ...outbox.en,
  ...participants.en,
  ...onDemand.en,
  ...participantPages.en,
  ...people.en,
  ...privacy.en,
  ...programs.en,
  ...reflections.en,
  ...rollCall.en,
  ...report.en,
  ...sso.en,
};

/** The UI languages are the stored ones: bokmål (default), nynorsk, Swedish, English. */
export type UiLocale = Locale;
export const uiLocales: readonly UiLocale[] = locales;
export type Translate = (key: MessageKey, vars?: MessageValues) => string;

export const catalogs: Record<UiLocale, Messages> = { nb, nn, sv, en };

const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);

/** A stored or chosen language, or bokmål for anything unknown. */
export const uiLocaleOf = (locale: Locale | string | null | undefined): UiLocale => (isLocale(locale) ? locale : "nb");

const translators = new Map<UiLocale, Translate>();

/** The translator of a language; one per language for the life of the process, with its compiled messages. */
export function translator(locale: UiLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = icuTranslator(catalogs[locale], locale);
    translators.set(locale, t);
  }
  return t;
}
