/**
 * Cyrillic → Latin in the systems people actually meet: BGN/PCGN (maps, English press), ISO 9 and
 * GOST 7.79 system B (libraries, Russian standards), ICAO Doc 9303 (Russian passports since 2013),
 * and the popular English form ("Dmitry Navalny"). Russian letters plus the Ukrainian and
 * Belarusian ones (і, ї, є, ґ, ў) so that names written in those alphabets come out readable.
 */

/** A transliteration system. */
export type TranslitSystem = 'bgn_pcgn' | 'iso9' | 'gost_7_79_b' | 'icao' | 'popular';

/** Every system, in the order names are stored. */
export const TRANSLIT_SYSTEMS: readonly TranslitSystem[] = [
  'popular',
  'icao',
  'bgn_pcgn',
  'gost_7_79_b',
  'iso9',
];

/** Letters every system spells the same way (Russian, Ukrainian and Belarusian). */
// prettier-ignore
export const COMMON_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', і: 'i', ґ: 'g',
};

// prettier-ignore
const ISO9: Record<string, string> = {
  ...COMMON_LETTERS, ё: 'ë', ж: 'ž', й: 'j', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ', ы: 'y', ь: 'ʹ',
  э: 'è', ю: 'û', я: 'â', і: 'ì', ї: 'ï', є: 'ê', ґ: 'g̀', ў: 'ǔ',
};

// prettier-ignore
const GOST_B: Record<string, string> = {
  ...COMMON_LETTERS, ё: 'yo', ж: 'zh', й: 'j', х: 'x', ц: 'cz', ч: 'ch', ш: 'sh', щ: 'shh', ъ: '``', ы: "y'",
  ь: '`', э: 'e`', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye', ґ: 'g`', ў: 'u`',
};

// prettier-ignore
const ICAO: Record<string, string> = {
  ...COMMON_LETTERS, ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y',
  ь: '', э: 'e', ю: 'iu', я: 'ia', ї: 'i', є: 'ie', ў: 'u',
};

// prettier-ignore
const BGN: Record<string, string> = {
  ...COMMON_LETTERS, ё: 'ë', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '”', ы: 'y',
  ь: '’', э: 'e', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye', ў: 'w',
};

const POPULAR: Record<string, string> = { ...BGN, ё: 'yo', ъ: '', ь: '', ў: 'u' };

const VOWELS = new Set('аеёиоуыэюяіїє');
const SIGNS = new Set('ьъй');
const HUSHING = new Set('жчшщ');

interface Context {
  prev: string;
  next: string;
  wordStart: boolean;
  wordEnd: boolean;
  /** The next letter ends the word. */
  nextEndsWord: boolean;
}

function letter(system: TranslitSystem, ch: string, c: Context): string {
  switch (system) {
    case 'iso9':
      return ISO9[ch] ?? ch;
    case 'icao':
      return ICAO[ch] ?? ch;
    case 'gost_7_79_b':
      // "cz" except before е, и, ы, й, where plain "c" reads the same.
      if (ch === 'ц') return 'еиыйі'.includes(c.next) ? 'c' : 'cz';
      return GOST_B[ch] ?? ch;
    case 'bgn_pcgn': {
      const iotated = c.wordStart || VOWELS.has(c.prev) || SIGNS.has(c.prev);
      if (ch === 'е') return iotated ? 'ye' : 'e';
      if (ch === 'ё') return iotated ? 'yë' : 'ë';
      return BGN[ch] ?? ch;
    }
    case 'popular': {
      const iotated = c.wordStart || VOWELS.has(c.prev) || SIGNS.has(c.prev);
      if (ch === 'е') return iotated ? 'ye' : 'e';
      if (ch === 'ё') return HUSHING.has(c.prev) ? 'o' : 'yo';
      if (ch === 'и' && c.prev === 'ь') return 'yi';
      // The press ends names in a plain "y": Dmitry, Navalny, Zelensky (not -iy, -yy).
      if (ch === 'й' && c.wordEnd && (c.prev === 'и' || c.prev === 'ы')) return '';
      if (ch === 'и' && c.next === 'й' && c.nextEndsWord) return 'y';
      return POPULAR[ch] ?? ch;
    }
  }
}

/**
 * Transliterates Cyrillic text; other characters pass through. Capitals are kept: a capital
 * letter gives a capitalised group ("Щ" → "Shch"), an all-capital word stays all capitals.
 * @example transliterate('Мифтахов Дмитрий', 'popular') === 'Miftakhov Dmitry'
 */
export function transliterate(text: string, system: TranslitSystem): string {
  return text.replace(/[\p{L}\p{M}'’ʼ]+/gu, (word) => transliterateWord(word, system));
}

/** Transliterated words by system: names repeat, so imports reuse them. */
const memo = new Map<string, string>();

function transliterateWord(word: string, system: TranslitSystem): string {
  const key = `${system}|${word}`;
  let out = memo.get(key);
  if (out === undefined) {
    out = transliterateUncached(word, system);
    // A bounded memo: a long-running server must not grow it without end.
    if (memo.size > 100_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}

function transliterateUncached(word: string, system: TranslitSystem): string {
  const lower = word.toLowerCase();
  const allCaps = word.length > 1 && word === word.toUpperCase() && word !== lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const context: Context = {
      prev: i > 0 ? lower[i - 1]! : '',
      next: lower[i + 1] ?? '',
      wordStart: i === 0 || lower[i - 1] === '-',
      wordEnd: i === lower.length - 1 || lower[i + 1] === '-',
      nextEndsWord: i + 2 >= lower.length || lower[i + 2] === '-',
    };
    let latin = letter(system, ch, context);
    if (word[i] !== ch && !allCaps) latin = latin.charAt(0).toUpperCase() + latin.slice(1);
    out += latin;
  }
  return allCaps ? out.toUpperCase() : out;
}
