/**
 * Russian spellcheck with nspell and Debian's hunspell-ru dictionary
 * (`/usr/share/hunspell/ru_RU.aff` and `.dic`). Loading takes seconds and ~300 MB, so it happens
 * once, on first use. Older dictionary packages are KOI8-R: the `SET` line of the .aff file says
 * which, and both files are decoded to UTF-8 in memory. Without the dictionary the check reports
 * itself unavailable instead of failing.
 */
import fs from 'node:fs/promises';
import nspell from 'nspell';
import { isRussianFormOf, type GlossaryEntry } from '../glossary';
import type { QualityIssue } from './types';

/** Where Debian's hunspell-ru puts the dictionary (without .aff/.dic). */
export const DEFAULT_RU_DICTIONARY = '/usr/share/hunspell/ru_RU';

/** The spellcheck's answer. */
export type SpellingResult =
  { available: true; issues: QualityIssue[] } | { available: false; reason: string };

type Checker = ReturnType<typeof nspell>;
const loaded = new Map<string, Promise<Checker>>();

/** Decodes a dictionary file in the encoding its .aff `SET` line names. */
export function decodeDictionary(bytes: Uint8Array, encoding: string): string {
  const label = encoding.toLowerCase().replace(/^microsoft-/, '');
  return new TextDecoder(label === 'utf8' ? 'utf-8' : label).decode(bytes);
}

/** The `SET` encoding of an .aff file (read as Latin-1, which keeps ASCII lines intact). */
export function affEncoding(aff: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(aff.subarray(0, 4096));
  return /^SET\s+(\S+)/m.exec(head)?.[1] ?? 'UTF-8';
}

async function load(base: string): Promise<Checker> {
  const [aff, dic] = await Promise.all([fs.readFile(`${base}.aff`), fs.readFile(`${base}.dic`)]);
  const encoding = affEncoding(aff);
  const affText = decodeDictionary(aff, encoding).replace(/^SET\s+\S+/m, 'SET UTF-8');
  return nspell(affText, decodeDictionary(dic, encoding));
}

/** The checker for a dictionary, loaded once per process. */
export function russianChecker(base = DEFAULT_RU_DICTIONARY): Promise<Checker> {
  let checker = loaded.get(base);
  if (!checker) {
    checker = load(base);
    loaded.set(base, checker);
    // A failed load may be fixed by installing the package; do not cache the failure.
    checker.catch(() => loaded.delete(base));
  }
  return checker;
}

/**
 * Misspelt Russian words of `text`, skipping glossary names in any case form, words with Latin
 * letters or digits (other checks report those), and single letters.
 */
export async function checkRussianSpelling(
  text: string,
  glossary: readonly GlossaryEntry[] = [],
  dictionary = DEFAULT_RU_DICTIONARY,
): Promise<SpellingResult> {
  let checker: Checker;
  try {
    checker = await russianChecker(dictionary);
  } catch (error) {
    return {
      available: false,
      reason: `Russian dictionary not found at ${dictionary}.aff/.dic (apt-get install hunspell-ru): ${(error as Error).message}`,
    };
  }
  const names = glossary.flatMap((g) => g.target.split(/\s+/));
  const issues: QualityIssue[] = [];
  for (const m of text.matchAll(/[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)*/gu)) {
    const word = m[0];
    if (word.length < 2 || names.some((n) => isRussianFormOf(word, n))) continue;
    if (checker.correct(word) || checker.correct(word.toLowerCase())) continue;
    issues.push({
      check: 'spelling',
      severity: 'warning',
      message: `«${word}» is not in the Russian dictionary`,
      target: { start: m.index, end: m.index + word.length },
    });
  }
  return { available: true, issues };
}

/** Spelling suggestions for one word (slow: tens of milliseconds; call it when a person asks). */
export async function spellingSuggestions(
  word: string,
  dictionary = DEFAULT_RU_DICTIONARY,
): Promise<string[]> {
  return (await russianChecker(dictionary)).suggest(word);
}
