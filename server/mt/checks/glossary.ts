/**
 * Names against the letter's glossary. Into Russian: wherever the source names the prisoner, the
 * translation must too, in the one correct Cyrillic spelling and whatever case the sentence needs
 * (Азат, Азату, Азатом), never in a near miss ("Асат", "Мифтахоф"). Replies out of Russian: the
 * name comes back in a Latin spelling the writer knows.
 */
import { nameSkeleton } from '../../directory/names/skeleton';
import type { LanguageCode } from '../engine';
import { isRussianFormOf, russianStem, type GlossaryEntry } from '../glossary';
import { looseKey } from '../normalize';
import { editDistance } from '../phrasebook/match';
import { CYRILLIC_LANGUAGES } from './script';
import type { QualityIssue, Span } from './types';

interface Token {
  text: string;
  span: Span;
}

/** A glossary entry prepared once: loose keys of its spellings, their first letters, the Cyrillic words. */
interface Compiled {
  spellings: string[];
  initials: Set<string>;
  cyrillic: { word: string; stem: string; skeleton: string }[];
}

const compiled = new WeakMap<GlossaryEntry, Compiled>();

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const UPPER = /^\p{Lu}/u;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    span: { start: m.index, end: m.index + m[0].length },
  }));
}

/** First letter as the loose key sees it ("É" → "e", "Ł" → "l"), cheap enough for every word. */
function initial(word: string): string {
  const c = word.charAt(0).toLowerCase();
  return c === 'ł' ? 'l' : c.normalize('NFD').charAt(0);
}

function compile(entry: GlossaryEntry): Compiled {
  let c = compiled.get(entry);
  if (!c) {
    const spellings = entry.source.flatMap((s) => looseKey(s).split(' ')).filter((w) => w.length >= 2);
    const words = entry.target.split(/\s+/).filter(Boolean);
    c = {
      spellings,
      initials: new Set([...spellings, ...words].map(initial)),
      cyrillic: words.map((word) => ({ word, stem: russianStem(word), skeleton: nameSkeleton(word) })),
    };
    compiled.set(entry, c);
  }
  return c;
}

/** A loose key that is `spelling` or it with a short ending (Polish "Azacie", "Azatowi"). */
function spelledAs(key: string, spelling: string): boolean {
  return (
    key === spelling ||
    (spelling.length >= 4 && key.startsWith(spelling.slice(0, -1)) && key.length - spelling.length <= 3)
  );
}

/** The first source token naming `entry`: a spelling (also inflected) or the Cyrillic form in any case. */
function mention(entry: Compiled, words: Token[]): Token | undefined {
  return words.find((w) => {
    // Most words start differently from every spelling; only the rest pay for normalisation.
    if (!entry.initials.has(initial(w.text))) return false;
    const key = looseKey(w.text);
    return (
      entry.spellings.some((s) => spelledAs(key, s)) ||
      entry.cyrillic.some((c) => isRussianFormOf(w.text, c.word))
    );
  });
}

/**
 * A capitalised token that looks like `name` but is no correct form of it: a letter or two off
 * within the stem ("Галеев" for "Галиев", "Мифтохову"), or the same sounds spelled by ear from
 * another transliteration ("Мифтахоф").
 */
function misspelt(token: string, name: Compiled['cyrillic'][number]): boolean {
  if (!UPPER.test(token) || token[0]!.toLowerCase() !== name.word[0]!.toLowerCase()) return false;
  if (isRussianFormOf(token, name.word)) return false;
  const { stem } = name;
  const allowed = stem.length >= 7 ? 2 : stem.length >= 4 ? 1 : 0;
  if (allowed === 0) return false;
  const candidate = token.toLowerCase().slice(0, stem.length + 1);
  if (
    Math.min(editDistance(candidate, stem), editDistance(candidate.slice(0, stem.length), stem)) <= allowed
  ) {
    return true;
  }
  return nameSkeleton(token) === name.skeleton || nameSkeleton(token.slice(0, -1)) === name.skeleton;
}

function intoCyrillic(entry: Compiled, sourceWords: Token[], targetWords: Token[]): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const found = mention(entry, sourceWords);
  for (const name of entry.cyrillic) {
    let nearMiss = false;
    for (const t of targetWords) {
      if (!misspelt(t.text, name)) continue;
      nearMiss = true;
      issues.push({
        code: 'name_misspelled',
        severity: 'error',
        params: { word: t.text, name: name.word },
        message: `«${t.text}» looks like a misspelling of ${name.word}`,
        target: t.span,
      });
    }
    // A near miss is reported once, as the misspelling, not also as a missing name.
    if (!found || nearMiss || targetWords.some((t) => isRussianFormOf(t.text, name.word))) continue;
    issues.push({
      code: 'name_missing',
      severity: 'warning',
      params: { name: name.word, word: found.text },
      message: `${name.word} (${found.text} in the source) is not in the translation`,
      source: found.span,
    });
  }
  return issues;
}

function outOfCyrillic(
  entry: GlossaryEntry,
  c: Compiled,
  sourceWords: Token[],
  targetWords: Token[],
): QualityIssue[] {
  const named = sourceWords.find((w) => c.cyrillic.some((n) => isRussianFormOf(w.text, n.word)));
  const spelling = entry.source[0]!;
  const issues: QualityIssue[] = [];
  let present = false;
  let nearMiss = false;
  for (const t of targetWords) {
    if (!c.initials.has(initial(t.text))) continue;
    const key = looseKey(t.text);
    // The whole spelling with an ending ("Azatowi"); "Azad" is a near miss, not a form.
    if (c.spellings.some((s) => key.startsWith(s) && key.length - s.length <= 3)) {
      present = true;
      continue;
    }
    const off =
      UPPER.test(t.text) &&
      c.spellings.some((s) => s.length >= 4 && editDistance(key.slice(0, s.length), s) === 1);
    if (!off) continue;
    nearMiss = true;
    issues.push({
      code: 'name_misspelled',
      severity: 'error',
      params: { word: t.text, name: spelling },
      message: `"${t.text}" looks like a misspelling of ${spelling}`,
      target: t.span,
    });
  }
  if (named && !present && !nearMiss) {
    issues.push({
      code: 'name_missing',
      severity: 'warning',
      params: { name: spelling, word: named.text },
      message: `${entry.target} (${named.text} in the source) should appear as ${spelling}`,
      source: named.span,
    });
  }
  return issues;
}

/**
 * Issues for glossary names missing from, or misspelt in, the translation. Entries are always
 * Latin spellings → the Cyrillic form; `to` says which side the translation is on.
 */
export function checkGlossary(
  source: string,
  target: string,
  glossary: readonly GlossaryEntry[],
  from: LanguageCode,
  to: LanguageCode,
): QualityIssue[] {
  if (glossary.length === 0) return [];
  const sourceWords = tokens(source);
  const targetWords = tokens(target);
  return glossary.flatMap((entry) => {
    const c = compile(entry);
    if (CYRILLIC_LANGUAGES.has(to)) return intoCyrillic(c, sourceWords, targetWords);
    return CYRILLIC_LANGUAGES.has(from) ? outOfCyrillic(entry, c, sourceWords, targetWords) : [];
  });
}
