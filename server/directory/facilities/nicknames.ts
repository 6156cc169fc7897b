/**
 * Names people search facilities by. The source registry carries 17; a few more that support
 * groups and the press use are added here, keyed by region code and short name.
 */

/** Extra nicknames: `${regionCode}|${shortName}` (central СИЗО marked `|central`) → names. */
const EXTRA_NICKNAMES: Record<string, readonly string[]> = {
  'RU-MOW|СИЗО-1': ['Матроска', 'Матросская тишина'],
  'RU-MOW|СИЗО-2': ['Бутырская тюрьма', 'Бутырки'],
  'RU-MOW|СИЗО-1|central': ['СИЗО 99/1', 'Кремлёвский централ'],
  'RU-MOW|СИЗО-2|central': ['Лефортово', 'Лефортовский изолятор'],
  'RU-SPE|СИЗО-1': ['Кресты', 'Кресты-2'],
  'RU-VLA|Т-2': ['Владимирский централ', 'Владимирская тюрьма'],
  'RU-ORE|ИК-6': ['Чёрный дельфин', 'Черный дельфин'],
  'RU-PER|ИК-2': ['Белый лебедь'],
  'RU-VLG|ИК-5': ['Вологодский пятак', 'Пятак', 'Огненный остров'],
  'RU-YAN|ИК-3': ['Полярный волк'],
  'RU-YAN|ИК-18': ['Полярная сова'],
};

/**
 * The nicknames of one facility: the source's own plus the extras, without duplicates.
 * @example facilityNicknames('RU-MOW', 'СИЗО-2', false, 'Бутырка') // ['Бутырка', 'Бутырская тюрьма', 'Бутырки']
 */
export function facilityNicknames(
  regionCode: string | undefined,
  shortName: string,
  central: boolean,
  sourceNickname: string,
): string[] {
  const key = `${regionCode ?? ''}|${shortName}${central ? '|central' : ''}`;
  const names = [sourceNickname.trim(), ...(EXTRA_NICKNAMES[key] ?? [])].filter(Boolean);
  return [...new Set(names)];
}
