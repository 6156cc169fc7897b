/**
 * How the directory recognises a person across sources and spellings, and the derived name columns
 * it stores: the merge key (normalised name), the Latin spellings, the search skeletons, the slug.
 */
import { createHash } from 'node:crypto';
import { nameSkeleton, skeletonWords } from '../names/skeleton';
import { transliterate, TRANSLIT_SYSTEMS } from '../names/transliterate';

/**
 * The merge key: skeleton words of the full name, sorted, so word order and script do not matter
 * ("Иванов Иван Иванович" and "Ivan Ivanovich Ivanov" share one key).
 * @example nameKey('Мифтахов Азат') === nameKey('Azat Miftakhov')
 */
export function nameKey(fullName: string): string {
  return skeletonWords(fullName.replace(/\([^()]*\)/gu, ' '))
    .sort()
    .join(' ');
}

/** The birth data two records are compared by. */
export interface BirthFacts {
  birthDate: string | null;
  birthYear: number | null;
  /** The name has a patronymic (a year alone is trusted only with a full three-part name). */
  hasPatronymic: boolean;
}

/**
 * True when two records with the same name key are the same person: equal birth dates, or equal
 * birth years where a date is missing and both names are full (surname, given name, patronymic).
 * Without any birth data two namesakes are never merged.
 */
export function sameBirth(a: BirthFacts, b: BirthFacts): boolean {
  if (a.birthDate && b.birthDate) return a.birthDate === b.birthDate;
  const yearA = a.birthYear ?? (a.birthDate ? Number(a.birthDate.slice(0, 4)) : null);
  const yearB = b.birthYear ?? (b.birthDate ? Number(b.birthDate.slice(0, 4)) : null);
  return yearA !== null && yearA === yearB && a.hasPatronymic && b.hasPatronymic;
}

/** Latin spellings of a Cyrillic name in every system, plus the spellings the sources gave. */
export function latinSpellings(fullName: string, given: readonly string[] = []): string[] {
  const out = new Set<string>(given.map((g) => g.trim()).filter(Boolean));
  if (/[а-яёіїєґў]/iu.test(fullName)) {
    for (const system of TRANSLIT_SYSTEMS) out.add(transliterate(fullName, system));
  }
  return [...out];
}

/**
 * The `search_names` column: distinct skeleton words of the given spellings, added to the words
 * already stored. Transliterations generated from the Cyrillic name need not be passed: they
 * reduce to the Cyrillic name's own skeleton.
 */
export function searchNames(spellings: readonly string[], existing = ''): string {
  const words = new Set<string>(existing.split(' ').filter(Boolean));
  for (const spelling of spellings) for (const w of nameSkeleton(spelling).split(' ')) if (w) words.add(w);
  return [...words].join(' ');
}

/**
 * A URL slug: the popular transliteration plus a short hash of `seed`, so namesakes differ and
 * the slug of a record never changes when it is imported again.
 * @example prisonerSlug('Мифтахов Азат', 'ovdinfo:123') // 'miftakhov-azat-3f9a1c'
 */
export function prisonerSlug(fullName: string, seed: string): string {
  const base = transliterate(fullName.replace(/\([^()]*\)/gu, ' '), 'popular')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(seed).digest('hex').slice(0, 6);
  return `${base || 'person'}-${hash}`;
}
