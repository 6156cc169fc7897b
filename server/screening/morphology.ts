/**
 * Just enough morphology for screening: ending sets for rule patterns (`войн{@a}` is every case
 * of "война"), the forms of a Russian name, and the Latin spellings writers use for it. Generating
 * a few forms too many is harmless (they never occur); missing one is a missed flag.
 */

/** Named ending sets, used in patterns as `{@name}`. Russian unless prefixed. */
export const ENDING_SETS: Record<string, string[]> = {
  /** Feminine nouns in -а/-я (война, ручка): all cases, both numbers. */
  a: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах', 'ям', 'ями', 'ях'],
  /** Feminine nouns in -ия (мобилизация → stem "мобилизаци"). */
  ja: ['я', 'и', 'ю', 'ей', 'ею', 'й', 'е', 'ям', 'ями', 'ях'],
  /** Masculine nouns, hard or soft stem (фронт, суд, бой). */
  m: [
    '',
    'а',
    'я',
    'у',
    'ю',
    'ом',
    'ем',
    'е',
    'ы',
    'и',
    'ов',
    'ев',
    'ей',
    'ам',
    'ям',
    'ами',
    'ями',
    'ах',
    'ях',
  ],
  /** Neuter nouns in -о/-е (дело, оружие: use stem "оружи" with @ie). */
  o: ['о', 'а', 'у', 'ом', 'е', 'ы', '', 'ам', 'ами', 'ах'],
  /** Neuter nouns in -ие/-ье (задержание → stem "задержан"). */
  ie: ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях', 'ье', 'ья', 'ью', 'ьем', 'ьи'],
  /** Feminine nouns in -ь (власть, казнь). */
  f: ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях', 'ам', 'ами', 'ах'],
  /** Adjectives and participles, every gender, case and number. */
  adj: [
    'ый',
    'ий',
    'ой',
    'ого',
    'его',
    'ому',
    'ему',
    'ым',
    'им',
    'ом',
    'ем',
    'ая',
    'яя',
    'ую',
    'юю',
    'ое',
    'ее',
    'ые',
    'ие',
    'ых',
    'их',
    'ыми',
    'ими',
    'ей',
  ],
  /** Ukrainian feminine nouns in -а (війна). */
  uk_a: ['а', 'и', 'і', 'у', 'ою', 'о', '', 'ам', 'ами', 'ах'],
  /** Ukrainian masculine nouns (фронт, суд). */
  uk_m: ['', 'а', 'у', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
  /** Ukrainian adjectives. */
  uk_adj: ['ий', 'ого', 'ому', 'им', 'ім', 'а', 'ої', 'ій', 'у', 'ою', 'е', 'і', 'их', 'ими'],
  /** Polish feminine nouns in -a (wojna). */
  pl_a: ['a', 'y', 'i', 'ie', 'ę', 'ą', 'o', '', 'om', 'ami', 'ach'],
  /** Polish masculine nouns (sąd, front). */
  pl_m: ['', 'u', 'a', 'owi', 'em', 'zie', 'ie', 'y', 'i', 'ów', 'om', 'ami', 'ach'],
};

/** The forms a Russian surname or given name takes in letters, nominative included. */
export function russianNameForms(name: string): string[] {
  const w = name.toLowerCase().replace(/ё/g, 'е');
  const forms = new Set([w]);
  const add = (stem: string, endings: string[]): void => endings.forEach((e) => forms.add(stem + e));
  if (/(ов|ев|ёв|ин|ын)$/.test(w)) add(w, ['а', 'у', 'ым', 'е', 'ой', 'ы', 'ых', 'ыми']);
  // Никитина (surname: Никитиной) or Ирина (given name: Ирине): both sets, since we cannot tell.
  else if (/(ова|ева|ина|ына)$/.test(w)) add(w.slice(0, -1), ['ой', 'у', 'ою', 'ы', 'ых', 'е']);
  else if (/(ский|цкий|ский|ной|ый|ий)$/.test(w)) add(w.slice(0, -2), ENDING_SETS.adj!);
  else if (/(ская|цкая|ая|яя)$/.test(w)) add(w.slice(0, -2), ['ой', 'ую', 'ей', 'юю']);
  else if (/[ая]$/.test(w)) add(w.slice(0, -1), ['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою']);
  else if (/[ьй]$/.test(w)) add(w.slice(0, -1), ['я', 'ю', 'ем', 'е', 'и']);
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    add(w, ['а', 'у', 'ом', 'ем', 'е', 'ы']);
    // A fleeting vowel: Кравец → Кравца, Кузнец → Кузнеца/Кузнца is rarer but costs nothing.
    if (/[ео]ц$/.test(w)) add(w.slice(0, -2) + 'ц', ['а', 'у', 'ом', 'ем', 'е', 'ы']);
  }
  return [...forms];
}

/** Latin spellings of each Cyrillic letter, the most common first (English, German, French, Polish habits). */
const LATIN: Record<string, string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v', 'w'],
  г: ['g', 'h'],
  д: ['d'],
  е: ['e', 'ye', 'je'],
  ё: ['yo', 'e', 'jo'],
  ж: ['zh', 'j', 'sch', 'z'],
  з: ['z', 's'],
  и: ['i', 'y'],
  й: ['y', 'i', 'j', ''],
  к: ['k', 'c'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s', 'ss'],
  т: ['t'],
  у: ['u', 'ou'],
  ф: ['f'],
  х: ['kh', 'h', 'ch', 'x'],
  ц: ['ts', 'tz', 'c', 'z'],
  ч: ['ch', 'tch', 'tsch', 'cz'],
  ш: ['sh', 'sch', 'ch', 'sz'],
  щ: ['shch', 'sch', 'stsch', 'szcz'],
  ъ: [''],
  ы: ['y', 'i'],
  ь: ['', "'"],
  э: ['e'],
  ю: ['yu', 'iu', 'ju', 'ou'],
  я: ['ya', 'ia', 'ja'],
  і: ['i'],
  ї: ['yi', 'i', 'ji'],
  є: ['ye', 'ie', 'je'],
  ґ: ['g'],
};

/** Whole endings spelt differently from letter by letter (Соколов → Sokolov, Sokolow, Sokoloff). */
const ENDING_SPELLINGS: [RegExp, string[]][] = [
  [/ов$/, ['ov', 'ow', 'off', 'of']],
  [/ев$/, ['ev', 'ew', 'eff', 'yev', 'jew', 'iev']],
  [/ий$/, ['iy', 'ij', 'i', 'y', 'ii']],
  [/ый$/, ['y', 'yj', 'iy']],
];

/**
 * Latin spellings of a Cyrillic word, lower case, at most `max` (most common combinations first).
 * @example latinSpellings('Соколов') includes 'sokolov' and 'sokolow'
 */
export function latinSpellings(word: string, max = 96): string[] {
  let w = word.toLowerCase();
  let endings = [''];
  for (const [re, spellings] of ENDING_SPELLINGS) {
    if (re.test(w) && w.length > 3) {
      w = w.replace(re, '');
      endings = spellings;
      break;
    }
  }
  let variants = [''];
  for (const ch of w) {
    const options = LATIN[ch] ?? [ch];
    const next: string[] = [];
    // Breadth first, options in order of use, so a cap keeps the likeliest spellings.
    for (const option of options) for (const v of variants) next.push(v + option);
    variants = next.slice(0, max);
  }
  const out = new Set<string>();
  for (const e of endings) for (const v of variants) if (out.size < max) out.add(v + e);
  return [...out];
}

/**
 * A pattern for a Russian keyword in any case: its stem and any ending, plus the genitive plural
 * with a fleeting vowel ("листовки" → "листовк*", "листовок").
 */
export function keywordPattern(word: string): string {
  const stem = keywordStem(word);
  const m = /([бвгджзклмнпрстфхцчшщ])([кцнл])$/.exec(stem);
  if (!m) return `${stem}*`;
  const head = stem.slice(0, -1);
  return `{${stem}*,${head}ок,${head}ек,${head}ен}`;
}

/** Cyrillic letters, to tell a Russian keyword from a Latin one. */
export const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * A crude stem for a Russian or Ukrainian keyword, so case keywords match in any case:
 * "листовки" → "листовк", "военкомат" → "военкомат". Short words stay whole.
 */
export function keywordStem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (!CYRILLIC.test(w) || w.length < 5) return w;
  return w.replace(
    /(ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ов|ев|ам|ям|ах|ях|[аеиоуыьюяй])$/,
    '',
  );
}
