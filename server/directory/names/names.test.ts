import { describe, expect, it } from 'vitest';
import { nameSkeleton } from './skeleton';
import { splitName } from './split';
import { transliterate, TRANSLIT_SYSTEMS } from './transliterate';

describe('splitName', () => {
  it.each([
    [
      'Иванов Иван Иванович',
      { surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', gender: 'male' },
    ],
    [
      'Иван Иванович Иванов',
      { surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', gender: 'male' },
    ],
    ['Скочиленко Александра Юрьевна', { surname: 'Скочиленко', patronymic: 'Юрьевна', gender: 'female' }],
    [
      'Мамедов Эльчин Ильхам оглы',
      { surname: 'Мамедов', givenName: 'Эльчин', patronymic: 'Ильхам оглы', gender: 'male' },
    ],
    ['Мамедова Севиндж Ильхам кызы', { givenName: 'Севиндж', patronymic: 'Ильхам кызы', gender: 'female' }],
    ['Бондаренко Олеся Миколаївна', { patronymic: 'Миколаївна', gender: 'female' }],
    ['Кара-Мурза Владимир Владимирович', { surname: 'Кара-Мурза', givenName: 'Владимир' }],
    [
      '  Петрова   Анна  ',
      { surname: 'Петрова', givenName: 'Анна', patronymic: '', gender: 'female', genderSource: 'surname' },
    ],
    ['Ким Игорь', { surname: 'Ким', givenName: 'Игорь', gender: 'unknown', genderSource: 'none' }],
  ] as const)('%s', (full, expected) => {
    expect(splitName(full)).toMatchObject(expected);
  });

  it('reads Latin given-first names and keeps bracketed alternatives', () => {
    expect(splitName('Hanna Pyshnik (Chympayesh)', { order: 'given-first', gender: 'female' })).toEqual({
      surname: 'Pyshnik',
      givenName: 'Hanna',
      patronymic: '',
      gender: 'female',
      genderSource: 'source',
      aka: ['Chympayesh'],
    });
  });

  it('does not take a surname in -ич for a patronymic', () => {
    expect(splitName('Sviataslau Shubich', { order: 'given-first' }).surname).toBe('Shubich');
    expect(splitName('Шубич Святослав')).toMatchObject({ surname: 'Шубич', patronymic: '' });
  });
});

describe('transliterate', () => {
  const NAME = 'Щербакова Юлия Фёдоровна';
  it.each([
    ['popular', 'Shcherbakova Yuliya Fyodorovna'],
    ['icao', 'Shcherbakova Iuliia Fedorovna'],
    ['bgn_pcgn', 'Shcherbakova Yuliya Fëdorovna'],
    ['gost_7_79_b', 'Shherbakova Yuliya Fyodorovna'],
    ['iso9', 'Ŝerbakova Ûliâ Fëdorovna'],
  ] as const)('%s', (system, expected) => {
    expect(transliterate(NAME, system)).toBe(expected);
  });

  it.each([
    ['Навальный Алексей', 'popular', 'Navalny Aleksey'],
    ['Навальный Алексей', 'bgn_pcgn', 'Naval’nyy Aleksey'],
    ['Навальный Алексей', 'icao', 'Navalnyi Aleksei'],
    ['Дмитрий Евгеньевич', 'popular', 'Dmitry Yevgenyevich'],
    ['Дмитрий Евгеньевич', 'iso9', 'Dmitrij Evgenʹevič'],
    ['Цой Виктор', 'gost_7_79_b', 'Czoj Viktor'],
    ['Цинк', 'gost_7_79_b', 'Cink'],
    ['Мифтахов', 'icao', 'Miftakhov'],
    ['ЯШИН', 'popular', 'YASHIN'],
    ['Олександр Ґудзь', 'icao', 'Oleksandr Gudz'],
  ] as const)('%s in %s → %s', (text, system, expected) => {
    expect(transliterate(text, system)).toBe(expected);
  });
});

describe('nameSkeleton', () => {
  it.each([
    ['Мифтахов', 'Miftakhov', 'Miftahov', 'MIFTAKHOV'],
    ['Дмитрий', 'Dmitriy', 'Dmitry', 'Dmitrii', 'Dmitrij'],
    ['Евгений', 'Yevgeny', 'Evgeny', 'Evgenii', 'Jevgenij', 'Yevgeniy'],
    ['Юлия', 'Yulia', 'Yuliya', 'Iuliia', 'Julia', 'Ûliâ'],
    ['Щербаков', 'Shcherbakov', 'Scherbakov', 'Shherbakov', 'Ŝerbakov'],
    ['Навальный', 'Navalny', 'Navalnyy', "Naval'nyj", 'Navalnyi', 'Naval’nyy'],
    ['Цой', 'Tsoy', 'Tsoi', 'Tzoy', 'Coj', 'Czoj'],
    ['Фёдор', 'Fyodor', 'Fedor', 'Fëdor'],
    ['Кирилл', 'Kirill', 'Kiril'],
    ['Хабибуллин', 'Khabibullin', 'Habibullin'],
    ['Жуков', 'Zhukov', 'Žukov'],
    ['Алексей', 'Aleksey', 'Alexey', 'Alexei', 'Aleksei'],
    ['Чапюк', 'Chapiuk', 'Chapyuk', 'Čapiuk'],
  ])('%s and its Latin spellings meet', (...spellings) => {
    const skeletons = new Set(spellings.map((s) => nameSkeleton(s)));
    expect(skeletons.size).toBe(1);
  });

  it('meets the Cyrillic name from every system it is transliterated in', () => {
    for (const name of [
      'Мифтахов Ильдар Ильдусович',
      'Щербакова Юлия Фёдоровна',
      'Кузьмина Наталья Викторовна',
    ]) {
      for (const system of TRANSLIT_SYSTEMS.filter((s) => s !== 'gost_7_79_b')) {
        expect(nameSkeleton(transliterate(name, system)), `${name} ${system}`).toBe(nameSkeleton(name));
      }
    }
  });

  it('is plain lower-case ASCII, one word per name part', () => {
    expect(nameSkeleton('Кара-Мурза Владимир')).toBe('kara murza vladimir');
    expect(nameSkeleton('Щукин Жора')).toMatch(/^[a-z ]+$/);
  });
});
