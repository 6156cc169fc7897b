/**
 * Generated directory data for the benchmark: 10,000 people with realistic Russian, Tatar,
 * Caucasian, Ukrainian and Korean name shapes, real facilities named the way lists name them,
 * articles and summaries; and 1,000 queries mixing Cyrillic, several Latin spellings and typos.
 * A seeded generator makes every run the same.
 */
import { splitName } from '../server/directory/names/split';
import { transliterate, type TranslitSystem } from '../server/directory/names/transliterate';
import type { FacilityRecord } from '../server/directory/facilities/record';
import type { ParsedPrisoners, PrisonerInput } from '../server/directory/importers/prisoner-input';
import { parseArticles } from '../server/directory/prisoners/articles';
import type { PrisonerStatus } from '../server/directory/prisoners/status';

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  `Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев
Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов
Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов
Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев
Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов
Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров
Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев
Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров
Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов
Анисимов Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Харитонов Князев Цветков Левин
Хабибуллин Мифтахов Галиев Сафин Гарипов Шарипов Ахметов Закиров Исмагилов Валиев Нуриев Мусин Юсупов Хасанов Рахимов
Ибрагимов Алиев Мамедов Гасанов Магомедов Абдуллаев Умаров Дадаев Хизриев Бондаренко Шевченко Коваленко Бойко
Ткаченко Кравченко Мельник Савченко Олейник Ким Цой Пак Давтян Саакян Чернышевский Покровский Вишневский`.split(
    /\s+/u,
  );
const MALE =
  `Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир Вячеслав Георгий
Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Матвей Михаил Никита
Николай Олег Павел Пётр Роман Руслан Сергей Станислав Степан Тимур Фёдор Юрий Ярослав Ильдар Рустам Айдар Ринат Азат
Марат Магомед Ислам Заур Тарас Богдан Эльдар`.split(/\s+/u);
const FEMALE =
  `Александра Алина Алиса Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья Диана Екатерина Елена
Елизавета Жанна Зоя Ирина Карина Кристина Ксения Лариса Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина
Оксана Ольга Полина Светлана София Таисия Татьяна Ульяна Юлия Яна Гульнара Алсу Лейла Динара Резеда Олеся Ирина`.split(
    /\s+/u,
  );
/** Fathers' names with their patronymic stems: [male patronymic, female patronymic]. */
const PATRONYMICS: [string, string][] = `Александрович/Александровна Алексеевич/Алексеевна Андреевич/Андреевна
Борисович/Борисовна Викторович/Викторовна Владимирович/Владимировна Геннадьевич/Геннадьевна Дмитриевич/Дмитриевна
Евгеньевич/Евгеньевна Иванович/Ивановна Игоревич/Игоревна Ильич/Ильинична Константинович/Константиновна
Михайлович/Михайловна Николаевич/Николаевна Олегович/Олеговна Павлович/Павловна Петрович/Петровна
Сергеевич/Сергеевна Юрьевич/Юрьевна Ильдарович/Ильдаровна Рашидович/Рашидовна Маратович/Маратовна
Ахмедович/Ахмедовна Тарасович/Тарасовна Фёдорович/Фёдоровна Васильевич/Васильевна`
  .split(/\s+/u)
  .map((p) => p.split('/') as [string, string]);
const INTERESTS = [
  'chess',
  'books',
  'history',
  'music',
  'football',
  'languages',
  'cooking',
  'mathematics',
  'poetry',
  'cats',
  'gardening',
  'astronomy',
  'painting',
  'cinema',
  'programming',
  'philosophy',
  'hiking',
  'fishing',
];
const SUMMARY_WORDS = [
  'учитель',
  'студент',
  'журналист',
  'программист',
  'врач',
  'художник',
  'музыкант',
  'инженер',
  'активист',
  'поэт',
  'историк',
  'фотограф',
];
const ARTICLES = [
  'ч. 2 ст. 205.2 УК РФ',
  'ст.207.3 ч.2 п.«д»',
  'ч. 1 ст. 280.3 УК РФ',
  'п. «а» ч. 2 ст. 213 УК РФ',
  'ст. 275 УК РФ',
  'ч. 2 ст. 280.3, ч. 1 ст. 282.2 УК РФ',
  'ст. 354.1 ч. 4 п. «в»',
];
const STATUSES: PrisonerStatus[] = [
  'pre_trial',
  'convicted',
  'convicted',
  'convicted',
  'pre_trial',
  'house_arrest',
  'released',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/u.test(surname)) return `${surname}а`;
  if (/ский$/u.test(surname)) return surname.replace(/ский$/u, 'ская');
  return surname;
}

/** `count` generated people, as a parsed list ready for `importPrisoners`. */
export function generatePeople(count: number, facilities: FacilityRecord[], seed = 1): ParsedPrisoners {
  const r = rng(seed);
  const named = facilities.filter((f) => f.number);
  const inputs: PrisonerInput[] = [];
  for (let i = 0; i < count; i++) {
    const female = r() < 0.3;
    const surname = pick(r, SURNAMES);
    const [male, fem] = pick(r, PATRONYMICS);
    const fullName = `${female ? feminine(surname) : surname} ${pick(r, female ? FEMALE : MALE)} ${female ? fem : male}`;
    const year = 1955 + Math.floor(r() * 50);
    const birthDate = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const status = pick(r, STATUSES);
    const f = pick(r, named);
    const facilityText = r() < 0.5 ? f.officialName : `${f.shortName} ${f.region}`;
    const articlesRaw = pick(r, ARTICLES);
    const interests = [pick(r, INTERESTS), pick(r, INTERESTS)];
    inputs.push({
      line: i + 2,
      source: 'bench',
      sourceId: `b-${i}`,
      country: 'RU',
      fullName,
      name: splitName(fullName),
      latinNames: [],
      birthDate,
      birthYear: year,
      status,
      facility: status === 'pre_trial' || status === 'convicted' ? { text: facilityText } : null,
      articles: parseArticles(articlesRaw),
      articlesRaw,
      interests: [...new Set(interests)],
      summaries: {
        ru: `${pick(r, SUMMARY_WORDS)}, ${year} года рождения; интересуется: ${interests.join(', ')}.`,
      },
    });
  }
  return { inputs, problems: [], defaultConsent: true };
}

function typo(r: () => number, word: string): string {
  const i = 1 + Math.floor(r() * Math.max(1, word.length - 2));
  const letters = 'aeiouykhszt';
  return r() < 0.5
    ? word.slice(0, i) + pick(r, [...letters]) + word.slice(i + 1)
    : word.slice(0, i) + word.slice(i + 1);
}

/** 1,000 queries of the kinds writers type, drawn from the generated people. */
export function generateQueries(people: PrisonerInput[], count = 1000, seed = 2): string[] {
  const r = rng(seed);
  const systems: TranslitSystem[] = ['popular', 'icao', 'bgn_pcgn', 'iso9'];
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = pick(r, people);
    const surname = p.name.surname;
    const kind = r();
    if (kind < 0.3) queries.push(surname);
    else if (kind < 0.55) queries.push(transliterate(surname, 'popular'));
    else if (kind < 0.7) queries.push(transliterate(surname, pick(r, systems)).toLowerCase());
    else if (kind < 0.85) queries.push(typo(r, transliterate(surname, 'popular').toLowerCase()));
    else if (kind < 0.95) queries.push(`${transliterate(p.name.givenName, 'popular')} ${surname}`);
    else queries.push(pick(r, [...INTERESTS, ...SUMMARY_WORDS]));
  }
  return queries;
}
