/**
 * The checks shown before a translation is approved. All pure and synchronous (a letter takes
 * well under 5 ms); the spellcheck, which needs a dictionary, is separate: see ./spelling.
 */
import type { LanguageCode } from '../engine';
import type { GlossaryEntry } from '../glossary';
import { checkGlossary } from './glossary';
import { checkLatinWords } from './latin';
import { checkNumbers } from './numbers';
import { checkLength, checkParagraphs } from './paragraphs';
import type { QualityIssue } from './types';

export type { CheckId, QualityIssue, Span } from './types';

/** Options of {@link runQualityChecks}. */
export interface QualityCheckOptions {
  /** Source language (default "en"); used for the expected length ratio. */
  from?: LanguageCode;
  /** Translation language (default "ru"); Latin letters are only an issue in Russian. */
  to?: LanguageCode;
}

/**
 * Every check over a source and its translation: Latin-script words left in the Russian,
 * numbers and dates that differ, missing or extra paragraphs, length outliers, glossary names.
 * Errors first, then warnings; within each, in text order.
 */
export function runQualityChecks(
  source: string,
  target: string,
  glossary: readonly GlossaryEntry[] = [],
  options: QualityCheckOptions = {},
): QualityIssue[] {
  const from = options.from ?? 'en';
  const to = options.to ?? 'ru';
  const issues = [
    ...(to === 'ru' ? checkLatinWords(target, glossary) : []),
    ...checkNumbers(source, target),
    ...checkParagraphs(source, target),
    ...checkLength(source, target, from, to),
    ...checkGlossary(source, target, glossary, from, to),
  ];
  const position = (i: QualityIssue) => i.target?.start ?? i.source?.start ?? Number.MAX_SAFE_INTEGER;
  return issues.sort((a, b) =>
    a.severity === b.severity ? position(a) - position(b) : a.severity === 'error' ? -1 : 1,
  );
}
