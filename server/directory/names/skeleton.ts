/**
 * The search skeleton: one ASCII spelling that Cyrillic names and every common Latin spelling of
 * them reduce to, so "Miftakhov", "Miftahov" and "Мифтахов" all become "miftahov", and
 * "Dmitriy", "Dmitry", "Dmitrii" and "Дмитрий" all become "dmitri".
 *
 * Latin text is first read back into Cyrillic letter by letter (longest groups first: "shch",
 * "kh", "ya"...); then both scripts go through the same reduction, which forgets exactly the
 * distinctions transliteration systems disagree about: й/ы/и, е/э/ё, щ/ш, soft and hard signs,
 * "я" vs "ия", doubled letters. The result is one ASCII letter per sound, which is what pg_trgm
 * needs (it only sees ASCII letters as word characters under the C locale).
 */
import { COMMON_LETTERS } from './transliterate';

/** Diacritics of ISO 9, Łacinka and the Latin alphabets of neighbours, spelled as digraphs first. */
// prettier-ignore
const LATIN_DIACRITICS: Record<string, string> = {
  ž: 'zh', š: 'sh', č: 'ch', ŝ: 'shch', ć: 'ts', ń: 'n', ś: 's', ź: 'z', ł: 'l', ĺ: 'l', ŭ: 'u', ǔ: 'u',
  û: 'yu', â: 'ya', ë: 'yo', è: 'e', ì: 'i', ï: 'yi', ê: 'ye', ü: 'yu', ö: 'yo', ä: 'ya', ß: 'ss',
};

/** Latin groups read back as Cyrillic, longest first. */
// prettier-ignore
const LATIN_GROUPS: [string, string][] = [
  ['shch', 'щ'], ['tsch', 'ч'], ['shh', 'щ'], ['sch', 'щ'], ['tch', 'ч'],
  ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['tz', 'ц'], ['cz', 'ц'],
  ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'], ['jo', 'ё'], ['ju', 'ю'], ['ja', 'я'], ['je', 'е'],
  ['ph', 'ф'], ['ck', 'к'], ['x', 'кс'],
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'к'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['y', 'ы'], ['z', 'з'],
];

/** The reduced Cyrillic alphabet, one ASCII letter per sound (ж, ч, ш take letters Latin input no longer uses). */
const TO_ASCII: Record<string, string> = { ...COMMON_LETTERS, ж: 'j', х: 'h', ц: 'c', ч: 'q', ш: 'w' };

/** Latin groups, longest first, as one pattern. */
const LATIN_PATTERN = new RegExp(LATIN_GROUPS.map(([latin]) => latin).join('|'), 'gu');
const LATIN_MAP = new Map(LATIN_GROUPS);

/** Reads Latin letters back into Cyrillic; Cyrillic and everything else passes through. */
function latinToCyrillic(text: string): string {
  let lower = text.toLowerCase();
  lower = lower.replace(/[žščŝćńśźłĺŭǔûâëèìïêüöäß]/gu, (ch) => LATIN_DIACRITICS[ch] ?? ch);
  // Any other accent (é, ó, ā) is dropped; apostrophes standing for soft signs go too.
  lower = lower.normalize('NFD').replace(/[\u0300-\u036f'’ʼʹʺ`"]/gu, '');
  return lower.replace(LATIN_PATTERN, (group) => LATIN_MAP.get(group) ?? group);
}

/** Reduces lower-case Cyrillic to the skeleton alphabet and spells it in ASCII. */
function reduce(cyrillic: string): string {
  const reduced = cyrillic
    .replace(/[ьъ]/gu, '')
    .replace(/[ёэє]/gu, 'е')
    .replace(/[іїйы]/gu, 'и')
    .replace(/ґ/gu, 'г')
    .replace(/ў/gu, 'у')
    .replace(/я/gu, 'иа')
    .replace(/ю/gu, 'иу')
    .replace(/шч|щ/gu, 'ш')
    // Doubled letters ("Кирилл", "Аполлон", and "ии" from "ий") count once.
    .replace(/(\p{L})\1+/gu, '$1')
    // "ие" is how "ye", "ie" and "je" come back; Cyrillic "ье"/"ие" say the same.
    .replace(/ие/gu, 'е');
  let out = '';
  for (const ch of reduced) out += TO_ASCII[ch] ?? (/[a-z0-9 ]/u.test(ch) ? ch : ' ');
  return out;
}

/** Skeletons of single words: names repeat (given names, patronymics), so imports reuse them. */
const wordMemo = new Map<string, string>();

function wordSkeleton(word: string): string {
  let skeleton = wordMemo.get(word);
  if (skeleton === undefined) {
    skeleton = reduce(latinToCyrillic(word)).replace(/\s+/gu, '');
    // A bounded memo: a long-running server must not grow it without end.
    if (wordMemo.size > 100_000) wordMemo.clear();
    wordMemo.set(word, skeleton);
  }
  return skeleton;
}

/**
 * The skeleton of a name or a search query, words separated by single spaces.
 * @example nameSkeleton('Miftakhov') === nameSkeleton('Мифтахов') // 'miftahov'
 */
export function nameSkeleton(text: string): string {
  return text
    .replace(/[-‐–—_.,;:()«»"/\\]+/gu, ' ')
    .split(/\s+/u)
    .map((word) => (word ? wordSkeleton(word) : ''))
    .filter(Boolean)
    .join(' ');
}

/** The skeletons of each word, without empties. */
export function skeletonWords(text: string): string[] {
  return nameSkeleton(text).split(' ').filter(Boolean);
}
