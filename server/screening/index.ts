/**
 * The screening engine: what in a letter the censor will stop, or will hurt the prisoner.
 *
 * - `screenText({ text, language, stage, prisoner, uiLanguage })` → `{ flags }`, offsets into `text`;
 * - `maxSeverity(flags)` → what `screenings.max_severity` stores;
 * - `normalizedContentHash(text)` → spotting one text sent to many prisoners;
 * - `ruleCatalogue()` → every rule with its moderator note, for the moderation screen;
 * - `precompileRules()` → at start-up, so the first request does not pay for compiling.
 */
export { precompileRules, ruleLanguagesFor, screenText } from './engine';
export { maxSeverity, severityRank } from './severity';
export { normalizedContentHash } from './content-hash';
export { ruleCatalogue, type CatalogueEntry } from './catalogue';
export { DESIGNATIONS, type Designation } from './rules/organisations/designations';
export type {
  Category,
  PrisonerArticle,
  PrisonerContext,
  ScreenInput,
  ScreenResult,
  ScreeningFlag,
  ScreeningStage,
  Severity,
} from './types';
export { CATEGORIES, SEVERITIES } from './types';
