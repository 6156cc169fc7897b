/**
 * Latin-script words left in a Russian translation. Censors stop or delay letters with foreign
 * text, and a name left in Latin letters ("Azat") is the most common slip.
 */
import type { GlossaryEntry } from '../glossary';
import { looseKey } from '../normalize';
import type { QualityIssue } from './types';

const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*/gu;
/** Roman numerals are normal in Russian ("XX век", "Пётр I"). */
const ROMAN = /^[IVXLCDM]+$/;

/** Issues for each Latin-script word in `target`, naming the glossary form when there is one. */
export function checkLatinWords(target: string, glossary: readonly GlossaryEntry[]): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const match of target.matchAll(LATIN_WORD)) {
    const word = match[0].replace(/['’-]+$/, '');
    if (ROMAN.test(word)) continue;
    const key = looseKey(word);
    const entry = glossary.find((g) => g.source.some((s) => looseKey(s).split(' ').includes(key)));
    issues.push({
      check: 'latin',
      severity: entry ? 'error' : 'warning',
      message: entry
        ? `"${word}" is in Latin letters: write the name as ${entry.target}`
        : `"${word}" is in Latin letters: translate or transliterate it`,
      target: { start: match.index, end: match.index + word.length },
    });
  }
  return issues;
}
