/**
 * The checks shown before a translation is approved, one implementation each, used by the
 * workbench (server/workbench/checks.ts applies them row by row) and by `runQualityChecks` on
 * whole texts. All pure and synchronous (a letter takes well under 5 ms); the spellcheck, which
 * needs a dictionary, is separate: see ./spelling.
 */
import type { LanguageCode } from '../engine';
import type { GlossaryEntry } from '../glossary';
import { checkGlossary } from './glossary';
import { checkLength } from './length';
import { checkNumbers } from './numbers';
import { checkParagraphs } from './paragraphs';
import { checkScript } from './script';
import type { QualityIssue } from './types';

export type { IssueCode, QualityIssue, Span } from './types';
export { checkGlossary } from './glossary';
export { checkLength, lengthIssue, LENGTH_FACTOR } from './length';
export { checkNumbers } from './numbers';
export { checkParagraphs, paragraphCountIssues } from './paragraphs';
export { checkScript, CYRILLIC_LANGUAGES } from './script';

/** Options of {@link runQualityChecks}. */
export interface QualityCheckOptions {
  /** Source language (default "en"); used for the expected length ratio. */
  from?: LanguageCode;
  /** Translation language (default "ru"). */
  to?: LanguageCode;
}

/** Errors first, then warnings; within each, in text order. */
export function sortIssues(issues: QualityIssue[]): QualityIssue[] {
  const position = (i: QualityIssue) => i.target?.start ?? i.source?.start ?? Number.MAX_SAFE_INTEGER;
  return issues.sort((a, b) =>
    a.severity === b.severity ? position(a) - position(b) : a.severity === 'error' ? -1 : 1,
  );
}

/**
 * Every check over a source and its whole translation: words left in the wrong script, numbers
 * and dates that differ, missing or extra paragraphs, length outliers, glossary names.
 */
export function runQualityChecks(
  source: string,
  target: string,
  glossary: readonly GlossaryEntry[] = [],
  options: QualityCheckOptions = {},
): QualityIssue[] {
  const from = options.from ?? 'en';
  const to = options.to ?? 'ru';
  return sortIssues([
    ...checkScript(target, glossary, to),
    ...checkNumbers(source, target),
    ...checkParagraphs(source, target),
    ...checkLength(source, target, from, to),
    ...checkGlossary(source, target, glossary, from, to),
  ]);
}
