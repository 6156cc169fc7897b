/**
 * Names against the letter's glossary: the prisoner's name must reach the Russian text, in its
 * one correct Cyrillic spelling, in whatever case the sentence needs (Азат, Азату, Азатом).
 */
import { isRussianFormOf, russianStem, type GlossaryEntry } from '../glossary';
import type { LanguageCode } from '../engine';
import { looseKey } from '../normalize';
import { editDistance } from '../phrasebook/match';
import type { QualityIssue, Span } from './types';

interface Token {
  text: string;
  span: Span;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].map((m) => ({
    text: m[0],
    span: { start: m.index, end: m.index + m[0].length },
  }));
}

/** First letter as the loose key sees it ("É" → "e", "Ł" → "l"), cheap enough to test every word. */
function initial(word: string): string {
  return looseKey(word.slice(0, 1)).charAt(0);
}

/** The first token naming `entry` in a source text: a spelling (also inflected: "Azacie") or the Cyrillic form. */
function mention(entry: GlossaryEntry, words: Token[]): Token | undefined {
  const spellings = entry.source.flatMap((s) => looseKey(s).split(' ')).filter((w) => w.length >= 2);
  const initials = new Set([...spellings, ...entry.target.split(/\s+/)].map(initial));
  const cyrillic = entry.target.split(/\s+/);
  return words.find((w) => {
    // Most words start differently from every spelling; only the rest pay for normalisation.
    if (!initials.has(initial(w.text))) return false;
    const key = looseKey(w.text);
    return (
      spellings.some(
        (s) => key === s || (s.length >= 4 && key.startsWith(s.slice(0, -1)) && key.length - s.length <= 3),
      ) || cyrillic.some((c) => isRussianFormOf(w.text, c))
    );
  });
}

/** A token that looks like a misspelt form of `word` (close, same first letter, not a valid form). */
function misspelt(token: Token, word: string): boolean {
  if (isRussianFormOf(token.text, word) || token.text[0]?.toLowerCase() !== word[0]?.toLowerCase())
    return false;
  const stem = russianStem(word);
  const candidate = token.text.toLowerCase().slice(0, stem.length + 1);
  const allowed = stem.length >= 7 ? 2 : stem.length >= 4 ? 1 : 0;
  return (
    allowed > 0 &&
    Math.min(editDistance(candidate, stem), editDistance(candidate.slice(0, stem.length), stem)) <= allowed
  );
}

/** Issues for glossary names that are missing from, or misspelt in, the translation. */
export function checkGlossary(
  source: string,
  target: string,
  glossary: readonly GlossaryEntry[],
  from: LanguageCode,
  to: LanguageCode,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const sourceWords = tokens(source);
  const targetWords = tokens(target);
  for (const entry of glossary) {
    if (to !== 'ru') {
      // A reply out of Russian: the name must come back in a spelling the writer used.
      const named =
        from === 'ru' &&
        sourceWords.find((w) => entry.target.split(/\s+/).some((c) => isRussianFormOf(w.text, c)));
      const spellings = entry.source.map(looseKey);
      if (named && !spellings.some((s) => looseKey(target).includes(s))) {
        issues.push({
          check: 'glossary',
          severity: 'warning',
          message: `${entry.target} should appear as ${entry.source[0]}`,
          source: named.span,
        });
      }
      continue;
    }
    const found = mention(entry, sourceWords);
    for (const word of entry.target.split(/\s+/)) {
      for (const t of targetWords) {
        if (misspelt(t, word)) {
          issues.push({
            check: 'glossary',
            severity: 'error',
            message: `«${t.text}» looks like a misspelling of ${word}`,
            target: t.span,
          });
        }
      }
      const present = targetWords.some((t) => isRussianFormOf(t.text, word));
      if (found && !present) {
        issues.push({
          check: 'glossary',
          severity: 'error',
          message: `${word} (${found.text} in the source) is not in the translation`,
          source: found.span,
        });
      }
    }
  }
  return issues;
}
