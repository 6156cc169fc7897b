/**
 * Words left in the wrong script: Latin in a Russian (or Ukrainian, Belarusian) translation,
 * Cyrillic in a reply translated into a Latin-script language. Censors stop or delay letters with
 * foreign text, and a name left in Latin letters ("Azat") is the most common slip. A word that
 * mixes the scripts ("Aзат" with a Latin A) counts too: it looks right and is not.
 */
import type { LanguageCode } from '../engine';
import type { GlossaryEntry } from '../glossary';
import { looseKey } from '../normalize';
import type { QualityIssue } from './types';

/** Languages written in Cyrillic among those translated into. */
export const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'be']);

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Roman numerals are normal in Russian ("XX век", "Пётр I"). */
const ROMAN = /^[IVXLCDM]+$/;

/**
 * Issues for each word of `target` in the script `to` is not written in, naming the glossary's
 * form when the word is one of its spellings. Single letters alone ("план B") are let through.
 */
export function checkScript(
  target: string,
  glossary: readonly GlossaryEntry[],
  to: LanguageCode,
): QualityIssue[] {
  const intoCyrillic = CYRILLIC_LANGUAGES.has(to);
  const foreign = intoCyrillic ? LATIN : CYRILLIC;
  const script = intoCyrillic ? 'Latin' : 'Cyrillic';
  // Spelling → glossary form, built once per call rather than once per word.
  let names: Map<string, string> | undefined;
  const issues: QualityIssue[] = [];
  for (const match of target.matchAll(WORD)) {
    const word = match[0];
    if (!foreign.test(word)) continue;
    const alone = !(intoCyrillic ? CYRILLIC : LATIN).test(word);
    if (alone && (word.length < 2 || (intoCyrillic && ROMAN.test(word)))) continue;
    names ??= new Map(
      glossary.flatMap((g) =>
        (intoCyrillic ? g.source : [g.target]).flatMap((s) =>
          looseKey(s)
            .split(' ')
            .map((k) => [k, intoCyrillic ? g.target : (g.source[0] ?? g.target)] as const),
        ),
      ),
    );
    const name = names.get(looseKey(word));
    issues.push({
      code: 'script_left',
      severity: 'error',
      params: { word, script, ...(name ? { name } : {}) },
      message: name
        ? `"${word}" is in ${script} letters: write the name as ${name}`
        : `"${word}" is in ${script} letters: translate or transliterate it`,
      target: { start: match.index, end: match.index + word.length },
    });
  }
  return issues;
}
