/**
 * Machine help for translation: the functions the rest of Letterbridge calls. Engines live one per
 * folder (memory, phrasebook, apertium, marian, libretranslate, deepl) behind ./engine's interface.
 */
export {
  draftTranslation,
  type DraftRequest,
  type LetterDraft,
  type SegmentDraft,
  type EngineFailure,
} from './draft';
export {
  runQualityChecks,
  type QualityIssue,
  type QualityCheckOptions,
  type IssueCode,
  type Span,
} from './checks';
export {
  checkSpelling,
  spellcheckReady,
  warmUpSpellcheck,
  type SpellIssue,
  type SpellResult,
} from './checks/spelling';
export { rememberApproved, forgetTranslation, type ApprovedPair } from './memory/remember';
export { lookupMemory, type MemoryMatch } from './memory/lookup';
export { searchMemory, type ConcordanceHit } from './memory/search';
export { createEngineRegistry, MtConfigError, type EngineRegistry } from './registry';
export { mtEnvSchema, type MtConfig } from './config';
export { segmentText, paragraphBlocks, type Segmentation, type TextSegment, type Paragraph } from './segment';
export { sentenceChrf, corpusChrf } from './chrf';
export type { GlossaryEntry } from './glossary';
export type { Draft, EngineId, EngineHealth, LanguageCode, MtEngine } from './engine';
