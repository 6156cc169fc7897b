/**
 * The letter's glossary as the workbench shows it: the prisoner's name parts with every spelling
 * the writer actually used and the one correct form in the target language, plus the letter's
 * recurring proper nouns (a dog's name, a town) that must come out the same way each time.
 * Spans are offsets into the source text, for highlighting.
 */
import type { GlossaryTerm, TextSpan as Span } from '../../shared/api/workbench';
import { nameSkeleton } from '../directory/names/skeleton';
import { TRANSLIT_SYSTEMS, transliterate } from '../directory/names/transliterate';
import { findGlossaryEntry, isRussianFormOf, type GlossaryEntry } from '../mt/glossary';

/** The prisoner's name as the directory stores it. */
export interface PrisonerName {
  surname: string;
  givenName: string;
  patronymic: string;
  latinNames: readonly string[];
}

export type { GlossaryTerm } from '../../shared/api/workbench';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

interface Token extends Span {
  text: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The prisoner's Latin spelling of one name part, if the directory has one. */
function latinSpellings(part: string, latinNames: readonly string[]): string[] {
  const skeleton = nameSkeleton(part);
  const known = latinNames.flatMap((n) => n.split(/\s+/u)).filter((w) => nameSkeleton(w) === skeleton);
  return [...new Set([...known, ...TRANSLIT_SYSTEMS.map((system) => transliterate(part, system))])];
}

function nameParts(name: PrisonerName): string[] {
  return [name.givenName, name.surname, name.patronymic].filter((p) => p.trim().length >= 2);
}

/** Does `token` name `part`? Latin spellings by skeleton or the MT glossary's tolerant match; Cyrillic by case form. */
function namesPart(token: string, part: string, entry: GlossaryEntry): boolean {
  if (CYRILLIC.test(token)) return isRussianFormOf(token, part);
  return nameSkeleton(token) === nameSkeleton(part) || findGlossaryEntry([entry], token) !== undefined;
}

/** Capitalised words used at least `min` times that are not names and do not only open sentences. */
function recurringTerms(text: string, all: Token[], taken: Set<number>, language: string): GlossaryTerm[] {
  // German capitalises every noun, so a capital says less there: ask for more repeats.
  const min = language === 'de' ? 3 : 2;
  const groups = new Map<string, Token[]>();
  for (const token of all) {
    if (taken.has(token.start) || token.text.length < 3 || !/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    const key = token.text.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), token]);
  }
  const terms: GlossaryTerm[] = [];
  for (const group of groups.values()) {
    const midSentence = group.some((t) => !/(^|[.!?…:]\s*|\n\s*)$/u.test(text.slice(0, t.start)));
    const lowerElsewhere = all.some((t) => t.text === group[0]!.text.toLowerCase());
    if (group.length < min || !midSentence || lowerElsewhere) continue;
    terms.push({
      kind: 'term',
      target: null,
      spellings: [group[0]!.text],
      used: [group[0]!.text],
      spans: group.map(({ start, end }) => ({ start, end })),
    });
  }
  return terms;
}

/**
 * The glossary of one text. `direction` says which side is Russian: `to_ru` (a letter: Latin
 * spellings → Cyrillic) or `from_ru` (a reply: Cyrillic case forms → the Latin spelling).
 */
export function buildGlossary(
  name: PrisonerName,
  text: string,
  language: string,
  direction: 'to_ru' | 'from_ru',
): GlossaryTerm[] {
  const all = tokens(text);
  const taken = new Set<number>();
  const terms: GlossaryTerm[] = [];
  for (const part of nameParts(name)) {
    const latin = latinSpellings(part, name.latinNames);
    const entry: GlossaryEntry = { source: latin, target: part };
    const hits = all.filter((t) => namesPart(t.text, part, entry));
    hits.forEach((t) => taken.add(t.start));
    const used = [...new Set(hits.map((t) => t.text))];
    terms.push({
      kind: 'name',
      target: direction === 'to_ru' ? part : latin[0]!,
      spellings: direction === 'to_ru' ? [...new Set([...latin, ...used])] : [part, ...used],
      used,
      spans: hits.map(({ start, end }) => ({ start, end })),
    });
  }
  return [...terms, ...recurringTerms(text, all, taken, language)];
}

/** The name entries as the MT engines take them (`{name}` slots in phrasebook drafts). */
export function engineGlossary(terms: readonly GlossaryTerm[]): GlossaryEntry[] {
  return terms
    .filter((t) => t.kind === 'name' && t.target !== null)
    .map((t) => ({ source: t.spellings, target: t.target! }));
}
