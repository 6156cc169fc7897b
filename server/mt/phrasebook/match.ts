/**
 * Finds a segment in the phrasebook: exactly (after loose normalisation), through a pattern with
 * slots, clause by clause ("Dear Azat, I hope you are well."), or fuzzily (a typo or a missing
 * word: edit-distance ratio ≥ 0.85).
 */
import { findGlossaryEntry, type GlossaryEntry } from '../glossary';
import { carryExclamation, looseKey } from '../normalize';
import type { CompiledPhrasebook, CompiledVariant } from './compile';
import type { PhrasebookLanguage } from './schema';

/** A phrasebook draft for one segment. */
export interface PhraseMatch {
  text: string;
  /** 1 exact; 0.9 clause by clause; 0.85 with a slot left untranslated; the ratio when fuzzy. */
  score: number;
  alternatives: string[];
  matchedSource: string;
  notes: string[];
}

/** Lowest edit-distance ratio accepted as a fuzzy match. */
export const FUZZY_MIN_RATIO = 0.85;

interface Filled {
  text: string;
  resolved: boolean;
  notes: string[];
}

/** Russian plural form for n: 1 год, 2 года, 5 лет, 11 лет, 21 год. */
export function russianPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** The words of `segment` (original case) whose loose key is `captured`. */
function originalWords(segment: string, captured: string): string {
  const tokens = segment.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const size = captured.split(' ').length;
  for (let i = 0; i + size <= tokens.length; i++) {
    const run = tokens.slice(i, i + size);
    if (looseKey(run.join(' ')) === captured) return run.join(' ');
  }
  return captured;
}

function fill(
  form: string,
  variant: CompiledVariant,
  values: string[],
  context: { segment: string; glossary: readonly GlossaryEntry[]; book: CompiledPhrasebook },
): Filled {
  const notes: string[] = [];
  let resolved = true;
  const text = form.replace(/\{(\w+)(?::([^}]+))?\}/g, (_all, slot: string, modifier: string | undefined) => {
    const value = values[variant.slots.indexOf(slot)] ?? '';
    if (slot === 'n') {
      const n = Number(value);
      const [one, few, many] = (modifier ?? '').split('|');
      return modifier && one && few && many ? russianPlural(n, one, few, many) : value;
    }
    if (slot === 'name') {
      const entry = findGlossaryEntry(context.glossary, value);
      if (entry) return entry.target;
      resolved = false;
      const original = originalWords(context.segment, value);
      notes.push(`"${original}" is not in the glossary: write it in Cyrillic`);
      return original;
    }
    const place = context.book.places.get(value);
    if (place) return modifier === 'from' ? place.from : modifier === 'in' ? place.in : place.ru;
    resolved = false;
    const original = originalWords(context.segment, value);
    notes.push(`place "${original}" is not in the phrasebook: translate it and check the preposition`);
    return modifier === 'from' ? `из ${original}` : modifier === 'in' ? `в ${original}` : original;
  });
  return { text, resolved, notes };
}

/**
 * A {name}, and a {place} the phrasebook does not know, must be capitalised in the letter:
 * "Hello everyone" is no greeting to "everyone", "I live in a small house" names no town.
 */
function slotsPlausible(
  book: CompiledPhrasebook,
  segment: string,
  slots: string[],
  values: string[],
): boolean {
  return slots.every((slot, i) => {
    const value = values[i] ?? '';
    if (slot === 'n' || (slot === 'place' && book.places.has(value))) return true;
    return /^\p{Lu}/u.test(originalWords(segment, value));
  });
}

function whole(
  book: CompiledPhrasebook,
  segment: string,
  language: PhrasebookLanguage,
  glossary: readonly GlossaryEntry[],
): PhraseMatch | undefined {
  const key = looseKey(segment);
  if (key === '') return undefined;
  const context = { segment, glossary, book };
  let variant = book.exact.get(language)?.get(key);
  let values: string[] = [];
  if (!variant) {
    for (const candidate of book.patterns.get(language) ?? []) {
      const m = candidate.pattern?.exec(key);
      if (m && slotsPlausible(book, segment, candidate.slots, m.slice(1))) {
        variant = candidate;
        values = m.slice(1);
        break;
      }
    }
  }
  if (!variant) return undefined;
  const [first, ...rest] = variant.forms.map((form) => fill(form, variant, values, context));
  if (!first) return undefined;
  return {
    text: carryExclamation(first.text, segment),
    score: first.resolved ? 1 : 0.85,
    alternatives: rest.map((f) => carryExclamation(f.text, segment)),
    matchedSource: variant.source,
    notes: first.notes,
  };
}

const KEEP_CAPITAL = /^(Вы|Вас|Вам|Вами|Ваш\p{L}*)\b/u;

function byClauses(
  book: CompiledPhrasebook,
  segment: string,
  language: PhrasebookLanguage,
  glossary: readonly GlossaryEntry[],
): PhraseMatch | undefined {
  const clauses = segment.split(/\s*[,;:]\s+/).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return undefined;
  const parts: PhraseMatch[] = [];
  for (const clause of clauses) {
    const match = whole(book, clause, language, glossary);
    if (!match) return undefined;
    parts.push(match);
  }
  const text = parts
    .map((part, i) => {
      let t = i < parts.length - 1 ? part.text.replace(/[.!]+$/, '') : part.text;
      // Lower-case the start of a later clause, unless it is the polite "Вы" or a name.
      if (i > 0 && !KEEP_CAPITAL.test(t) && !glossary.some((g) => t.startsWith(g.target))) {
        t = t.charAt(0).toLowerCase() + t.slice(1);
      }
      return t;
    })
    .join(', ');
  return {
    text: carryExclamation(text, segment),
    score: Math.min(...parts.map((p) => p.score)) * 0.9,
    alternatives: [],
    matchedSource: parts.map((p) => p.matchedSource).join(' | '),
    notes: parts.flatMap((p) => p.notes),
  };
}

/** Edit distance between two strings (two-row dynamic programming). */
export function editDistance(a: string, b: string): number {
  let previous = new Uint16Array(b.length + 1).map((_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function fuzzy(
  book: CompiledPhrasebook,
  segment: string,
  language: PhrasebookLanguage,
): PhraseMatch | undefined {
  const key = looseKey(segment);
  // Very short keys ("hi", "ok") would fuzzily match too much.
  if (key.length < 8) return undefined;
  let best: { variant: CompiledVariant; ratio: number } | undefined;
  for (const variant of book.exact.get(language)?.values() ?? []) {
    const longer = Math.max(key.length, variant.key.length);
    if (Math.abs(key.length - variant.key.length) > longer * (1 - FUZZY_MIN_RATIO)) continue;
    const ratio = 1 - editDistance(key, variant.key) / longer;
    if (ratio >= FUZZY_MIN_RATIO && (!best || ratio > best.ratio)) best = { variant, ratio };
  }
  if (!best) return undefined;
  const [first, ...rest] = best.variant.forms;
  return {
    text: carryExclamation(first ?? '', segment),
    score: Math.round(best.ratio * 1000) / 1000,
    alternatives: rest.map((f) => carryExclamation(f, segment)),
    matchedSource: best.variant.source,
    notes: [],
  };
}

/** The best phrasebook draft for a segment, or undefined. */
export function matchPhrase(
  book: CompiledPhrasebook,
  segment: string,
  language: PhrasebookLanguage,
  glossary: readonly GlossaryEntry[] = [],
): PhraseMatch | undefined {
  return (
    whole(book, segment, language, glossary) ??
    byClauses(book, segment, language, glossary) ??
    fuzzy(book, segment, language)
  );
}
