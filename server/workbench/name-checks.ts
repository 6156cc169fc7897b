/**
 * The glossary check: wherever the original names the prisoner, the translation should name them
 * too, in the glossary's form (any grammatical case), and never in a near-miss spelling
 * ("Асат" for "Азат", "Мифтахоф" for "Мифтахов").
 */
import { nameSkeleton } from '../directory/names/skeleton';
import { isRussianFormOf } from '../mt/glossary';
import type { CheckInput, CheckIssue } from './checks';

/** Languages written in Cyrillic among those the project translates into. */
export const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'be']);

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** True when `token` is `target` in an acceptable form for the target language. */
export function isFormOf(token: string, target: string, targetLanguage: string): boolean {
  if (CYRILLIC_LANGUAGES.has(targetLanguage)) return isRussianFormOf(token, target);
  // Latin-script languages inflect names little: the name itself, or it plus an ending ("Azats").
  return token.toLowerCase().startsWith(target.toLowerCase()) && token.length - target.length <= 2;
}

/** Levenshtein distance, for short words only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A capitalised word that looks like the name but is not a correct form of it: one letter off
 * ("Галеев" for "Галиев"), or spelled by ear from another transliteration ("Мифтахоф").
 */
function nearMiss(token: string, target: string, targetLanguage: string): boolean {
  if (isFormOf(token, target, targetLanguage)) return false;
  const got = token.toLowerCase();
  const want = target.toLowerCase();
  if (want.length < 4 || got[0] !== want[0]) return false;
  // Compare as many letters as the name has: the rest may be a case ending.
  if (distance(got.slice(0, want.length), want) === 1) return true;
  const sound = nameSkeleton(target);
  return nameSkeleton(token) === sound || nameSkeleton(token.slice(0, -1)) === sound;
}

/** Missing and misspelled names, per row. */
export function nameIssues(input: CheckInput): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const names = input.glossary.filter((t) => t.kind === 'name' && t.target !== null && t.spans.length > 0);
  for (const term of names) {
    const target = term.target!;
    // A row with a near miss is reported once, as the misspelling, not also as a missing name.
    const misspelled = new Set<number>();
    for (const span of input.composed.spans) {
      const row = (input.rows[span.row] ?? '').trim();
      const words = [...row.matchAll(CAPITALISED)];
      for (const m of words.filter((w) => nearMiss(w[0], target, input.targetLanguage))) {
        misspelled.add(span.row);
        issues.push({
          code: 'name_misspelled',
          severity: 'error',
          row: span.row,
          start: span.start + m.index,
          end: span.start + m.index + m[0].length,
          params: { word: m[0], name: target },
          message: `“${m[0]}” looks like the name, but the glossary spells it “${target}”.`,
        });
      }
    }
    for (const segment of input.source.segments) {
      const named = term.spans.some((s) => s.start >= segment.start && s.end <= segment.end);
      const row = input.rows[segment.index] ?? '';
      if (!named || row.trim() === '' || misspelled.has(segment.index)) continue;
      const words = [...row.matchAll(/[\p{L}\p{M}'’-]+/gu)].map((m) => m[0]);
      if (words.some((w) => isFormOf(w, target, input.targetLanguage))) continue;
      issues.push({
        code: 'name_missing',
        severity: 'warning',
        row: segment.index,
        params: { name: target },
        message: `The original names ${target} here; the translation does not.`,
      });
    }
  }
  return issues;
}
