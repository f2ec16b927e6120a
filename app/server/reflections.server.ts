/**
 * The only module that reads or writes reflections, their answers and their quotes.
 *
 * Privacy by design: a reflection's text and ratings are read only by functions that take the
 * signed-in `author` (the session user) and put `author_id = author.id` into the query itself, so
 * someone else's reflection id finds nothing and the route answers 404. Every other function returns
 * what is not personal: figures computed by app/domain/indicators.ts (which suppresses groups of
 * fewer than 5 authors), who has submitted the baseline and closing reflections (never content or
 * ratings), and consented quotes without their author.
 *
 * This file is the one door: the work is done in app/server/reflections/ (access: the filters every
 * query carries; queries: the author's own; commands: changes; for-others: what others may learn),
 * and only this file and those may import them (eslint.config.js; tests/unit/lint/layers.test.ts).
 */
export {
  exportMine,
  existingFor,
  formContext,
  getMine,
  listMine,
  myPrograms,
  programOfGathering,
  reflectionsDue,
  type MyReflection,
} from "./reflections/queries.server";
export { addMyQuote, deleteMyDraft, eraseReflectionText, saveMine, withdrawMyQuote } from "./reflections/commands.server";
export {
  consentedQuotes,
  hasReflectedOnGathering,
  programIndicators,
  reflectionCount,
  reflectionRemindersDue,
  reflectionStillDue,
  submissionStatus,
  type ProgramIndicators,
} from "./reflections/for-others.server";
