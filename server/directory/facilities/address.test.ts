import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNormalizedRegistry } from './registry-csv';
import { formatPostalAddress, parseRussianAddress, type ParsedAddress } from './address';

const DATA = path.join(import.meta.dirname, '../data');
const rows = readNormalizedRegistry(fs.readFileSync(path.join(DATA, 'facilities_normalized.csv'), 'utf8'));

describe('parseRussianAddress on the real registry', () => {
  const addresses = rows.records.map(({ record }) => record.addressRaw);

  it('reads all 834 rows', () => {
    expect(rows.problems).toEqual([]);
    expect(addresses).toHaveLength(834);
  });

  it('finds a postcode and a region in every address, and a locality or district', () => {
    for (const raw of addresses) {
      const a = parseRussianAddress(raw);
      expect(a.postcode, raw).toMatch(/^\d{6}$/);
      expect(raw.startsWith(a.postcode!), raw).toBe(true);
      expect(a.region, raw).toBeTruthy();
      expect(a.locality ?? a.district, raw).toBeTruthy();
    }
  });

  it('puts every comma-separated part in exactly one field (nothing lost)', () => {
    for (const raw of addresses) {
      const a = parseRussianAddress(raw);
      const words = (s: string) =>
        s
          .replace(/[(),.]/g, ' ')
          .split(/\s+/)
          .filter(Boolean)
          .sort();
      const fromParts = [a.postcode!, ...a.parts.map((p) => p.text)].join(' ');
      // The only edit the parser makes is the stray full stop after a town name.
      expect(words(fromParts), raw).toEqual(words(raw));
    }
  });

  it('keeps the raw text', () => {
    for (const raw of addresses) expect(parseRussianAddress(raw).raw).toBe(raw);
  });
});

type Expected = Partial<Omit<ParsedAddress, 'raw' | 'parts'>>;

const TRICKY: [string, Expected][] = [
  [
    '601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6',
    { district: 'Петушинский район', locality: 'г. Покров', street: 'ул. Франца Штольверка', house: 'д. 6' },
  ],
  [
    '107996, г. Москва, ул. Матросская тишина, д. 18 (СИЗО 99/1, Кремлёвский централ)',
    { region: 'г. Москва', locality: 'г. Москва', house: 'д. 18', notes: 'СИЗО 99/1, Кремлёвский централ' },
  ],
  [
    '656023, Алтайский край, г. Барнаул, 9-й Заводской пр-д, д. 44',
    { street: '9-й Заводской пр-д', house: 'д. 44' },
  ],
  [
    '403894, Волгоградская область, г. Камышин, ул. Южный городок',
    { street: 'ул. Южный городок', house: null },
  ],
  ['249275, Калужская область, г. Сухиничи', { locality: 'г. Сухиничи', street: null, house: null }],
  [
    '664528, Иркутская область, Иркутский район, р. п. Маркова (а/я 81)',
    { district: 'Иркутский район', locality: 'р. п. Маркова', notes: 'а/я 81' },
  ],
  [
    '662500, Красноярский край, г. Сосновоборск, ул. Заводская, д. 12, корп. 1 (а/я 214)',
    { street: 'ул. Заводская', house: 'д. 12, корп. 1', notes: 'а/я 214' },
  ],
  [
    '644065, Омская область, г. Омск, Омский район, с. Надеждино, Красноярский тракт, д. 64',
    { district: 'Омский район', locality: 'г. Омск, с. Надеждино', street: 'Красноярский тракт' },
  ],
  [
    '677004, Республика Саха (Якутия), г. Якутск, ул. Очиченко, д. 29/1Б',
    { region: 'Республика Саха (Якутия)', house: 'д. 29/1Б', notes: null },
  ],
  [
    '665809, Иркутская область, г. Ангарск, Первый промышленный массив, квартал 9, строение 10/1',
    { street: 'Первый промышленный массив, квартал 9', house: 'строение 10/1' },
  ],
  [
    '188800, Ленинградская область, Волосовский район, Зимитицы, дер. Княжево',
    { district: 'Волосовский район', locality: 'Зимитицы, дер. Княжево', street: null },
  ],
  [
    '294562, Луганская народная республика, г. о. Красный луч, г. Вахрушево, ул. Мира, д. 20',
    { region: 'Луганская народная республика', district: 'г. о. Красный луч', locality: 'г. Вахрушево' },
  ],
  [
    '674673, Забайкальский край, г. Краснокаменск, 0-й микрорайон',
    { district: null, street: '0-й микрорайон' },
  ],
  [
    '445023, Самарская область, г. Тольятти, Хрящёвское шоссе, влд 3',
    { street: 'Хрящёвское шоссе', house: 'влд 3' },
  ],
  ['640008, Курганская область, г. Курган, ул. 2-я Часовая, д. 48 б', { house: 'д. 48 б' }],
  [
    '352330, Краснодарский край, г. Усть-Лабинск., ул. Д. Бедного, д. 88',
    { locality: 'г. Усть-Лабинск', street: 'ул. Д. Бедного' },
  ],
  [
    '442895, Пензенская область, Сердобский район, г. Сердобск, ул. Энергетиков (тер. ЯК 7/6)',
    { street: 'ул. Энергетиков', house: null, notes: 'тер. ЯК 7/6' },
  ],
  [
    '618232, Пермский край, г. Чусовой, п. Центральный, п/о Скальный-2',
    { locality: 'г. Чусовой, п. Центральный', notes: 'п/о Скальный-2' },
  ],
  [
    '393763, Тамбовская область, Мичуринский район, с/п Стаевский сельсовет, зд. 6',
    { district: 'Мичуринский район, с/п Стаевский сельсовет', locality: null, house: 'зд. 6' },
  ],
  [
    '358007, Республика Калмыкия, г. Элиста, жилой квартал «Северный», д. 9',
    { street: 'жилой квартал «Северный»', house: 'д. 9' },
  ],
];

describe('parseRussianAddress on tricky real addresses', () => {
  it.each(TRICKY)('%s', (raw, expected) => {
    expect(addresses()).toContain(raw);
    const parsed = parseRussianAddress(raw);
    expect(parsed).toMatchObject(expected);
  });

  function addresses() {
    return rows.records.map(({ record }) => record.addressRaw);
  }
});

describe('formatPostalAddress', () => {
  it('orders street, house, locality, district, region, postcode as on a Russian envelope', () => {
    const a = parseRussianAddress(TRICKY[0]![0]);
    expect(formatPostalAddress(a)).toBe(
      'ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область, 601122',
    );
  });

  it('keeps a post-office box, drops descriptive remarks, and does not repeat a federal city', () => {
    expect(formatPostalAddress(parseRussianAddress(TRICKY[5]![0]))).toBe(
      'а/я 81, р. п. Маркова, Иркутский район, Иркутская область, 664528',
    );
    expect(formatPostalAddress(parseRussianAddress(TRICKY[1]![0]))).toBe(
      'ул. Матросская тишина, д. 18, г. Москва, 107996',
    );
  });
});
